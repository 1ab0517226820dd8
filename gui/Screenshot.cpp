#include "gui/Screenshot.h"

#include "gui/MainWindow.h"
#include "gui/editor/FeederDocument.h"
#include "gui/shell/FileActions.h"

#include <QCoreApplication>
#include <QPixmap>

#include <optional>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui", text);
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

    // The study that shows the view asked for.
    const QString view = screenshotViewName(request);
    StudyController* shows = nullptr;
    QStringList views;
    for (const auto& study : window.studies()) {
        views += study->screenshotViews();
        if (!shows && study->screenshotViews().contains(view))
            shows = study.get();
    }
    if (!shows)
        return {2, tr("unknown view '%1' (expected one of: %2)")
                       .arg(view, views.join(QStringLiteral(", ")))};

    window.show();
    ScreenshotSession session(request, window.jobRunner(),
                              [&window] { return window.lastError(); });
    if (!request.case_path.isEmpty()) {
        if (!window.openCase(request.case_path))
            return {2, window.lastError()};
        for (const auto& study : window.studies())
            if (!study->settleForScreenshot(session))
                return session.outcome();
    }

    if (!request.select.isEmpty()) {
        const auto ref = findElementById(window.document()->model(), request.select.toStdString());
        if (!ref)
            return {2, tr("--select: the case has no element '%1'").arg(request.select)};
        window.selectElement(*ref);
    }

    if (!shows->showForScreenshot(view, session))
        return session.outcome();
    QCoreApplication::processEvents(); // let the last status message and legend settle

    const QPixmap picture = window.grab();
    if (!picture.save(request.file, "PNG"))
        return {1, tr("cannot write %1").arg(request.file)};
    if (!request.diagram.isEmpty() && !window.files()->exportDiagram(request.diagram))
        return {1, window.lastError()};
    return session.outcome();
}

} // namespace gridcarbon::gui
