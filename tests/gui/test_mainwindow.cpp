// The main window end to end: open a case, draw it, run the power flow on the worker thread,
// colour the buses; errors leave the document alone. Also the JobRunner on its own.
#include "ImageStats.h"
#include "WindowTestSupport.h"

#include "gui/MainWindow.h"
#include "gui/editor/BranchItem.h"
#include "gui/editor/BusItem.h"
#include "gui/editor/DeviceItem.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederScene.h"
#include "gui/editor/FeederView.h"
#include "gui/overlay/ScalarLegend.h"
#include "gui/panels/LogPanel.h"
#include "gui/shell/ElidingStatusBar.h"
#include "gui/shell/FileActions.h"
#include "gui/shell/HelpDialogs.h"
#include "gui/studies/JobRunner.h"
#include "gui/studies/JobStatusWidget.h"
#include "gui/studies/powerflow/PowerFlowController.h"
#include "gui/studies/powerflow/PowerFlowPresenter.h"
#include "gui/studies/powerflow/PowerFlowStudy.h"
#include "gui/style/SceneStyle.h"
#include "gui/style/VoltageColorMap.h"
#include "util/Error.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QWheelEvent>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <thread>

using namespace gridcarbon::gui;
using namespace window_test;

namespace {

// Opens `path` and waits for its power flow; returns the result.
std::optional<gridcarbon::PowerFlowResult> openAndSolve(MainWindow& w, const QString& path) {
    QSignalSpy done(w.study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
    if (!w.openCase(path))
        return std::nullopt;
    if (!done.wait(kWaitMs))
        return std::nullopt;
    return w.study<PowerFlowController>()->study()->result();
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir config_;

private slots:
    void initTestCase() { QVERIFY(isolateSettings(config_)); }

    void feederDrawing() {
        auto w = makeWindow();
        QVERIFY(w->openCase(kFeeder5));
        FeederScene* scene = w->scene();
        QCOMPARE(scene->busItems().size(), 5);
        QCOMPARE(scene->branchItems().size(), 5);
        // 4 loads, grid connection, PV, storage, capacitor.
        QCOMPARE(scene->deviceItems().size(), 8);
        QVERIFY(scene->branchItem(QStringLiteral("T45"))->isOpen());
        QVERIFY(!scene->branchItem(QStringLiteral("L12"))->isOpen());
        int capacitors = 0;
        for (auto* d : scene->deviceItems()) {
            if (d->info().kind == DeviceKind::Capacitor) {
                ++capacitors;
                QCOMPARE(d->info().badge, QStringLiteral("L")); // line layer
            }
        }
        QCOMPARE(capacitors, 1);
        // Every item inside the drawing rectangle, and no two buses on top of each other.
        const QList<BusItem*> buses = scene->busItems();
        for (int i = 0; i < buses.size(); ++i) {
            QVERIFY(scene->drawingRect().contains(buses[i]->sceneBoundingRect()));
            for (int j = i + 1; j < buses.size(); ++j)
                QVERIFY(!buses[i]->sceneBoundingRect().intersects(buses[j]->sceneBoundingRect()));
        }
        QVERIFY(w->windowTitle().contains(QStringLiteral("feeder5")));
        QSignalSpy done(w->study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
        QVERIFY(done.wait(kWaitMs));
    }

    void powerFlowColoursBuses() {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const auto result = openAndSolve(*w, kFeeder5);
        QVERIFY(result.has_value());
        QVERIFY(result->converged);
        QVERIFY(!w->study<PowerFlowController>()->study()->isRunning());

        // Every bus coloured by its voltage; the lowest differs from the slack bus.
        for (auto* bus : w->scene()->busItems()) {
            QVERIFY2(bus->overlayValue(PowerFlowPresenter::kOverlay).has_value(),
                     qPrintable(bus->busId()));
            QVERIFY(bus->fillColor() != style::noResultFill());
            QVERIFY(bus->toolTip().contains(QStringLiteral("p.u.")));
        }
        const QString lowest = QString::fromStdString(result->min_vm_bus);
        QVERIFY(!lowest.isEmpty());
        BusItem* low = w->scene()->busItem(lowest);
        BusItem* slack = w->scene()->busItem(QStringLiteral("1"));
        QVERIFY(low && slack);
        QVERIFY(low != slack);
        QVERIFY(low->overlayValue(PowerFlowPresenter::kOverlay)->value <
                slack->overlayValue(PowerFlowPresenter::kOverlay)->value);
        QVERIFY(low->fillColor() != slack->fillColor());
        QCOMPARE(low->fillColor(),
                 VoltageColorMap::color(low->overlayValue(PowerFlowPresenter::kOverlay)->value));

        // The legend names the lowest bus.
        const auto extremes = w->view()->legend(PowerFlowPresenter::kOverlay)->extremes();
        QVERIFY(extremes.has_value());
        QCOMPARE(extremes->min_bus, lowest);
        QVERIFY(w->statusBar()->currentMessage().contains(lowest));

        // The window is a picture, not a blank.
        const QImage shot = w->grab().toImage();
        QVERIFY(!shot.isNull());
        const ImageStats stats = imageStats(shot);
        QVERIFY2(stats.distinct_colours > 64, qPrintable(QString::number(stats.distinct_colours)));
        QVERIFY2(stats.non_background_fraction > 0.03,
                 qPrintable(QString::number(stats.non_background_fraction)));
        // The bus colour shows up in the picture of the canvas.
        const QImage canvas =
            w->view()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QPoint at = w->view()->mapFromScene(low->scenePos());
        QCOMPARE(QColor(canvas.pixel(at * canvas.devicePixelRatio())).rgb(),
                 low->fillColor().rgb());
    }

    void malformedFileKeepsDocument() {
        auto w = makeWindow();
        QVERIFY(openAndSolve(*w, kFeeder5).has_value());
        const QString path_before = w->document()->filePath();
        const quint64 revision_before = w->document()->revision();
        const auto model_before = w->document()->model();

        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.json"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format": "gridcarbon-case", "version": 1, "buses": [{"id": )");
        }
        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        QSignalSpy started(w->study<PowerFlowController>()->study(), &PowerFlowStudy::started);
        QVERIFY(!w->openCase(bad));
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("broken.json")) || message.contains('$'),
                 qPrintable(message));
        QVERIFY(!message.contains('\n'));
        QCOMPARE(w->statusBar()->currentMessage(), message);

        QCOMPARE(w->document()->filePath(), path_before);
        QCOMPARE(w->document()->revision(), revision_before);
        QVERIFY(w->document()->model() == model_before);
        QCOMPARE(w->scene()->busItems().size(), 5);
        QCOMPARE(started.count(), 0);
        // The colours of the earlier result stay.
        QVERIFY(w->scene()
                    ->busItem(QStringLiteral("3"))
                    ->overlayValue(PowerFlowPresenter::kOverlay)
                    .has_value());
    }

    // A MATPOWER file with GBK-encoded names opens, and the window says which field lost text
    // (the CLI prints the same warning on stderr).
    void openingNamesThatAreNotUtf8WarnsNamingTheField() {
        auto w = makeWindow();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gbk.m"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "function mpc = gbk\nmpc.version = '2';\nmpc.baseMVA = 100;\n"
                "mpc.bus = [1 3 0 0 0 0 1 1 0 10 1 1.1 0.9; 2 1 1 0.5 0 0 1 1 0 10 1 1.1 0.9];\n"
                "mpc.gen = [1 0 0 10 -10 1 100 1 10 0 0 0 0 0 0 0 0 0 0 0 0];\n"
                "mpc.branch = [1 2 0.01 0.02 0 0 0 0 0 0 1 -360 360];\n"
                "mpc.bus_name = {'\xD6\xD0\xD0\xC4'; 'b2'};\n");
        }
        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        QVERIFY(w->openCase(path));
        QCOMPARE(errors.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(w->statusBar()->currentMessage().contains(QStringLiteral(
                                     "gbk.m:7: mpc.bus_name: 1 of 2 entries are not UTF-8 text")),
                                 5000);
        QCOMPARE(w->document()->model().buses[0].name, std::string("\xEF\xBF\xBD\xEF\xBF\xBD"
                                                                   "\xEF\xBF\xBD\xEF\xBF\xBD"));
    }

    void powerFlowErrorKeepsDrawing() {
        // feeder5 with its feeding line open: buses 2-5 have load but no source.
        QTemporaryDir dir;
        const QString island = dir.filePath(QStringLiteral("island.json"));
        {
            QFile in(kFeeder5);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray text = in.readAll();
            const QByteArray line = R"("r_pu": 0.01, "x_pu": 0.02})";
            QVERIFY(text.contains(line));
            text.replace(line, R"("r_pu": 0.01, "x_pu": 0.02, "in_service": false})");
            QFile out(island);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        auto w = makeWindow();
        QSignalSpy failed(w->study<PowerFlowController>()->study(), &PowerFlowStudy::failed);
        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        QVERIFY(w->openCase(island));
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(errors.count(), 1);
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("power flow")));
        // The drawing stays, uncoloured; the legend says why.
        QCOMPARE(w->scene()->busItems().size(), 5);
        QVERIFY(w->scene()->branchItem(QStringLiteral("L12"))->isOpen());
        for (auto* bus : w->scene()->busItems())
            QVERIFY(!bus->overlayValue(PowerFlowPresenter::kOverlay).has_value());
        QVERIFY(!w->view()->legend(PowerFlowPresenter::kOverlay)->extremes().has_value());
        QVERIFY(!w->view()->legend(PowerFlowPresenter::kOverlay)->note().isEmpty());
    }

    void missingFileKeepsDocument() {
        auto w = makeWindow();
        QVERIFY(w->openCase(kFeeder5));
        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        QVERIFY(!w->openCase(QStringLiteral(GRIDCARBON_TEST_DATA "/no-such-case.json")));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(w->scene()->busItems().size(), 5);
        QVERIFY(w->document()->filePath().endsWith(QStringLiteral("feeder5.json")));
        QSignalSpy done(w->study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
        if (w->study<PowerFlowController>()->study()->isRunning())
            QVERIFY(done.wait(kWaitMs));
    }

    void viewZoomPanAndFit() {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->openCase(kFeeder5));
        FeederView* view = w->view();
        const qreal fitted = view->zoom();
        QVERIFY(fitted > 0);
        // The whole drawing is visible after fitting.
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(w->scene()->drawingRect()));

        // Wheel up zooms in around the cursor.
        QWidget* vp = view->viewport();
        const QPointF centre = QRectF(vp->rect()).center();
        QWheelEvent wheel(centre, vp->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(vp, &wheel);
        QVERIFY(view->zoom() > fitted * 1.1);

        // Dragging with the middle button pans, over items too (the left button selects).
        const QPointF before = view->mapToScene(vp->rect().center());
        const QPoint grab(vp->width() / 20, vp->height() / 2);
        QMouseEvent press(QEvent::MouseButtonPress, grab, vp->mapToGlobal(grab), Qt::MiddleButton,
                          Qt::MiddleButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &press);
        const QPoint to = grab + QPoint(vp->width() / 5, vp->height() / 10);
        QMouseEvent move(QEvent::MouseMove, to, vp->mapToGlobal(to), Qt::NoButton, Qt::MiddleButton,
                         Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
        QMouseEvent release(QEvent::MouseButtonRelease, to, vp->mapToGlobal(to), Qt::MiddleButton,
                            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &release);
        const QPointF after = view->mapToScene(vp->rect().center());
        QVERIFY2(QLineF(before, after).length() > 1.0,
                 qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));

        // Fit brings the whole drawing back.
        view->fitDrawing();
        QVERIFY(qAbs(view->zoom() - fitted) < 1e-6);
        QSignalSpy done(w->study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
        if (w->study<PowerFlowController>()->study()->isRunning())
            QVERIFY(done.wait(kWaitMs));
    }

    void importedCaseIsLaidOutAndSolved() {
        const QString matpower = QStringLiteral(GRIDCARBON_TEST_DATA "/matpower/case33bw.m");
        if (!QFileInfo::exists(matpower))
            QSKIP("tests/data/matpower/case33bw.m is not there");
        auto w = makeWindow();
        // Open one case and at once another: the first run is dropped, the result is the
        // second case's.
        QSignalSpy done(w->study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
        QVERIFY(w->openCase(kFeeder5));
        QVERIFY(w->openCase(matpower));
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(done.count(), 1);
        const auto& result = w->study<PowerFlowController>()->study()->result();
        QVERIFY(result && result->converged);
        QCOMPARE(result->buses.size(), std::size_t(33));
        QCOMPARE(w->scene()->busItems().size(), 33);
        // Tree layout: every bus somewhere of its own.
        QSet<QPair<int, int>> spots;
        for (auto* bus : w->scene()->busItems()) {
            QVERIFY(bus->overlayValue(PowerFlowPresenter::kOverlay).has_value());
            spots.insert({qRound(bus->pos().x()), qRound(bus->pos().y())});
        }
        QCOMPARE(spots.size(), 33);
        // The lowest voltage of the classic 33-bus feeder is about 0.913 p.u.
        QVERIFY(result->min_vm_pu > 0.90 && result->min_vm_pu < 0.93);
    }

    void recentFilesArePersisted() {
        QSettings().remove(QStringLiteral("recentFiles"));
        auto w = makeWindow();
        w->setInteractive(true); // only interactive opens are remembered
        QSignalSpy done(w->study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
        QVERIFY(w->openCase(kFeeder5));
        QVERIFY(done.wait(kWaitMs));
        const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first(), QFileInfo(kFeeder5).absoluteFilePath());
        // The menu lists it.
        auto* file_menu = w->menuBar()->actions().first()->menu();
        QMenu* recent_menu = nullptr;
        for (QAction* a : file_menu->actions())
            if (a->menu() && a->text().contains(QStringLiteral("Recent")))
                recent_menu = a->menu();
        QVERIFY(recent_menu);
        QVERIFY(recent_menu->isEnabled());
        QVERIFY(recent_menu->actions().first()->text().contains(QStringLiteral("feeder5.json")));
    }

    void voltageColourMap() {
        QCOMPARE(VoltageColorMap::color(0.90), VoltageColorMap::stops().front().color);
        QCOMPARE(VoltageColorMap::color(0.50), VoltageColorMap::stops().front().color);
        QCOMPARE(VoltageColorMap::color(1.30), VoltageColorMap::stops().back().color);
        // Red at the bottom, green at nominal, blue above.
        const QColor low = VoltageColorMap::color(0.90), nominal = VoltageColorMap::color(1.0),
                     high = VoltageColorMap::color(1.05);
        QVERIFY(low.red() > low.green() && low.red() > low.blue());
        QVERIFY(nominal.green() > nominal.red() && nominal.green() > nominal.blue());
        QVERIFY(high.blue() > high.red() && high.blue() > high.green());
        // Continuous: neighbouring values give neighbouring colours (no jumps at the stops).
        for (double v = 0.9; v < 1.1; v += 0.001) {
            const QColor a = VoltageColorMap::color(v), b = VoltageColorMap::color(v + 0.001);
            QVERIFY(std::abs(a.red() - b.red()) <= 12 && std::abs(a.green() - b.green()) <= 12 &&
                    std::abs(a.blue() - b.blue()) <= 12);
        }
    }

    void jobRunnerDeliversResult() {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy progress(&runner, &JobRunner::progressChanged);
        QSignalSpy idle(&runner, &JobRunner::idle);
        const auto gui_thread = std::this_thread::get_id();
        const quint64 id = runner.start(QStringLiteral("sum"),
                                        [gui_thread](gridcarbon::Progress& p, std::stop_token) {
                                            if (std::this_thread::get_id() == gui_thread)
                                                throw gridcarbon::badInput("ran on the GUI thread");
                                            int sum = 0;
                                            for (int i = 1; i <= 100; ++i) {
                                                sum += i;
                                                p.report(i / 100.0, "adding");
                                            }
                                            return sum;
                                        });
        QVERIFY(id != 0);
        QVERIFY(runner.isRunning());
        // One job at a time.
        QCOMPARE(runner.start(QStringLiteral("other"),
                              [](gridcarbon::Progress&, std::stop_token) { return 0; }),
                 quint64(0));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(0).toULongLong(), id);
        QCOMPARE(finished.first().at(1).value<int>(), 5050);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(idle.count(), 1);
        QVERIFY(!runner.isRunning());
    }

    void jobRunnerReportsError() {
        JobRunner runner;
        QSignalSpy failed(&runner, &JobRunner::failed);
        runner.start(QStringLiteral("bad"), [](gridcarbon::Progress&, std::stop_token) -> int {
            throw gridcarbon::badInput("bus '7': unknown");
        });
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("bus '7': unknown"));
    }

    void jobRunnerCancels() {
        JobRunner runner;
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        QSignalSpy progress(&runner, &JobRunner::progressChanged);
        runner.start(QStringLiteral("forever"),
                     [](gridcarbon::Progress& p, std::stop_token stop) -> int {
                         for (int i = 0; !stop.stop_requested(); ++i) {
                             p.report(0.5, "waiting");
                             std::this_thread::sleep_for(std::chrono::milliseconds(2));
                         }
                         throw gridcarbon::Error(gridcarbon::ErrorCode::Cancelled, "stopped");
                     });
        QVERIFY(progress.wait(kWaitMs));
        runner.cancel();
        QVERIFY(cancelled.wait(kWaitMs));
        QVERIFY(!runner.isRunning());
        // Destroying a runner with a job still going stops and joins it.
        auto other = std::make_unique<JobRunner>();
        other->start(QStringLiteral("forever"), [](gridcarbon::Progress&, std::stop_token stop) {
            while (!stop.stop_requested())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return 0;
        });
        other.reset();
    }

    void jobRunnerNeverDeliversACancelledJob() {
        // A job that never looks at its stop token and completes after Cancel: its value is
        // dropped, the job ends cancelled.
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        QSignalSpy idle(&runner, &JobRunner::idle);
        std::atomic<bool> release{false};
        runner.start(QStringLiteral("deaf"), [&release](gridcarbon::Progress&, std::stop_token) {
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return 42;
        });
        runner.cancel();
        release = true;
        QVERIFY(idle.wait(kWaitMs));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(cancelled.count(), 1);
    }

    void jobStatusHiddenBeforeTheOutcome() {
        // A failure may open a message box: the progress bar and Cancel are gone before it.
        auto w = makeWindow();
        auto* status = w->statusBar()->findChild<JobStatusWidget*>();
        QVERIFY(status);
        std::optional<bool> visible_at_failure;
        connect(w->jobRunner(), &JobRunner::failed, this,
                [&] { visible_at_failure = status->isVisible(); });
        w->jobRunner()->start(QStringLiteral("bad"),
                              [](gridcarbon::Progress&, std::stop_token) -> int {
                                  std::this_thread::sleep_for(std::chrono::milliseconds(50));
                                  throw gridcarbon::badInput("bus '7': unknown");
                              });
        QVERIFY(status->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(visible_at_failure.has_value(), kWaitMs);
        QVERIFY(!*visible_at_failure);
    }

    void statusTipsStayOutOfTheLog() {
        auto w = makeWindow();
        QVERIFY(w->openCase(QStringLiteral(GRIDCARBON_CASES "/ieee33.json")));
        // What a toolbar button says under the pointer passes through the status bar only.
        QStatusTipEvent hover(QStringLiteral("Zoom into the drawing (hover hint)"));
        QApplication::sendEvent(w.get(), &hover);
        QCOMPARE(w->statusBar()->currentMessage(),
                 QStringLiteral("Zoom into the drawing (hover hint)"));
        QVERIFY(!w->log()->text().contains(QStringLiteral("hover hint")));
        // What the program says is kept.
        QVERIFY2(w->log()->text().contains(QStringLiteral("Opened")), qPrintable(w->log()->text()));
    }

    void longStatusMessagesEndBeforeTheCaseSummary() {
        auto w = makeWindow();
        QVERIFY(w->openCase(QStringLiteral(GRIDCARBON_CASES "/ieee33.json")));
        w->resize(1000, 700);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto* bar = qobject_cast<ElidingStatusBar*>(w->statusBar());
        QVERIFY(bar);
        const QString message =
            QStringLiteral("Power flow at spring, 12:00–13:00 converged (backward/forward sweep, 8 "
                           "iterations): losses 102.3 kW, lowest voltage 0.9384 p.u. at bus 18, "
                           "and a tail long enough to reach the case summary");
        bar->showMessage(message);
        QApplication::processEvents();
        QCOMPARE(bar->currentMessage(), message); // the whole message for whoever asks
        const QString shown = bar->shownMessage();
        QVERIFY2(shown.endsWith(QChar(0x2026)) && shown.size() < message.size(), qPrintable(shown));
        QCOMPARE(bar->toolTip(), message);
        // The shown text ends before the summary on the right, with room between them.
        QLabel* summary = nullptr;
        for (QLabel* label : bar->findChildren<QLabel*>())
            if (label->isVisible() && label->text().contains(QStringLiteral("buses")))
                summary = label;
        QVERIFY(summary);
        QVERIFY(6 + bar->fontMetrics().horizontalAdvance(shown) < summary->x() - 8);
        // A short message is shown whole, with no tooltip.
        bar->showMessage(QStringLiteral("Ready"));
        QCOMPARE(bar->shownMessage(), QStringLiteral("Ready"));
        QVERIFY(bar->toolTip().isEmpty());
    }

    void helpShowsTheGuideAndTheShortcuts() {
        auto w = makeWindow();
        w->guideAction()->trigger();
        auto* guide = w->findChild<UserGuideDialog*>();
        QVERIFY(guide);
        const QString text = guide->browser()->toPlainText();
        for (const char* part : {"The region indices explained", "Carbon emission flow",
                                 "Keyboard shortcuts", "Carbon Intensities"})
            QVERIFY2(text.contains(QLatin1String(part)), part);
        guide->close();

        // The shortcuts come from the actions themselves.
        w->shortcutsAction()->trigger();
        auto* list = w->findChild<ShortcutsDialog*>();
        QVERIFY(list);
        QMap<QString, QString> keys;
        for (int row = 0; row < list->table()->rowCount(); ++row)
            keys[list->table()->item(row, 0)->text()] = list->table()->item(row, 1)->text();
        QCOMPARE(keys.value(QStringLiteral("Run Power Flow")), QStringLiteral("F5"));
        QCOMPARE(keys.value(QStringLiteral("Add Bus")), QStringLiteral("B"));
        QCOMPARE(keys.value(QStringLiteral("Carbon View")),
                 QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText));
    }

    void saveAsStartsInTheUsersFolders() {
        auto w = makeWindow();
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        // A bundled case: Save As and Export Diagram start in the documents folder.
        QVERIFY(w->openCase(QStringLiteral(GRIDCARBON_CASES "/ieee33.json")));
        QVERIFY(FileActions::isBundledCase(QStringLiteral(GRIDCARBON_CASES "/ieee33.json")));
        QCOMPARE(w->files()->saveDirectory(), documents);
        // The user's own file: its folder.
        QTemporaryDir dir;
        const QString mine = dir.filePath(QStringLiteral("mine.json"));
        QVERIFY(w->files()->saveAs(mine));
        QCOMPARE(QDir(w->files()->saveDirectory()).canonicalPath(),
                 QDir(dir.path()).canonicalPath());
    }
};

QTEST_MAIN(MainWindowTest)
#include "test_mainwindow.moc"
