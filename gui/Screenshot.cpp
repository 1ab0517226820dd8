#include "gui/Screenshot.h"

#include "gui/MainWindow.h"
#include "gui/editor/FeederDocument.h"
#include "gui/shell/FileActions.h"
#include "gui/studies/StudyPeriod.h"

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

// The first study that declares `view`, or null.
StudyController* studyShowing(const MainWindow& window, const QString& view) {
    for (const auto& study : window.studies())
        if (study->screenshotViews().contains(view))
            return study.get();
    return nullptr;
}

} // namespace

ScreenshotOutcome takeScreenshot(const ScreenshotRequest& request) {
    MainWindow window;
    window.setInteractive(false);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(request.size);

    // The study that shows the view asked for (none named: the first view declared).
    QStringList views;
    for (const auto& study : window.studies())
        views += study->screenshotViews();
    const QString view = request.view_name.isEmpty() ? views.value(0) : request.view_name;
    StudyController* shows = studyShowing(window, view);
    if (!shows)
        return {2, tr("unknown view '%1' (expected one of: %2)")
                       .arg(view, views.join(QStringLiteral(", ")))};
    // Options of other views are a mistake, not ignored. The period is every view's.
    const QStringList takes =
        shows->screenshotOptions(view) + QStringList{QStringLiteral("day"), QStringLiteral("hour")};
    for (const QString& option : request.view_options) {
        if (takes.contains(option))
            continue;
        QStringList taking;
        for (const QString& v : views)
            if (studyShowing(window, v)->screenshotOptions(v).contains(option))
                taking << v;
        return {2, taking.isEmpty() ? tr("--%1 is not an option of any view").arg(option)
                                    : tr("--%1 needs --view %2 (not %3)")
                                          .arg(option, taking.join(QStringLiteral(", ")), view)};
    }

    window.show();
    ScreenshotSession session(request, window.jobRunner(),
                              [&window] { return window.lastError(); });
    if (!request.case_path.isEmpty()) {
        if (!window.openCase(request.case_path))
            return {2, window.lastError()};
        if (request.day || request.hour) {
            StudyPeriod* period = window.period();
            if (const auto why = period->select(request.day.value_or(period->day()), request.hour))
                return {2, *why};
        }
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
