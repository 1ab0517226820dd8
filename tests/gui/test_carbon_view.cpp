// The carbon view end to end: the carbon emission flow runs on the worker thread, colours the
// buses by nodal intensity, widens and points the branches along the carbon flow, fills the
// table and the chart; the hour slider switches the period; an hour of a partial day that was
// not solved shows no colours and says why; the view toggles back to voltage; a case without
// carbon data is reported and stays open.
#include "ImageStats.h"
#include "WindowTestSupport.h"

#include "carbon/CarbonStudy.h"
#include "gui/MainWindow.h"
#include "gui/charts/TimeSeriesChart.h"
#include "gui/editor/BranchItem.h"
#include "gui/editor/BusItem.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederScene.h"
#include "gui/editor/FeederView.h"
#include "gui/overlay/ScalarLegend.h"
#include "gui/panels/LogPanel.h"
#include "gui/panels/ResultTableModel.h"
#include "gui/panels/ResultsPanel.h"
#include "gui/studies/PeriodSelector.h"
#include "gui/studies/StudyPeriod.h"
#include "gui/studies/carbon/CarbonController.h"
#include "gui/studies/carbon/CarbonDayCharts.h"
#include "gui/studies/carbon/CarbonFlowStudy.h"
#include "gui/studies/carbon/CarbonIntensitiesDialog.h"
#include "gui/studies/carbon/CarbonIntensityChart.h"
#include "gui/studies/carbon/CarbonPanel.h"
#include "gui/studies/carbon/CarbonPresenter.h"
#include "gui/studies/powerflow/PowerFlowController.h"
#include "gui/studies/powerflow/PowerFlowPresenter.h"
#include "gui/studies/powerflow/PowerFlowStudy.h"
#include "gui/style/CarbonColorMap.h"
#include "gui/style/SceneStyle.h"
#include "gui/style/VoltageColorMap.h"
#include "io/CaseFile.h"
#include "io/CaseJson.h"
#include "model/CarbonDefaults.h"

#include <QAction>
#include <QBarSet>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace gridcarbon::gui;
using namespace window_test;
using gridcarbon::carbon::CarbonFlowResult;

namespace {

// Opens `path`, switches to the carbon view and waits for the carbon study (which waits for the
// power flow); false if it did not deliver a result.
bool openInCarbonView(MainWindow& w, const QString& path) {
    QSignalSpy done(w.study<CarbonController>()->study(), &CarbonFlowStudy::finished);
    if (!w.openCase(path))
        return false;
    w.study<CarbonController>()->carbonViewAction()->trigger();
    return done.wait(kWaitMs) && w.study<CarbonController>()->study()->result().has_value();
}

// The engine run directly on the document's case, as the GUI should have run it.
gridcarbon::carbon::CarbonStudyResult engineResult(const MainWindow& w) {
    return gridcarbon::carbon::runCarbonStudy(w.document()->model(),
                                              w.study<CarbonController>()->study()->options());
}

const gridcarbon::carbon::BusCarbon& busOf(const CarbonFlowResult& p, const std::string& id) {
    for (const auto& b : p.buses) {
        if (b.id == id)
            return b;
    }
    qFatal("no bus %s", id.c_str());
}

// ieee33-der with a summer load of 8 times the base at hour 14: that hour's power flow diverges,
// the others solve. Written to `dir`; empty if the case does not have that profile.
QString ieee33WithDivergingHour(const QTemporaryDir& dir) {
    gridcarbon::Case c = gridcarbon::loadCase(kIeee33Der.toStdString());
    bool changed = false;
    for (auto& profile : c.profiles)
        if (profile.id == "load")
            for (auto& day : profile.days)
                if (day.name == "summer" && day.values.size() > 14) {
                    day.values[14] = 8.0;
                    changed = true;
                }
    if (!changed)
        return {};
    const QString path = dir.filePath(QStringLiteral("ieee33-der-hour14.json"));
    gridcarbon::saveCaseJson(c, path.toStdString());
    return path;
}

} // namespace

class CarbonViewTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir config_;

private slots:
    void initTestCase() { QVERIFY(isolateSettings(config_)); }

    void carbonViewColoursBusesByIntensity() {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(openInCarbonView(*w, kFeeder5));
        QCOMPARE(w->scene()->shownOverlay(), CarbonPresenter::kOverlay);
        QVERIFY(w->study<CarbonController>()->dock()->isVisible());
        // feeder5 has no typical days: one period at its base values, no hour to pick.
        QVERIFY(!w->study<CarbonController>()->study()->result()->whole_day);
        QVERIFY(w->period()->day().isEmpty());
        QVERIFY(!w->periodSelector()->hourSlider()->isEnabled());
        const CarbonFlowResult& period = *w->study<CarbonController>()->presenter()->period();

        // Every bus in the colour of its intensity; the PV bus 4 is cleaner than the grid's.
        for (auto* bus : w->scene()->busItems()) {
            QVERIFY2(bus->overlayValue(CarbonPresenter::kOverlay).has_value(),
                     qPrintable(bus->busId()));
            const double intensity = bus->overlayValue(CarbonPresenter::kOverlay)->value;
            QCOMPARE(intensity, busOf(period, bus->busId().toStdString()).intensity_t_per_mwh);
            QCOMPARE(bus->fillColor(), CarbonColorMap::color(intensity));
            QVERIFY(bus->toolTip().contains(QStringLiteral("t/MWh")));
            QVERIFY(bus->toolTip().contains(QStringLiteral("Load emission")));
            QVERIFY(bus->toolTip().contains(QStringLiteral("Through-flow")));
        }
        BusItem* grid = w->scene()->busItem(QStringLiteral("1"));
        BusItem* pv = w->scene()->busItem(QStringLiteral("4"));
        QVERIFY(pv->overlayValue(CarbonPresenter::kOverlay)->value <
                0.5 * grid->overlayValue(CarbonPresenter::kOverlay)->value);
        QVERIFY(pv->fillColor() != grid->fillColor());

        // The legend names the cleanest and the dirtiest bus.
        const auto extremes = w->view()->legend(CarbonPresenter::kOverlay)->extremes();
        QVERIFY(extremes.has_value());
        QCOMPARE(w->view()->legend(), w->view()->legend(CarbonPresenter::kOverlay));
        QCOMPARE(extremes->min_bus, QStringLiteral("4"));
        QCOMPARE(extremes->max_bus, QStringLiteral("1"));

        // Branches: wider with more carbon flow, pointing away from the grid, with both ends'
        // flows and the loss emission in the tooltip.
        BranchItem* trunk = w->scene()->branchItem(QStringLiteral("L12"));
        BranchItem* to_pv = w->scene()->branchItem(QStringLiteral("L34"));
        QVERIFY(trunk->overlayValue(CarbonPresenter::kOverlay)->value >
                to_pv->overlayValue(CarbonPresenter::kOverlay)->value);
        QVERIFY(trunk->lineWidth() > to_pv->lineWidth());
        QCOMPARE(trunk->arrowDirection(), 1);
        QCOMPARE(to_pv->arrowDirection(), 1);
        QCOMPARE(w->scene()->branchItem(QStringLiteral("T45"))->arrowDirection(), 0);
        QVERIFY(trunk->toolTip().contains(QStringLiteral("Carbon flow at 1")));
        QVERIFY(trunk->toolTip().contains(QStringLiteral("Carbon flow at 2")));
        QVERIFY(trunk->toolTip().contains(QStringLiteral("Loss emission")));

        // The colours are in the picture of the canvas.
        const QImage canvas =
            w->view()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        for (BusItem* bus : {grid, pv}) {
            const QPoint at = w->view()->mapFromScene(bus->scenePos());
            QCOMPARE(QColor(canvas.pixel(at * canvas.devicePixelRatio())).rgb(),
                     bus->fillColor().rgb());
        }
        QVERIFY(imageStats(w->grab().toImage()).distinct_colours > 64);
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("Carbon emission flow")));
    }

    void carbonTableIsSortableAndMatchesEngine() {
        auto w = makeWindow();
        QVERIFY(openInCarbonView(*w, kIeee33Der));
        const auto engine = engineResult(*w);
        const CarbonFlowResult& expected = engine.carbon.periods[static_cast<std::size_t>(
            w->study<CarbonController>()->presenter()->hour())];

        // The Results dock's bus table is the carbon view's: the engine's values, emissions in
        // kg/h.
        ResultsPanel* results = w->results();
        QTableView* table = results->view(0);
        QAbstractItemModel* proxy = table->model();
        QCOMPARE(proxy->rowCount(), 33);
        const auto valueAt = [&](int row, int column) {
            return proxy->index(row, column).data(ResultTableModel::sortRole()).toDouble();
        };
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const std::string id = proxy->index(row, 0).data().toString().toStdString();
            const auto& b = busOf(expected, id);
            QCOMPARE(valueAt(row, 1), b.intensity_t_per_mwh);
            QCOMPARE(valueAt(row, 3), b.load_mw);
            QCOMPARE(valueAt(row, 4), b.load_emission_t_per_h * 1000.0);
        }

        // Bus ids sort in the case's order (10 after 9), values by value, both ways.
        table->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(proxy->index(9, 0).data().toString(), QStringLiteral("10"));
        table->sortByColumn(1, Qt::AscendingOrder);
        for (int row = 1; row < proxy->rowCount(); ++row)
            QVERIFY(valueAt(row - 1, 1) <= valueAt(row, 1));
        QCOMPARE(valueAt(0, 1),
                 w->view()->legend(CarbonPresenter::kOverlay)->extremes()->min_value);
        table->sortByColumn(4, Qt::DescendingOrder);
        for (int row = 1; row < proxy->rowCount(); ++row)
            QVERIFY(valueAt(row - 1, 4) >= valueAt(row, 4));
    }

    void chartHasOneBarPerBus() {
        auto w = makeWindow();
        QVERIFY(openInCarbonView(*w, kIeee33Der));
        const CarbonFlowResult& period = *w->study<CarbonController>()->presenter()->period();
        CarbonIntensityChart* chart = w->study<CarbonController>()->panel()->chart();
        QCOMPARE(chart->bars()->count(), 33);
        QCOMPARE(chart->categories().size(), 33);
        for (int i = 0; i < 33; ++i) {
            QCOMPARE(chart->categories()[i], QString::fromStdString(period.buses[i].id));
            QCOMPARE(chart->bars()->at(i), period.buses[i].intensity_t_per_mwh);
        }
        // Selecting a result row selects the bus on the canvas, which highlights its bar.
        QTableView* table = w->results()->view(0);
        table->sortByColumn(0, Qt::AscendingOrder);
        table->selectRow(17); // bus 18
        QVERIFY(w->scene()->busItem(QStringLiteral("18"))->isSelected());
        QCOMPARE(chart->highlighted(), QStringList{QStringLiteral("18")});
    }

    void dayChartsFollowTheDayAndPickTheHour() {
        auto w = makeWindow();
        QVERIFY(openInCarbonView(*w, kIeee33Der));
        const auto& result = *w->study<CarbonController>()->study()->result();
        QVERIFY(result.whole_day);
        CarbonDayCharts* day = w->study<CarbonController>()->panel()->day();
        // Load: the day's 24 hours, each the sum of the buses' loads of that hour.
        QCOMPARE(day->load()->values(0).size(), 24);
        for (int h : {0, 12, 23}) {
            double load = 0.0;
            for (const auto& b : result.carbon.periods[std::size_t(h)].buses)
                load += b.load_mw;
            QVERIFY(std::abs(day->load()->values(0)[h] - load) < 1e-12);
        }
        // A line per unit that supplied power; the emissions; the marker at the period shown.
        QVERIFY(day->units()->seriesCount() >= 2);
        QCOMPARE(day->emissions()->seriesCount(), 3);
        QCOMPARE(day->load()->current(), w->period()->hour());
        // The voltage chart follows the bus selected on the canvas, hour by hour.
        w->scene()->selectElements({{gridcarbon::ElementKind::Bus, "18"}});
        QCOMPARE(day->bus(), QStringLiteral("18"));
        QCOMPARE(day->voltage()->values(0).size(), 24);
        QCOMPARE(day->voltage()->values(0)[5], busOf(result.carbon.periods[5], "18").vm_pu);
        // A click on a chart moves the window's period; every view follows.
        QSignalSpy solved(w->study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
        w->study<CarbonController>()->panel()->pages()->setCurrentWidget(day);
        QTRY_VERIFY(day->load()->isVisible());
        const int x = day->load()->width() / 2;
        const int hour = day->load()->periodAt(x);
        QTest::mouseClick(day->load()->viewport(), Qt::LeftButton, {},
                          QPoint(x, day->load()->height() / 2));
        QCOMPARE(w->period()->hour(), hour);
        QCOMPARE(w->study<CarbonController>()->presenter()->period()->hour, hour);
        QCOMPARE(day->units()->current(), hour);
        QVERIFY(solved.wait(kWaitMs)); // the voltage view solves that hour
    }

    void everyViewShowsThePeriodOnTheToolbar() {
        // ieee33-der at spring 22:00: bus 10's voltage is that hour's, in the voltage view and in
        // the carbon view's tooltips, and switching views keeps the period.
        auto w = makeWindow();
        PowerFlowStudy* pf = w->study<PowerFlowController>()->study();
        QSignalSpy solved(pf, &PowerFlowStudy::finished);
        QVERIFY(w->openCase(kIeee33Der));
        QVERIFY(solved.wait(kWaitMs));
        QVERIFY(w->periodSelector()->isVisible());
        QVERIFY(!w->period()->select(QStringLiteral("spring"), 22));
        QVERIFY(solved.wait(kWaitMs));

        gridcarbon::PowerFlowOptions at_22;
        at_22.day = "spring";
        at_22.hour = 22;
        const auto reference = gridcarbon::runPowerFlow(w->document()->model(), at_22);
        const auto base = gridcarbon::runPowerFlow(w->document()->model(), {});
        const double expected = reference.buses.at(9).vm_pu; // bus 10
        QCOMPARE(reference.buses.at(9).id, std::string("10"));
        QVERIFY(std::abs(expected - 0.9708) < 5e-5);
        QVERIFY(std::abs(expected - base.buses.at(9).vm_pu) > 0.01);
        BusItem* bus10 = w->scene()->busItem(QStringLiteral("10"));
        QCOMPARE(bus10->overlayValue(PowerFlowPresenter::kOverlay)->value, expected);
        QVERIFY(w->view()
                    ->legend(PowerFlowPresenter::kOverlay)
                    ->details()
                    .join(' ')
                    .contains(QStringLiteral("spring, 22:00–23:00")));

        // The carbon view runs the same day and draws the same hour; the voltage rows in its
        // tooltips are that hour's.
        QSignalSpy traced(w->study<CarbonController>()->study(), &CarbonFlowStudy::finished);
        w->study<CarbonController>()->carbonViewAction()->trigger();
        QVERIFY(traced.wait(kWaitMs));
        QCOMPARE(w->period()->day(), QStringLiteral("spring"));
        QCOMPARE(w->period()->hour(), 22);
        QCOMPARE(w->study<CarbonController>()->presenter()->period()->hour, 22);
        QVERIFY2(bus10->toolTip().contains(QString::number(expected, 'f', 4)),
                 qPrintable(bus10->toolTip()));
        QCOMPARE(w->periodSelector()->hourText(), QStringLiteral("22:00–23:00"));

        // Back to the voltage view: still spring 22:00.
        w->study<PowerFlowController>()->voltageViewAction()->trigger();
        QCOMPARE(w->period()->hour(), 22);
        QCOMPARE(bus10->overlayValue(PowerFlowPresenter::kOverlay)->value, expected);
    }

    void resultTablesShowTheStudyAndPeriodShown() {
        auto w = makeWindow();
        PowerFlowStudy* pf = w->study<PowerFlowController>()->study();
        QSignalSpy solved(pf, &PowerFlowStudy::finished);
        QVERIFY(w->openCase(kIeee33Der));
        QVERIFY(solved.wait(kWaitMs));
        ResultsPanel* results = w->results();
        QVERIFY(results->isVisible());
        QVERIFY2(results->caption().contains(w->period()->name()), qPrintable(results->caption()));
        QCOMPARE(results->tabs()->count(), 3);
        const auto& r = *pf->result();

        // Buses: one row each, the engine's values; sorting by Vm puts the lowest first.
        QTableView* buses = results->view(0);
        QCOMPARE(buses->model()->rowCount(), int(r.buses.size()));
        QCOMPARE(results->model(0)->table().rows[9].cells[1].toDouble(), r.buses[9].vm_pu);
        buses->sortByColumn(1, Qt::AscendingOrder);
        QCOMPARE(buses->model()->index(0, 0).data().toString(),
                 QString::fromStdString(r.min_vm_bus));
        // Ids sort in natural order: 2 before 10.
        buses->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(buses->model()->index(1, 0).data().toString(), QStringLiteral("2"));
        QCOMPARE(buses->model()->index(9, 0).data().toString(), QStringLiteral("10"));

        // Selecting rows selects the buses on the canvas.
        buses->selectRow(9);
        QVERIFY(w->scene()->busItem(QStringLiteral("10"))->isSelected());

        // Copy: the header and the selected row, tab-separated, every digit.
        const QStringList copied = results->copyText().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(copied.size(), 2);
        QVERIFY2(copied[0].startsWith(QStringLiteral("Bus\tVm (p.u.)")), qPrintable(copied[0]));
        QCOMPARE(copied[1].split(QLatin1Char('\t')).value(1).toDouble(), r.buses[9].vm_pu);

        // Export CSV: the branch table, read back, as many fields in every row as in the
        // header, the same values.
        results->tabs()->setCurrentIndex(1);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("branches.csv"));
        QCOMPARE(results->exportCsv(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split('\n');
        QCOMPARE(lines.size(), int(r.branches.size()) + 1);
        const int columns = int(lines[0].split(',').size());
        QCOMPARE(columns, 10);
        for (const QString& line : lines)
            QCOMPARE(int(line.split(',').size()), columns);
        QVERIFY(lines[0].contains(QStringLiteral("Loss (kvar)")));
        QCOMPARE(lines[1].split(',').value(8).toDouble(), r.branches[0].loss_kvar);
        // A file that cannot be written: the reason names it, nothing is left.
        const QString nowhere = dir.filePath(QStringLiteral("missing/branches.csv"));
        QVERIFY(results->exportCsv(nowhere).contains(QStringLiteral("missing")));
        QVERIFY(!QFile::exists(nowhere));

        // The carbon view's tables replace them, for the same period.
        QSignalSpy traced(w->study<CarbonController>()->study(), &CarbonFlowStudy::finished);
        w->study<CarbonController>()->carbonViewAction()->trigger();
        QVERIFY(traced.wait(kWaitMs));
        QVERIFY2(results->caption().contains(QStringLiteral("Carbon emission flow")),
                 qPrintable(results->caption()));
        QVERIFY2(results->caption().contains(w->period()->name()), qPrintable(results->caption()));
        QCOMPARE(results->model(0)->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Intensity (t/MWh)"));
        const CarbonFlowResult& period = *w->study<CarbonController>()->presenter()->period();
        QCOMPARE(results->model(0)->table().rows[17].cells[1].toDouble(),
                 period.buses[17].intensity_t_per_mwh);
        // The voltage of the state traced is the power flow's of that hour.
        QVERIFY(std::abs(results->model(0)->table().rows[9].cells[2].toDouble() -
                         r.buses[9].vm_pu) < 1e-9);
    }

    void importedCaseWithoutCarbonDataSaysWhatIsMissing() {
        // A MATPOWER case has no carbon data: it opens, the carbon view explains what is missing
        // (no error box), and the Carbon Intensities dialog fills typical values as one edit.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("three.m"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("function mpc = three\nmpc.version = '2';\nmpc.baseMVA = 10;\n"
                   "mpc.bus = [1 3 0 0 0 0 1 1 0 12.66 1 1.1 0.9;\n"
                   "           2 1 0.5 0.2 0 0 1 1 0 12.66 1 1.1 0.9;\n"
                   "           3 1 0.4 0.1 0 0 1 1 0 12.66 1 1.1 0.9];\n"
                   "mpc.gen = [1 0 0 10 -10 1 10 1 10 0];\n"
                   "mpc.branch = [1 2 0.01 0.02 0 0 0 0 0 0 1 -360 360;\n"
                   "              2 3 0.01 0.02 0 0 0 0 0 0 1 -360 360];\n");
        file.close();
        auto w = makeWindow();
        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        QSignalSpy solved(w->study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
        QVERIFY(w->openCase(path));
        QVERIFY(solved.wait(kWaitMs));
        CarbonController* carbon = w->study<CarbonController>();
        carbon->carbonViewAction()->trigger();
        QTest::qWait(100);
        QCOMPARE(errors.count(), 0);
        QVERIFY(!carbon->study()->isRunning() && !carbon->study()->result());
        QVERIFY2(carbon->panel()->summary().contains(QStringLiteral("carbon intensit")),
                 qPrintable(carbon->panel()->summary()));
        QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("three")),
                 qPrintable(w->statusBar()->currentMessage()));
        QVERIFY(w->view()
                    ->legend(CarbonPresenter::kOverlay)
                    ->note()
                    .contains(QStringLiteral("No carbon data")));

        // Study ▸ Carbon Intensities…: typical values, OK, one undo step; the study runs.
        const int steps = w->document()->undoStack()->count();
        carbon->intensitiesAction()->trigger();
        CarbonIntensitiesDialog* dialog = carbon->intensitiesDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 1);
        dialog->fillTypicalValues();
        QSignalSpy traced(carbon->study(), &CarbonFlowStudy::finished);
        dialog->accept();
        QCOMPARE(w->document()->undoStack()->count(), steps + 1);
        QCOMPARE(w->document()->model().generators[0].carbon_intensity_t_per_mwh,
                 *gridcarbon::typicalCarbonIntensity(w->document()->model().generators[0]));
        QVERIFY(w->document()->model().generators[0].carbon_intensity_t_per_mwh > 0.5);
        QVERIFY(traced.wait(kWaitMs));
        QCOMPARE(errors.count(), 0);
        w->document()->undoStack()->undo();
        QCOMPARE(w->document()->model().generators[0].carbon_intensity_t_per_mwh, 0.0);
    }

    void hourSliderChangesDisplayedIntensities() {
        auto w = makeWindow();
        QVERIFY(openInCarbonView(*w, kIeee33Der));
        StudyPeriod* selector = w->period();
        QCOMPARE(selector->days(),
                 (QStringList{QStringLiteral("spring"), QStringLiteral("summer"),
                              QStringLiteral("autumn"), QStringLiteral("winter")}));
        QSignalSpy done(w->study<CarbonController>()->study(), &CarbonFlowStudy::finished);
        if (selector->day() != QStringLiteral("summer")) {
            QVERIFY(!selector->select(QStringLiteral("summer")));
            QVERIFY(done.wait(kWaitMs));
        }
        const auto& result = *w->study<CarbonController>()->study()->result();
        QVERIFY(result.whole_day);
        QCOMPARE(result.carbon.periods.size(), std::size_t(24));
        QSlider* slider = w->periodSelector()->hourSlider();
        QCOMPARE(slider->maximum(), 23);

        // Moving the slider redraws from the day's result without running the study again.
        QSignalSpy started(w->study<CarbonController>()->study(), &CarbonFlowStudy::started);
        BusItem* bus = w->scene()->busItem(QStringLiteral("18"));
        slider->setValue(0);
        const double night = bus->overlayValue(CarbonPresenter::kOverlay)->value;
        QCOMPARE(night, busOf(result.carbon.periods[0], "18").intensity_t_per_mwh);
        slider->setValue(12);
        const double noon = bus->overlayValue(CarbonPresenter::kOverlay)->value;
        QCOMPARE(noon, busOf(result.carbon.periods[12], "18").intensity_t_per_mwh);
        QVERIFY(std::abs(night - noon) > 1e-6);
        QCOMPARE(started.count(), 0);
        // The table and the chart follow.
        CarbonIntensityChart* chart = w->study<CarbonController>()->panel()->chart();
        QCOMPARE(chart->bars()->at(17), noon);
        QVERIFY(chart->chart()->title().contains(QStringLiteral("12:00")));
        QVERIFY(w->view()
                    ->legend(CarbonPresenter::kOverlay)
                    ->details()
                    .join(' ')
                    .contains(QStringLiteral("12:00")));
        // Branch widths share the day's scale: the widest flow of the day gets the widest line.
        double widest = 0.0;
        for (const auto& p : result.carbon.periods)
            for (const auto& b : p.branches)
                widest = std::max(widest, std::abs(b.carbon_flow_sending_t_per_h));
        QCOMPARE(w->study<CarbonController>()->presenter()->widestFlow(), widest);
    }

    void powerFlowNotConvergingNamesPeriodAndBusOnce() {
        QTemporaryDir dir;
        const QString path = ieee33WithDivergingHour(dir);
        QVERIFY(!path.isEmpty());
        auto w = makeWindow();
        QSignalSpy solved(w->study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
        QVERIFY(w->openCase(path));
        QVERIFY(solved.wait(kWaitMs));
        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        QVERIFY(!w->period()->select(QStringLiteral("summer"), 14));
        QVERIFY(solved.wait(kWaitMs));
        QVERIFY(!w->study<PowerFlowController>()->study()->result()->converged);
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("summer, 14:00–15:00")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("MVA at bus")), qPrintable(message));
        QCOMPARE(message.count(QStringLiteral("did not converge")), 1);
    }

    void unsolvedHourShowsNoColoursAndSaysWhy() {
        QTemporaryDir dir;
        const QString path = ieee33WithDivergingHour(dir);
        QVERIFY(!path.isEmpty());
        auto w = makeWindow();
        QVERIFY(openInCarbonView(*w, path));
        CarbonController* carbon = w->study<CarbonController>();
        StudyPeriod* selector = w->period();
        QSignalSpy done(carbon->study(), &CarbonFlowStudy::finished);
        if (selector->day() != QStringLiteral("summer")) {
            QVERIFY(!selector->select(QStringLiteral("summer")));
            QVERIFY(done.wait(kWaitMs));
        }
        const auto& result = *carbon->study()->result();
        QVERIFY(result.whole_day);
        QVERIFY(result.outcome == gridcarbon::Outcome::Partial);
        QCOMPARE(result.carbon.unsolved_hours, std::vector<int>{14});
        QCOMPARE(result.carbon.periods.size(), std::size_t(23));

        // The hours on either side are drawn from their own periods, found by hour (hour 15 is
        // the 15th period of the day, not the 16th).
        BusItem* bus = w->scene()->busItem(QStringLiteral("18"));
        for (int hour : {13, 15}) {
            QVERIFY(selector->selectHour(hour));
            const CarbonFlowResult* period = carbon->presenter()->period();
            QVERIFY(period);
            QCOMPARE(period->hour, hour);
            QVERIFY(bus->overlayValue(CarbonPresenter::kOverlay).has_value());
            const double shown = bus->overlayValue(CarbonPresenter::kOverlay)->value;
            QCOMPARE(shown, busOf(*period, "18").intensity_t_per_mwh);
            QCOMPARE(bus->fillColor(), CarbonColorMap::color(shown));
            const QString when = QStringLiteral("%1:00").arg(hour);
            QVERIFY(
                w->view()->legend(CarbonPresenter::kOverlay)->details().join(' ').contains(when));
            QVERIFY(carbon->panel()->chart()->chart()->title().contains(when));
            QCOMPARE(w->results()->model(0)->rowCount(), 33);
        }

        // Hour 14 can be chosen, and shows no colours of any hour; the legend and the status
        // bar say why, naming the hour.
        QVERIFY(selector->selectHour(14));
        QCOMPARE(selector->hour(), 14);
        QVERIFY(!carbon->presenter()->period());
        for (auto* b : w->scene()->busItems()) {
            QVERIFY2(!b->overlayValue(CarbonPresenter::kOverlay).has_value(),
                     qPrintable(b->busId()));
            QCOMPARE(b->fillColor(), style::noResultFill());
        }
        ScalarLegend* legend = w->view()->legend(CarbonPresenter::kOverlay);
        QVERIFY(!legend->extremes().has_value());
        QVERIFY2(legend->note().contains(QStringLiteral("14:00–15:00")),
                 qPrintable(legend->note()));
        QVERIFY2(legend->note().contains(QStringLiteral("did not converge")),
                 qPrintable(legend->note()));
        QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("14:00–15:00")),
                 qPrintable(w->statusBar()->currentMessage()));
        QCOMPARE(w->results()->tabs()->count(), 0); // no tables of an hour not solved
        QVERIFY(w->results()->caption().contains(QStringLiteral("14:00–15:00")));
        QVERIFY(carbon->panel()->summary().contains(QStringLiteral("Hour 14 was not solved")));

        // The log has the run's error, one line naming the hour.
        const QStringList logged =
            w->log()->text().split(QLatin1Char('\n')).filter(QStringLiteral("hour 14 (error)"));
        QCOMPARE(logged.size(), 1);
        QVERIFY2(logged.front().contains(QStringLiteral("Carbon emission flow")),
                 qPrintable(logged.front()));

        // And back: hour 15 has its colours again.
        QVERIFY(selector->selectHour(15));
        QVERIFY(bus->overlayValue(CarbonPresenter::kOverlay).has_value());
        QVERIFY(w->view()->legend(CarbonPresenter::kOverlay)->extremes().has_value());
    }

    void toggleReturnsToVoltageColours() {
        auto w = makeWindow();
        QVERIFY(openInCarbonView(*w, kFeeder5));
        QVERIFY(w->study<CarbonController>()->carbonViewAction()->isChecked());
        w->study<PowerFlowController>()->voltageViewAction()->trigger();
        QVERIFY(w->study<PowerFlowController>()->voltageViewAction()->isChecked());
        QVERIFY(!w->study<CarbonController>()->carbonViewAction()->isChecked());
        QCOMPARE(w->scene()->shownOverlay(), PowerFlowPresenter::kOverlay);
        QCOMPARE(w->view()->legend(), w->view()->legend(PowerFlowPresenter::kOverlay));
        QVERIFY(w->view()->legend(PowerFlowPresenter::kOverlay)->isVisible());
        QVERIFY(!w->view()->legend(CarbonPresenter::kOverlay)->isVisible());
        for (auto* bus : w->scene()->busItems()) {
            QVERIFY(bus->overlayValue(PowerFlowPresenter::kOverlay).has_value());
            QCOMPARE(bus->fillColor(), VoltageColorMap::color(
                                           bus->overlayValue(PowerFlowPresenter::kOverlay)->value));
        }
        for (auto* branch : w->scene()->branchItems())
            QCOMPARE(branch->lineWidth(),
                     w->scene()->branchItem(QStringLiteral("L12"))->lineWidth());
        // The carbon result stays: back to the carbon view without running again.
        QSignalSpy started(w->study<CarbonController>()->study(), &CarbonFlowStudy::started);
        w->study<CarbonController>()->carbonViewAction()->trigger();
        QCOMPARE(started.count(), 0);
        BusItem* pv = w->scene()->busItem(QStringLiteral("4"));
        QCOMPARE(pv->fillColor(),
                 CarbonColorMap::color(pv->overlayValue(CarbonPresenter::kOverlay)->value));
    }

    void dcMethodRunsLossless() {
        auto w = makeWindow();
        QVERIFY(openInCarbonView(*w, kFeeder5));
        QSignalSpy done(w->study<CarbonController>()->study(), &CarbonFlowStudy::finished);
        QAction* dc = nullptr;
        for (QAction* a : w->study<CarbonController>()->methodMenu()->actions())
            if (a->text().contains(QStringLiteral("DC")))
                dc = a;
        QVERIFY(dc);
        dc->trigger();
        QVERIFY(done.wait(kWaitMs));
        const auto& r = *w->study<CarbonController>()->study()->result();
        QVERIFY(r.method == gridcarbon::carbon::CefMethod::Dc);
        QCOMPARE(r.carbon.periods.front().totals.loss_t_per_h, 0.0);
    }

    void carbonRunWaitsForPowerFlow() {
        auto w = makeWindow();
        QSignalSpy pf(w->study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
        QSignalSpy carbon(w->study<CarbonController>()->study(), &CarbonFlowStudy::finished);
        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        QVERIFY(w->openCase(kIeee33Der));
        // The power flow holds the runner; the carbon run waits for it instead of failing.
        QVERIFY(w->study<PowerFlowController>()->study()->isRunning());
        w->study<CarbonController>()->runAction()->trigger();
        QVERIFY(w->study<CarbonController>()->study()->isQueued());
        QVERIFY(carbon.wait(kWaitMs));
        QCOMPARE(pf.count(), 1);
        QCOMPARE(errors.count(), 0);
    }

    void caseWithoutCarbonDataExplainsAndKeepsDocument() {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.json"));
        {
            QFile in(kFeeder5);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray text = in.readAll();
            const QByteArray intensity = R"(,
     "carbon_intensity_t_per_mwh": 0.8)";
            QVERIFY(text.contains(intensity));
            text.replace(intensity, "");
            QFile out(plain);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        auto w = makeWindow();
        QSignalSpy pf(w->study<PowerFlowController>()->study(), &PowerFlowStudy::finished);
        QVERIFY(w->openCase(plain));
        QVERIFY(pf.wait(kWaitMs));
        const quint64 revision = w->document()->revision();
        const auto model = w->document()->model();

        // Not an error: the dock and the status bar say what is missing and where to set it.
        QSignalSpy errors(w.get(), &MainWindow::errorReported);
        w->study<CarbonController>()->runAction()->trigger();
        QTest::qWait(100);
        QCOMPARE(errors.count(), 0);
        QVERIFY(!w->study<CarbonController>()->study()->isRunning());
        const QString message = w->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("no carbon data")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Carbon Intensities")), qPrintable(message));
        // The document and its drawing stay; the carbon overlay has nothing to show.
        QCOMPARE(w->document()->revision(), revision);
        QVERIFY(w->document()->model() == model);
        QCOMPARE(w->scene()->busItems().size(), 5);
        for (auto* bus : w->scene()->busItems()) {
            QVERIFY(!bus->overlayValue(CarbonPresenter::kOverlay).has_value());
            QCOMPARE(bus->fillColor(), style::noResultFill());
            QVERIFY(bus->overlayValue(PowerFlowPresenter::kOverlay).has_value());
        }
        QVERIFY(!w->view()->legend(CarbonPresenter::kOverlay)->extremes().has_value());
        QVERIFY(!w->results()->model(0) || w->results()->model(0)->rowCount() == 0);
        QVERIFY(w->study<CarbonController>()->runAction()->isEnabled());
    }
};

QTEST_MAIN(CarbonViewTest)
#include "test_carbon_view.moc"
