#pragma once
// What one study contributes to the main window, and the hooks the window calls. Each study
// lives in its own folder, gui/studies/<study>/ (its EngineStudy, presenter, controller, panel
// and views), and is registered by one line in MainWindow::registerStudies(); the window knows
// no study by name beyond that list. Everything here is optional: a study overrides what it has.
//
// The window places what a study contributes, in registration order: studyActions() in the
// Study menu (a separator between studies), addToolBarItems() in the main toolbar's run group,
// overlayAction() in the View menu and the toolbar (checkable, exclusive with the other
// studies' overlays), the dock in dockArea() (hidden; listed under View ▸ Panels; a right-hand
// dock shares its place with the properties), and tab() beside the feeder tab. status() and
// problem() go to the status bar, the log and (when interactive) a message box; diagnostic()
// goes to the log only.
#include "model/Case.h"
#include "util/EngineResult.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QDockWidget;
class QMainWindow;
class QTabWidget;
class QToolBar;
class QWidget;

namespace gridcarbon::gui {

class FeederDocument;
class FeederEditor;
class FeederScene;
class JobRunner;
class ScreenshotSession;
class StudyPeriod;

// What the main window lends every study; all of it outlives the studies.
struct StudyContext {
    QMainWindow* window = nullptr; // parent of the actions, menus, docks and tabs a study makes
    FeederDocument* document = nullptr;
    JobRunner* runner = nullptr;  // shared by all studies: one job at a time (see EngineStudy)
    FeederScene* scene = nullptr; // the feeder drawing, where overlays go (FeederScene::setOverlay)
    QTabWidget* tabs = nullptr;   // the central tabs, the feeder's first
    StudyPeriod* period = nullptr;  // the day and hour every study shows (on the toolbar)
    FeederEditor* editor = nullptr; // where a study's dialogs edit the case (one undo step each)
};

class StudyController : public QObject {
    Q_OBJECT
public:
    ~StudyController() override;

    // The Study menu's entries of this study, in order (a submenu as its menuAction()).
    virtual QList<QAction*> studyActions() const { return {}; }
    // Adds this study's buttons to the main toolbar's run group.
    virtual void addToolBarItems(QToolBar* bar) const;
    // Shows this study's overlay on the feeder: checkable, its data() the overlay's name in
    // the scene. Null for a study without one.
    virtual QAction* overlayAction() const { return nullptr; }
    // A dock for the study's options and results, hidden until the study shows it; null for
    // none.
    virtual QDockWidget* dock() const { return nullptr; }
    virtual Qt::DockWidgetArea dockArea() const { return Qt::BottomDockWidgetArea; }
    // A central tab beside the feeder, its windowTitle() the tab's text; null for none.
    virtual QWidget* tab() const { return nullptr; }

    // The document holds another case (opened, new, recovered): the previous case's results
    // are gone. Called in registration order (a study that runs by itself on a new case comes
    // before those that wait for it).
    virtual void caseReplaced(const gridcarbon::Case& c);
    // The case was edited: every result describes the case before the edit.
    virtual void caseEdited(const gridcarbon::Case& c);

    // Screenshot mode (gridcarbon --screenshot, gui/Screenshot.cpp). The views `--view` can
    // ask this study for.
    virtual QStringList screenshotViews() const { return {}; }
    // The options `view` (one of screenshotViews()) takes besides those every screenshot
    // takes, by name without "--" ("day", "hour", "method", …; see ScreenshotRequest). Another
    // view-specific option with this view is a mistake, refused before the case is opened.
    virtual QStringList screenshotOptions(const QString& view) const;
    // Every study, once the case has opened: waits for what the study started by itself (the
    // power flow) and notes a failure as the screenshot's problem. false stops the screenshot
    // with the session's outcome (a timeout).
    virtual bool settleForScreenshot(ScreenshotSession& session);
    // The study whose screenshotViews() hold `view`: sets itself up from the request, runs and
    // waits, and shows `view`. false stops the screenshot with the session's outcome.
    virtual bool showForScreenshot(const QString& view, ScreenshotSession& session);

signals:
    void status(const QString& text);
    void problem(const QString& title, const QString& text);
    // One finding of a run (a warning or an error), as one line that names the study and the
    // item, for the log.
    void diagnostic(const QString& line, gridcarbon::Diagnostic::Severity severity);

protected:
    explicit StudyController(const StudyContext& context);
    const StudyContext& context() const { return context_; }

    // Emits diagnostic() for each warning and error of `result`, in the engine's order;
    // `study` names the study ("Carbon emission flow").
    void logDiagnostics(const QString& study, const gridcarbon::EngineResult& result);
    // The log line of one finding: "Carbon emission flow — hour 14 (error): …".
    static QString diagnosticLine(const QString& study, const gridcarbon::Diagnostic& d);

private:
    StudyContext context_;
};

} // namespace gridcarbon::gui
