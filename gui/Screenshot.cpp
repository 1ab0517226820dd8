#include "gui/Screenshot.h"

#include "gui/MainWindow.h"
#include "gui/editor/FeederDocument.h"
#include "gui/shell/FileActions.h"
#include "gui/studies/CarbonController.h"
#include "gui/studies/CarbonFlowStudy.h"
#include "gui/studies/JobRunner.h"
#include "gui/studies/PowerFlowStudy.h"
#include "gui/vtk/RegionDemoTab.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

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

    if (request.view == ScreenshotView::RegionDemo)
        window.tabs()->setCurrentWidget(window.regionDemo());
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
