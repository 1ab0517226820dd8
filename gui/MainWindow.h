#pragma once
// GridCarbon's main window. It owns the document and composes small parts: the feeder canvas
// (FeederScene in a FeederView, with the legend of the overlay shown), the editing tools and
// docks, the job runner with its status-bar widget, the file actions, and the studies. Each
// study is a StudyController (gui/studies/StudyController.h) registered by one line in
// registerStudies(); the window places what the studies contribute (actions, toolbar items,
// overlays, docks, tabs) and tells them when the case is replaced or edited, knowing none of
// them by name. It turns problems into status messages and (when interactive) message boxes.
#include "gui/studies/StudyController.h"
#include "model/Element.h"

#include <QList>
#include <QMainWindow>
#include <QString>

#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QTabWidget;

namespace gridcarbon::gui {

class CanvasTools;
class CapacitorLayerFilter;
class DevicePalette;
class FeederDocument;
class FeederEditor;
class FeederScene;
class FeederView;
class FileActions;
class JobRunner;
class JobStatusWidget;
class LogPanel;
class ProblemsPanel;
class PeriodSelector;
class ProfilesDialog;
class LineTypesDialog;
class PropertyEditor;
class ResultsPanel;
class StudyPeriod;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a native case (.json) or a MATPOWER file (.m), draws it and starts the power flow.
    // On failure the current document stays as it was, the error is reported (status bar,
    // errorReported(), and a message box when interactive) and false is returned.
    bool openCase(const QString& path);

    // Interactive windows show message boxes; non-interactive ones (screenshots, tests) only
    // use the status bar and errorReported().
    void setInteractive(bool interactive);
    bool isInteractive() const { return interactive_; }

    // Window geometry in QSettings.
    void restoreWindowState();
    void saveWindowState() const;

    FeederDocument* document() const { return document_; }
    FeederEditor* editor() const { return editor_; }
    FileActions* files() const { return files_; }
    FeederScene* scene() const { return scene_; }
    FeederView* view() const { return view_; }
    JobRunner* jobRunner() const { return runner_; }
    // The central tabs: the feeder canvas (the default) and the studies' tabs.
    QTabWidget* tabs() const { return tabs_; }
    // The day and hour every study shows, and its selector on the toolbar.
    StudyPeriod* period() const { return period_; }
    PeriodSelector* periodSelector() const { return period_selector_; }
    // The studies, in registration order.
    const std::vector<std::unique_ptr<StudyController>>& studies() const { return studies_; }
    // The registered study of type T (e.g. study<CarbonController>()), or null.
    template <class T> T* study() const {
        for (const auto& s : studies_)
            if (auto* t = qobject_cast<T*>(s.get()))
                return t;
        return nullptr;
    }
    QString lastError() const { return last_error_; }
    // Help ▸ User Guide and Help ▸ Keyboard Shortcuts.
    QAction* guideAction() const { return guide_action_; }
    QAction* shortcutsAction() const { return shortcuts_action_; }
    ProblemsPanel* problems() const { return problems_; }
    PropertyEditor* properties() const { return properties_; }
    LogPanel* log() const { return log_; }
    ResultsPanel* results() const { return results_; }
    CanvasTools* tools() const { return tools_; }
    DevicePalette* palette() const { return palette_; }
    CapacitorLayerFilter* layerFilter() const { return layer_filter_; }

    // Selects the element on the canvas and scrolls it into view.
    void selectElement(const gridcarbon::ElementRef& ref);

signals:
    void errorReported(const QString& message);

public slots:
    // Edit ▸ Profiles…: opens the profile editor (applied on OK as one undoable edit).
    ProfilesDialog* editProfiles();
    // Edit ▸ Line Types…: opens the line type editor (applied on OK as one undoable edit).
    LineTypesDialog* editLineTypes();
    void showAbout();
    void showPreferences();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QDockWidget* addDock(QWidget* content, const QString& title, const QString& name,
                         Qt::DockWidgetArea area);
    // The one list of studies: one line each.
    void registerStudies();
    // Takes `study` over and places what it contributes that does not go into menus.
    void registerStudy(std::unique_ptr<StudyController> study);
    // What every study gets from the window.
    StudyContext studyContext();
    void createDocks();
    void updateProblems();
    void createActions();
    void createMenus();
    void createToolBar();
    void onCaseReplaced();
    void onCaseEdited();
    void updateTitle();
    // A message for the status bar and the Log.
    void showStatus(const QString& text);
    void reportError(const QString& title, const QString& message);
    void updateCaseSummary();

    FeederDocument* document_;
    FeederEditor* editor_;
    FeederScene* scene_;
    FeederView* view_;
    JobRunner* runner_;
    JobStatusWidget* job_status_;
    QLabel* case_summary_;
    QTabWidget* tabs_;
    FileActions* files_;
    StudyPeriod* period_;
    PeriodSelector* period_selector_ = nullptr;
    std::vector<std::unique_ptr<StudyController>> studies_;
    QActionGroup* overlays_ = nullptr; // the studies' overlay actions, exclusive
    ProblemsPanel* problems_ = nullptr;
    PropertyEditor* properties_ = nullptr;
    LogPanel* log_ = nullptr;
    ResultsPanel* results_ = nullptr;
    CanvasTools* tools_ = nullptr;
    DevicePalette* palette_ = nullptr;
    CapacitorLayerFilter* layer_filter_ = nullptr;
    QList<QAction*> panel_actions_;

    QAction* quit_action_ = nullptr;
    QAction* guide_action_ = nullptr;
    QAction* profiles_action_ = nullptr;
    QAction* line_types_action_ = nullptr;
    QAction* shortcuts_action_ = nullptr;
    QAction* zoom_in_action_ = nullptr;
    QAction* zoom_out_action_ = nullptr;
    QAction* fit_action_ = nullptr;
    QAction* show_values_action_ = nullptr;
    QAction* undo_action_ = nullptr;
    QAction* redo_action_ = nullptr;
    QAction* preferences_action_ = nullptr;
    QAction* about_action_ = nullptr;

    bool interactive_ = true;
    QString last_error_;
};

} // namespace gridcarbon::gui
