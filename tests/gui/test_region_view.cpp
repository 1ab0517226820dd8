// The operating-region study end to end, on microgrid-a under Xvfb: the options panel runs
// region::runRegion on the worker thread; the 3-D view draws the polyhedron; the slider moves
// the cut plane and the section view shows the engine's section; a kept reference is drawn as a
// second outline; the exports write files other tools read; Cancel and a bad choice leave the
// region shown before, and the document, as they were.
#include "ImageStats.h"
#include "WindowTestSupport.h"

#include "geometry/ConvexHull.h"
#include "geometry/HullMeasures.h"
#include "gui/MainWindow.h"
#include "gui/editor/FeederDocument.h"
#include "gui/panels/LogPanel.h"
#include "gui/studies/JobRunner.h"
#include "gui/studies/StudyPeriod.h"
#include "gui/studies/region/OperatingRegionStudy.h"
#include "gui/studies/region/RegionController.h"
#include "gui/studies/region/RegionFigure.h"
#include "gui/studies/region/RegionIndicesTable.h"
#include "gui/studies/region/RegionStudyPanel.h"
#include "gui/studies/region/RegionTab.h"
#include "gui/vtk/SurfaceFormat.h"
#include "gui/vtk/VtkView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImageReader>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

using namespace gridcarbon::gui;
using namespace window_test;
using gridcarbon::region::RegionResult;

namespace {

const QString kMicrogridA = QStringLiteral(GRIDCARBON_CASES "/microgrid-a.json");

// Pixels for which `test` holds.
qint64 countPixels(const QImage& source, const std::function<bool(QRgb)>& test) {
    const QImage img = source.convertToFormat(QImage::Format_RGB32);
    qint64 n = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            n += test(line[x]);
    }
    return n;
}

// The region's teal (translucent faces over the light background, and the darker edges); the
// background's blue-grey stays below.
bool teal(QRgb c) {
    return qGreen(c) > qRed(c) + 30 && qBlue(c) > qRed(c) + 30;
}

// The reference's purple.
bool purple(QRgb c) {
    return qRed(c) > qGreen(c) + 60 && qBlue(c) > qGreen(c) + 60;
}

std::unique_ptr<MainWindow> openMicrogrid() {
    auto w = makeWindow();
    w->resize(1600, 1000); // room for the two views beside the docks
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->openCase(kMicrogridA))
        return nullptr;
    return w;
}

// Sets the panel's buses (and cap), presses Run and waits for the study to end, whatever the
// outcome; false when it did not end in time.
bool runRegion(MainWindow& w, const QStringList& buses, std::optional<double> cap = {}) {
    RegionStudyPanel* panel = w.study<RegionController>()->panel();
    if (!panel->setObserved(buses))
        return false;
    if (cap)
        panel->setCap(*cap);
    QSignalSpy ended(w.study<RegionController>()->study(), &OperatingRegionStudy::ended);
    w.study<RegionController>()->runAction()->trigger();
    return ended.wait(kWaitMs);
}

bool isOneLine(const QString& text) {
    return !text.isEmpty() && !text.contains(QLatin1Char('\n')) && text == text.simplified();
}

} // namespace

class RegionViewTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir config_;

private slots:
    void initTestCase() { QVERIFY(isolateSettings(config_)); }

    void threeAxisRegionIsDrawnAndCut() {
        auto w = openMicrogrid();
        QVERIFY(w);
        QVERIFY(runRegion(*w, {QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7")}));
        RegionTab* tab = w->study<RegionController>()->regionTab();
        QCOMPARE(w->tabs()->currentWidget(), static_cast<QWidget*>(tab));
        QVERIFY(w->study<RegionController>()->dock()->isVisible());
        const auto& study = w->study<RegionController>()->study()->result();
        QVERIFY(study.has_value());
        QCOMPARE(study->hull.dimension, 3);
        QCOMPARE(study->observed, (std::vector<std::string>{"3", "5", "7"}));
        QVERIFY(tab->result().has_value());
        QCOMPARE(tab->result()->hull.volume, study->hull.volume);
        QVERIFY2(!w->study<RegionController>()->panel()->messageIsError(),
                 qPrintable(w->study<RegionController>()->panel()->message()));

        // The polyhedron is in the 3-D view's framebuffer.
        VtkView* view = tab->view();
        QVERIFY(view && view->isVisible());
        const QImage solid = view->grabImage();
        QVERIFY2(!solid.isNull(), qPrintable(view->glError()));
        const qint64 teal_pixels = countPixels(solid, teal);
        QVERIFY2(teal_pixels > 0.02 * solid.width() * solid.height(),
                 qPrintable(QString::number(teal_pixels)));

        // The outer bound of the adaptive run, on demand.
        QVERIFY(study->outer.has_value());
        QVERIFY(tab->outerBoundAction()->isEnabled());
        tab->outerBoundAction()->setChecked(true);
        QVERIFY(imageDifference(view->grabImage(), solid).pixels > 20);
        tab->outerBoundAction()->setChecked(false);

        // The indices table has the engine's indices.
        RegionIndicesTable* indices = w->study<RegionController>()->indices();
        QCOMPARE(indices->columnCount(), 2);
        QVERIFY(indices->valueOf(QStringLiteral("Volume"))
                    .startsWith(QString::number(study->indices.volume, 'g', 5)));
        QVERIFY(indices->valueOf(QStringLiteral("Base point margin")).contains("inside"));
        QVERIFY(!indices->valueOf(QStringLiteral("Coupling factor P3–P5")).isEmpty());
        QVERIFY(!indices->valueOf(QStringLiteral("Certified gap")).isEmpty());
        QCOMPARE(indices->valueOf(QStringLiteral("LP solves")),
                 QString::number(study->stats.lp_solves));

        // The cut starts across the last axis through the base point.
        QCOMPARE(tab->cutAxis(), 2);
        QCOMPARE(tab->cutValue(), study->base_point[2]);
        const SectionFigure first = tab->section();
        const double engine_first = gridcarbon::geometry::polygonArea(
            gridcarbon::geometry::section(study->hull, 2, tab->cutValue()));
        QCOMPARE(first.area, engine_first);
        QVERIFY(first.area > 0.0);
        QVERIFY(first.detail.contains(QString::number(first.area, 'f', 3)));
        const QImage section_before = tab->sectionView()->grabImage();
        QVERIFY(countPixels(section_before, teal) > 2000);

        // Moving the slider moves the plane: another section, the engine's.
        QSlider* slider = tab->cutSlider();
        slider->setValue(slider->maximum() * 8 / 10);
        QVERIFY(tab->cutValue() > study->base_point[2]);
        const SectionFigure moved = tab->section();
        QCOMPARE(moved.area, gridcarbon::geometry::polygonArea(
                                 gridcarbon::geometry::section(study->hull, 2, tab->cutValue())));
        QVERIFY2(std::abs(moved.area - first.area) > 1e-3,
                 qPrintable(QStringLiteral("%1 -> %2").arg(first.area).arg(moved.area)));
        QVERIFY(moved.title.contains(QString::number(tab->cutValue(), 'f', 3)));
        const QImage section_after = tab->sectionView()->grabImage();
        QVERIFY(imageDifference(section_after, section_before).pixels > 500);

        // Another axis: the plane goes through the base point across it.
        QVERIFY(tab->setCut(0, 0.4));
        QCOMPARE(tab->cutValue(), 0.4);
        QCOMPARE(tab->section().area, gridcarbon::geometry::polygonArea(
                                          gridcarbon::geometry::section(study->hull, 0, 0.4)));
        QCOMPARE(tab->section().x_axis, QStringLiteral("P5"));
        QCOMPARE(tab->section().y_axis, QStringLiteral("P7"));
    }

    void axisLabelsAreFewRoundAndCoverTheRegion() {
        auto w = openMicrogrid();
        QVERIFY(w);
        QVERIFY(runRegion(*w, {QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7")}));
        RegionTab* tab = w->study<RegionController>()->regionTab();
        const auto& hull = tab->result()->hull;
        QVERIFY(!tab->view()->grabImage().isNull()); // labels are fitted as the view renders
        for (int axis = 0; axis < 3; ++axis) {
            // One label per tick of the box, at most six of them with text.
            const QStringList ticks = tab->view()->axisLabels(axis);
            QStringList shown;
            for (const QString& t : ticks)
                if (!t.isEmpty())
                    shown << t;
            QVERIFY2(shown.size() >= 2 && shown.size() <= 6, qPrintable(ticks.join(u'|')));
            // Round values, evenly spaced, rising: the ticks' own values.
            std::vector<double> values;
            for (const QString& t : shown) {
                bool ok = false;
                values.push_back(t.toDouble(&ok));
                QVERIFY2(ok, qPrintable(t));
            }
            const double step = values[1] - values[0];
            QVERIFY(step > 0.0);
            for (std::size_t k = 1; k < values.size(); ++k)
                QVERIFY(std::abs(values[k] - values[k - 1] - step) < 1e-9);
            const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
            QVERIFY2(std::abs(mantissa - 1.0) < 1e-9 || std::abs(mantissa - 2.0) < 1e-9 ||
                         std::abs(mantissa - 5.0) < 1e-9,
                     qPrintable(QString::number(step)));
            // The labelled range reaches across the region along this axis.
            double lo = 1e300, hi = -1e300;
            for (const auto& v : hull.vertices) {
                lo = std::min(lo, v[std::size_t(axis)]);
                hi = std::max(hi, v[std::size_t(axis)]);
            }
            QVERIFY(values.front() <= lo + step && values.back() >= hi - step);
        }
        // A plot (the section) keeps VTK's own labels.
        QVERIFY(tab->sectionView()->axisLabels(0).isEmpty());
    }

    void twoAxisRegionIsShownAsPolygon() {
        auto w = openMicrogrid();
        QVERIFY(w);
        QVERIFY(runRegion(*w, {QStringLiteral("3"), QStringLiteral("5")}));
        RegionTab* tab = w->study<RegionController>()->regionTab();
        const auto& r = tab->result();
        QVERIFY(r.has_value());
        QCOMPARE(r->hull.dimension, 2);
        // No 3-D view and no cut: the section view shows the region itself.
        QVERIFY(!tab->view()->isVisible());
        QVERIFY(!tab->cutSlider()->isVisible());
        const SectionFigure f = tab->section();
        QCOMPARE(f.polygon.size(), r->hull.vertices.size());
        QCOMPARE(f.area, gridcarbon::geometry::polygonArea(hullPolygon(r->hull)));
        QVERIFY(std::abs(f.area - r->hull.volume) < 1e-9);
        QVERIFY(f.point.has_value());
        QCOMPARE(f.x_axis, QStringLiteral("P3"));
        QVERIFY(countPixels(tab->sectionView()->grabImage(), teal) > 2000);
        QVERIFY(w->study<RegionController>()
                    ->indices()
                    ->valueOf(QStringLiteral("Area"))
                    .contains("MW²"));
        // STL holds solids only.
        QTemporaryDir dir;
        const QString stl = dir.filePath(QStringLiteral("region.stl"));
        const auto error = tab->exportTo(RegionTab::Export::Stl, stl);
        QVERIFY(error && isOneLine(*error));
        QVERIFY(!QFile::exists(stl));
        QVERIFY(!tab->exportTo(RegionTab::Export::Vtp, dir.filePath(QStringLiteral("r.vtp"))));
    }

    void referenceIsDrawnAsSecondOutline() {
        auto w = openMicrogrid();
        QVERIFY(w);
        const QStringList buses{QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7")};
        QVERIFY(runRegion(*w, buses, 40.0));
        RegionTab* tab = w->study<RegionController>()->regionTab();
        QVERIFY(tab->result() && tab->result()->cap_t == 40.0);
        QVERIFY(!tab->clearReferenceAction()->isEnabled());
        const QImage alone = tab->sectionView()->grabImage();
        QCOMPARE(countPixels(alone, purple), 0);

        tab->keepReferenceAction()->trigger();
        QVERIFY(tab->reference().has_value());
        QVERIFY(runRegion(*w, buses, 70.0));
        QVERIFY(tab->result() && tab->result()->cap_t == 70.0);
        QCOMPARE(tab->reference()->cap_t, 40.0);

        // Two outlines in the section: the region's and the reference's, smaller (less cap).
        const SectionFigure f = tab->section();
        QVERIFY(f.polygon.size() >= 3);
        QVERIFY(f.reference.size() >= 3);
        QVERIFY(f.reference_area < f.area);
        // A legend says which is which.
        QVERIFY(f.legend.size() >= 2);
        QVERIFY(f.legend[0].text.contains(QStringLiteral("cap 70 t")));
        QVERIFY(f.legend[1].text.contains(QStringLiteral("cap 40 t")));
        const QImage both = tab->sectionView()->grabImage();
        QVERIFY2(countPixels(both, purple) > 300,
                 qPrintable(QString::number(countPixels(both, purple))));
        QVERIFY(countPixels(both, teal) > 2000);
        // The wireframe in 3-D, and a reference column beside the indices.
        QVERIFY(countPixels(tab->view()->grabImage(), purple) > 300);
        QCOMPARE(w->study<RegionController>()->indices()->columnCount(), 3);
        QVERIFY(!w->study<RegionController>()
                     ->indices()
                     ->valueOf(QStringLiteral("Volume"), RegionIndicesTable::Reference)
                     .isEmpty());

        tab->clearReferenceAction()->trigger();
        QVERIFY(!tab->reference());
        QCOMPARE(countPixels(tab->sectionView()->grabImage(), purple), 0);
        QCOMPARE(w->study<RegionController>()->indices()->columnCount(), 2);
    }

    void exportsWriteValidFiles() {
        auto w = openMicrogrid();
        QVERIFY(w);
        RegionTab* tab = w->study<RegionController>()->regionTab();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Nothing to export yet.
        const auto none = tab->exportTo(RegionTab::Export::Vtp, dir.filePath("none.vtp"));
        QVERIFY(none && isOneLine(*none));
        QVERIFY(runRegion(*w, {QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7")}));
        const RegionResult& r = *tab->result();

        const auto write = [&](RegionTab::Export kind, const QString& name) -> QByteArray {
            const QString path = dir.filePath(name);
            const auto error = tab->exportTo(kind, path);
            if (error) {
                qWarning("%s", qPrintable(*error));
                return {};
            }
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray vtp = write(RegionTab::Export::Vtp, QStringLiteral("region.vtp"));
        QVERIFY(vtp.contains("<VTKFile"));
        QVERIFY(vtp.contains("<Polys"));
        const QByteArray stl = write(RegionTab::Export::Stl, QStringLiteral("region.stl"));
        QCOMPARE(qsizetype(stl.count("facet normal")), qsizetype(r.hull.facets.size()));
        const QByteArray csv = write(RegionTab::Export::Csv, QStringLiteral("region.csv"));
        QCOMPARE(qsizetype(csv.trimmed().count('\n') + 1), qsizetype(r.hull.vertices.size() + 1));
        QVERIFY(csv.startsWith("p_3_mw"));
        const QByteArray svg = write(RegionTab::Export::SectionSvg, QStringLiteral("section.svg"));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("<path") || svg.contains("<polygon"));
        QVERIFY(svg.contains("P3 (MW)"));

        for (const auto& [kind, name, view] :
             {std::tuple{RegionTab::Export::ViewPng, QStringLiteral("region.png"), tab->view()},
              std::tuple{RegionTab::Export::SectionPng, QStringLiteral("section.png"),
                         tab->sectionView()}}) {
            QVERIFY(!write(kind, name).isEmpty());
            QImageReader reader(dir.filePath(name));
            QCOMPARE(reader.format(), QByteArray("png"));
            const QImage png = reader.read();
            QVERIFY2(!png.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(png.size(), view->size() * view->devicePixelRatio());
            QVERIFY(countPixels(png, teal) > 2000);
        }

        // The 3-D view at a chosen size: that many pixels, the region drawn, and the caption's
        // text scaled with the picture (its dark pixels grow with the area).
        const QString big = dir.filePath(QStringLiteral("region-big.png"));
        const QSize screen = tab->view()->pixelSize();
        const QSize wanted = screen * 2;
        QVERIFY(!tab->exportTo(RegionTab::Export::ViewPng, big, wanted));
        const QImage large(big);
        QCOMPARE(large.size(), wanted);
        QVERIFY(countPixels(large, teal) > 4 * 2000);
        const QImage small(dir.filePath(QStringLiteral("region.png")));
        const auto ink = [](const QImage& image, const QRect& area) {
            int n = 0;
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x)
                    n += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
            return n;
        };
        const int small_ink = ink(small, QRect(0, 0, screen.width() / 2, 30));
        const int large_ink = ink(large, QRect(0, 0, screen.width(), 60));
        QVERIFY2(small_ink > 50 && large_ink > 3 * small_ink,
                 qPrintable(QStringLiteral("%1 %2").arg(small_ink).arg(large_ink)));
        // The view itself is as it was.
        QCOMPARE(tab->view()->grabImage().size(), screen);

        // An unwritable place: a one-line reason naming it, and no file.
        const QString nowhere = dir.filePath(QStringLiteral("missing/region.stl"));
        const auto error = tab->exportTo(RegionTab::Export::Stl, nowhere);
        QVERIFY(error && isOneLine(*error));
        QVERIFY2(error->contains(QStringLiteral("missing")), qPrintable(*error));
        QVERIFY(!QFile::exists(nowhere));
    }

    void cancelKeepsThePreviousRegion() {
        auto w = openMicrogrid();
        QVERIFY(w);
        QVERIFY(runRegion(*w, {QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7")}));
        const double volume = w->study<RegionController>()->regionTab()->result()->hull.volume;
        const QString revision = QString::number(w->document()->revision());

        // Cancel as soon as the next run starts.
        OperatingRegionStudy* study = w->study<RegionController>()->study();
        QSignalSpy cancelled(study, &OperatingRegionStudy::cancelled);
        QSignalSpy finished(study, &OperatingRegionStudy::finished);
        QMetaObject::Connection stop = connect(study, &OperatingRegionStudy::started, this,
                                               [&w] { w->jobRunner()->cancel(); });
        QVERIFY(runRegion(*w, {QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6")}));
        disconnect(stop);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!study->result()); // no result of the cancelled run
        // The region shown before is still there, unchanged.
        QVERIFY(w->study<RegionController>()->regionTab()->result().has_value());
        QCOMPARE(w->study<RegionController>()->regionTab()->result()->hull.volume, volume);
        QCOMPARE(w->study<RegionController>()->regionTab()->result()->observed,
                 (std::vector<std::string>{"3", "5", "7"}));
        QVERIFY(
            w->study<RegionController>()->panel()->message().contains(QStringLiteral("Cancelled")));
        QCOMPARE(QString::number(w->document()->revision()), revision);
        QVERIFY(!w->jobRunner()->isRunning());
    }

    void toleranceComesFromTheEngineDescriptor() {
        using gridcarbon::region::RegionOptions;
        const auto* tol = gridcarbon::findOption(gridcarbon::region::regionNumberOptions(), "tol");
        QVERIFY(tol);
        JobRunner runner;
        RegionStudyPanel panel(&runner);
        QDoubleSpinBox* box = panel.toleranceBox();
        // The default is the engine's, in the engine's unit.
        QCOMPARE(box->value(), RegionOptions{}.tolerance);
        QCOMPARE(panel.options().tolerance, RegionOptions{}.tolerance);
        QCOMPARE(tol->defaultValue(), RegionOptions{}.tolerance);
        // The range is the descriptor's, to the box's resolution: both ends are accepted, and
        // one step beyond either is refused (the minimum is exclusive).
        const double resolution = std::pow(10.0, -box->decimals());
        QCOMPARE(box->maximum(), tol->max);
        QVERIFY(!tol->refusal(box->maximum()));
        QVERIFY(tol->refusal(box->maximum() + resolution));
        QVERIFY(!tol->refusal(box->minimum()));
        QVERIFY(tol->refusal(box->minimum() - resolution));
        QVERIFY(box->minimum() - tol->min <= resolution * 1.000001);
        // What the form sends is what it shows; its help is the descriptor's.
        box->setValue(0.25);
        QCOMPARE(panel.options().tolerance, 0.25);
        QVERIFY(box->toolTip().startsWith(QString::fromStdString(tol->help)));
        QVERIFY(box->suffix().isEmpty() == tol->unit.empty());
    }

    void badChoiceShowsOneLineMessage() {
        auto w = openMicrogrid();
        QVERIFY(w);
        const auto before = w->document()->model();
        RegionController* region = w->study<RegionController>();
        RegionStudyPanel* panel = region->panel();
        // One bus is not a region: Run waits, and the panel says what it needs in one line.
        QVERIFY(panel->setObserved({QStringLiteral("3")}));
        QVERIFY(!region->runAction()->isEnabled());
        QVERIFY2(isOneLine(panel->message()), qPrintable(panel->message()));
        QVERIFY2(panel->message().contains(QStringLiteral("two or three")),
                 qPrintable(panel->message()));
        QVERIFY2(panel->message().contains(QStringLiteral("1 checked")),
                 qPrintable(panel->message()));
        QVERIFY(!region->regionTab()->result());
        QVERIFY(w->document()->model() == before);
        QVERIFY(!w->document()->isModified());

        // The list takes three at most: with three checked the others wait.
        QVERIFY(
            panel->setObserved({QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7")}));
        QListWidget* list = panel->busList();
        int open = 0;
        for (int i = 0; i < list->count(); ++i)
            open += list->item(i)->flags().testFlag(Qt::ItemIsEnabled);
        QCOMPARE(open, 3);
        QVERIFY(!panel->setObserved(
            {QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7")}));
        QVERIFY(!panel->setObserved({QStringLiteral("1")})); // the grid bus has no load
        // A good run afterwards clears the message.
        QVERIFY(runRegion(*w, {QStringLiteral("3"), QStringLiteral("5")}));
        QVERIFY(!panel->messageIsError());
        QVERIFY(region->regionTab()->result().has_value());
    }

    void optionsComeUpWithTheRegionTab() {
        auto w = openMicrogrid();
        QVERIFY(w);
        RegionController* region = w->study<RegionController>();
        QVERIFY(!region->dock()->isVisible());
        w->tabs()->setCurrentWidget(region->tab());
        QVERIFY(region->dock()->isVisible());
    }

    void defaultsRunOnANewCase() {
        auto w = openMicrogrid();
        QVERIFY(w);
        RegionController* region = w->study<RegionController>();
        RegionStudyPanel* panel = region->panel();
        // Auto by carbon emission flow, three buses: a region on any case with three loads.
        QVERIFY(panel->autoButton()->isChecked());
        QCOMPARE(panel->autoCount()->value(), 3);
        QVERIFY(region->runAction()->isEnabled());
        QSignalSpy ended(region->study(), &OperatingRegionStudy::ended);
        region->runAction()->trigger();
        QVERIFY(ended.wait(kWaitMs));
        QVERIFY2(!panel->messageIsError(), qPrintable(panel->message()));
        QVERIFY(region->regionTab()->result().has_value());
        QCOMPARE(region->regionTab()->result()->observed.size(), std::size_t(3));
        QCOMPARE(region->regionTab()->result()->hull.dimension, 3);
        // Built for the day on the toolbar.
        QCOMPARE(QString::fromStdString(region->regionTab()->result()->day), w->period()->day());
    }

    void anotherCaseResetsTheForm() {
        auto w = openMicrogrid();
        QVERIFY(w);
        RegionStudyPanel* panel = w->study<RegionController>()->panel();
        QVERIFY(panel->setObserved({QStringLiteral("3"), QStringLiteral("5")}));
        panel->setMethod(gridcarbon::region::Method::Hba);
        panel->setCap(1.0);
        QVERIFY(w->openCase(QStringLiteral(GRIDCARBON_CASES "/ieee33.json")));
        // Nothing of microgrid-a's choice survives: the defaults, and ieee33's own buses.
        QVERIFY(panel->autoButton()->isChecked());
        QVERIFY(panel->observed().isEmpty());
        QVERIFY(panel->options().method == gridcarbon::region::RegionOptions{}.method);
        QCOMPARE(panel->capBox()->value(),
                 std::max(0.0, w->document()->model().economics.daily_carbon_cap_t));
        QVERIFY(panel->observedChoices().contains(QStringLiteral("33")));
        QVERIFY(panel->message().isEmpty());
    }

    void errorGoesWhenTheInputChanges() {
        auto w = openMicrogrid();
        QVERIFY(w);
        RegionStudyPanel* panel = w->study<RegionController>()->panel();
        // A cap no dispatch meets: the run fails and says so.
        QVERIFY(
            runRegion(*w, {QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7")}, 0.1));
        QVERIFY(panel->messageIsError());
        // Any change of the options clears it: it was about the options before.
        panel->busList()->item(0)->setCheckState(
            panel->busList()->item(0)->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        QVERIFY(!panel->messageIsError());
        QVERIFY(
            runRegion(*w, {QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7")}, 0.1));
        QVERIFY(panel->messageIsError());
        panel->capBox()->setValue(50.0);
        QVERIFY(!panel->messageIsError());
    }

    void rerunKeepsTheCamera() {
        auto w = openMicrogrid();
        QVERIFY(w);
        const QStringList buses{QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7")};
        QVERIFY(runRegion(*w, buses));
        VtkView* view = w->study<RegionController>()->regionTab()->view();
        const QImage framed = view->grabImage();
        QVERIFY2(!framed.isNull(), qPrintable(view->glError()));
        // The user turns the region.
        const QPoint from = view->rect().center();
        QTest::mousePress(view, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(view, from + QPoint(8 * step, 3 * step));
        QTest::mouseRelease(view, Qt::LeftButton, {}, from + QPoint(80, 30));
        const QImage turned = view->grabImage();
        QVERIFY(turned != framed);
        // The same run again: the picture is the turned one, not the default framing.
        QVERIFY(runRegion(*w, buses));
        const QImage again = view->grabImage();
        QVERIFY(again != framed);
        QCOMPARE(again, turned);
        // Reset Camera brings the default back.
        view->resetCamera();
        QCOMPARE(view->grabImage(), framed);
    }

    void cancelStopsARunWaitingForTheRunner() {
        auto w = openMicrogrid();
        QVERIFY(w);
        JobRunner* runner = w->jobRunner();
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), kWaitMs);
        // Another job holds the runner; Run waits for it; Cancel is pressed.
        std::atomic<bool> release{false};
        runner->start(QStringLiteral("busy"), [&release](gridcarbon::Progress&, std::stop_token) {
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            return 0;
        });
        OperatingRegionStudy* study = w->study<RegionController>()->study();
        QSignalSpy started(study, &OperatingRegionStudy::started);
        QSignalSpy finished(study, &OperatingRegionStudy::finished);
        QSignalSpy cancelled(study, &OperatingRegionStudy::cancelled);
        w->study<RegionController>()->runAction()->trigger();
        QVERIFY(study->isQueued());
        runner->cancel();
        release = true;
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), kWaitMs);
        QTest::qWait(200); // what a late start would need
        QCOMPARE(started.count(), 0);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!study->result());
        QVERIFY(!runner->isRunning());
        // The Log records it.
        QVERIFY2(w->log()->text().contains(QStringLiteral("operating region was cancelled")),
                 qPrintable(w->log()->text()));
    }
};

int main(int argc, char* argv[]) {
    useVtkSurfaceFormat(); // before the QApplication, as in the application
    QApplication app(argc, argv);
    RegionViewTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_region_view.moc"
