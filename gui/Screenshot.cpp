#include "gui/Screenshot.h"

#include "gui/MainWindow.h"
#include "gui/editor/FeederDocument.h"
#include "gui/shell/FileActions.h"
#include "gui/studies/CarbonController.h"
#include "gui/studies/CarbonFlowStudy.h"
#include "gui/studies/JobRunner.h"
#include "gui/studies/OperatingRegionStudy.h"
#include "gui/studies/PowerFlowStudy.h"
#include "gui/studies/RegionController.h"
#include "gui/studies/RegionStudyPanel.h"
#include "gui/vtk/RegionTab.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPixmap>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui", text);
}

// Waits until `study` has ended (it may still be queued behind another study); false when
// `timeout_s` passed first.
bool waitFor(EngineStudy* study, int timeout_s) {
    if (!study->isRunning() && !study->isQueued())
        return true;
    QEventLoop loop;
    bool ended = false;
    QObject::connect(study, &EngineStudy::ended, &loop, [&] {
        ended = true;
        loop.quit();
    });
    QTimer::singleShot(timeout_s * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return ended;
}

// The first element with this id: buses, then branches, loads and devices.
std::optional<gridcarbon::ElementRef> findElementById(const gridcarbon::Case& c,
                                                      const std::string& id) {
    for (auto kind : {gridcarbon::ElementKind::Bus, gridcarbon::ElementKind::Branch,
                      gridcarbon::ElementKind::Load, gridcarbon::ElementKind::Generator,
                      gridcarbon::ElementKind::Storage, gridcarbon::ElementKind::Capacitor})
        if (gridcarbon::findElement(c, {kind, id}))
            return gridcarbon::ElementRef{kind, id};
    return std::nullopt;
}

// Sets the region options from the request; the one-line reason when they do not fit the case.
std::optional<QString> chooseRegionOptions(RegionStudyPanel& panel,
                                           const ScreenshotRequest& request) {
    const QString observe = request.observe;
    if (observe.startsWith(QStringLiteral("auto:"))) {
        bool ok = false;
        const int count = observe.mid(5).toInt(&ok);
        if (!ok || !panel.setAuto(count))
            return tr("--observe auto:N needs N of 2 or 3, got '%1'").arg(observe);
    } else if (!observe.isEmpty()) {
        const QStringList buses = observe.split(QLatin1Char(','));
        if (!panel.setObserved(buses))
            return tr("--observe '%1': at most 3 load buses of the case (it has loads at: %2)")
                .arg(observe, panel.observedChoices().join(QStringLiteral(", ")));
    }
    panel.setMethod(request.region_method);
    if (request.cap_t)
        panel.setCap(*request.cap_t);
    if (request.day && !panel.setDay(*request.day))
        return tr("the case has no typical day '%1'").arg(*request.day);
    return std::nullopt;
}

// Puts the cut plane where the request says; the reason when the axis is not an observed bus.
std::optional<QString> placeCut(RegionTab& tab, const ScreenshotRequest& request) {
    const auto& r = *tab.result();
    if (r.hull.dimension != 3) {
        if (!request.section_axis.isEmpty() || request.section_at)
            return tr("--section-axis and --section-at need a region of three loads");
        return std::nullopt;
    }
    int axis = tab.cutAxis();
    if (!request.section_axis.isEmpty()) {
        const auto it =
            std::find(r.observed.begin(), r.observed.end(), request.section_axis.toStdString());
        if (it == r.observed.end())
            return tr("--section-axis '%1' is not an observed bus").arg(request.section_axis);
        axis = int(it - r.observed.begin());
    }
    tab.setCut(axis, request.section_at.value_or(r.base_point.at(axis)));
    return std::nullopt;
}

} // namespace

ScreenshotOutcome takeScreenshot(const ScreenshotRequest& request) {
    MainWindow window;
    window.setInteractive(false);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(request.size);
    window.show();

    QString problem;
    if (!request.case_path.isEmpty()) {
        if (!window.openCase(request.case_path))
            return {2, window.lastError()};
        if (!waitFor(window.powerFlow(), request.timeout_s)) {
            window.jobRunner()->cancel();
            return {1, tr("the power flow did not finish within %1 s").arg(request.timeout_s)};
        }
        const auto& pf = window.powerFlow()->result();
        if (!pf || !pf->converged)
            problem = window.lastError().isEmpty() ? tr("the power flow was cancelled")
                                                   : window.lastError();
    }

    if (!request.select.isEmpty()) {
        const auto ref = findElementById(window.document()->model(), request.select.toStdString());
        if (!ref)
            return {2, tr("--select: the case has no element '%1'").arg(request.select)};
        window.selectElement(*ref);
    }

    if (request.view == ScreenshotView::Region || request.view == ScreenshotView::RegionSection) {
        RegionController* region = window.region();
        if (const auto why = chooseRegionOptions(*region->panel(), request))
            return {2, *why};
        region->run();
        if (!waitFor(region->study(), request.timeout_s)) {
            window.jobRunner()->cancel();
            return {1,
                    tr("the operating region did not finish within %1 s").arg(request.timeout_s)};
        }
        RegionTab* tab = region->tab();
        if (!region->study()->result()) {
            if (problem.isEmpty())
                problem = region->panel()->message();
        } else if (const auto why = placeCut(*tab, request)) {
            return {2, *why};
        }
        window.tabs()->setCurrentWidget(tab);
        if (request.view == ScreenshotView::RegionSection)
            tab->splitter()->setSizes({0, tab->splitter()->width()});
    }
    if (request.view == ScreenshotView::Carbon) {
        CarbonController* carbon = window.carbon();
        const QString day = request.day.value_or(carbon->study()->day());
        if (const auto why = carbon->selectPeriod(day, request.hour))
            return {2, *why};
        carbon->setMethod(request.method);
        const QString error_before = window.lastError();
        carbon->run();
        if (!waitFor(carbon->study(), request.timeout_s)) {
            window.jobRunner()->cancel();
            return {
                1,
                tr("the carbon emission flow did not finish within %1 s").arg(request.timeout_s)};
        }
        if (!carbon->study()->result() && problem.isEmpty())
            problem = window.lastError() != error_before
                          ? window.lastError()
                          : tr("the carbon emission flow was cancelled");
    }
    QCoreApplication::processEvents(); // let the last status message and legend settle

    const QPixmap picture = window.grab();
    if (!picture.save(request.file, "PNG"))
        return {1, tr("cannot write %1").arg(request.file)};
    if (!request.diagram.isEmpty() && !window.files()->exportDiagram(request.diagram))
        return {1, window.lastError()};
    if (!problem.isEmpty())
        return {3, problem};
    return {};
}

} // namespace gridcarbon::gui
