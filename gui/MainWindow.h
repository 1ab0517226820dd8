#pragma once
// GridCarbon's main window. It owns the document and composes small parts: the feeder canvas
// (FeederScene in a FeederView, with its legends), the job runner with its status-bar widget,
// the power-flow study and its presenter, the carbon feature (CarbonController: study, view
// toggle, dock), the operating-region feature (RegionController: study, options dock, the
// "Operating Region" tab beside the feeder tab) and the recent-files menu. The window itself
// only wires them together and turns problems into status messages and (when interactive)
// message boxes.
#include "model/Element.h"

#include <QList>
#include <QMainWindow>
#include <QString>

class QAction;
class QDockWidget;
class QLabel;
class QTabWidget;

namespace gridcarbon::gui {

class CanvasTools;
class CapacitorLayerFilter;
class CarbonController;
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
class PropertyEditor;
class PowerFlowPresenter;
class PowerFlowStudy;
class RegionController;
class RegionTab;

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
    PowerFlowStudy* powerFlow() const { return study_; }
    CarbonController* carbon() const { return carbon_; }
    RegionController* region() const { return region_; }
    // The central tabs: the feeder canvas (the default) and the operating region.
    QTabWidget* tabs() const { return tabs_; }
    RegionTab* regionTab() const;
    QString lastError() const { return last_error_; }
    ProblemsPanel* problems() const { return problems_; }
    PropertyEditor* properties() const { return properties_; }
    LogPanel* log() const { return log_; }
    CanvasTools* tools() const { return tools_; }
    DevicePalette* palette() const { return palette_; }
    CapacitorLayerFilter* layerFilter() const { return layer_filter_; }

    // Selects the element on the canvas and scrolls it into view.
    void selectElement(const gridcarbon::ElementRef& ref);

signals:
    void errorReported(const QString& message);

public slots:
    void runPowerFlow();
    void showAbout();
    void showPreferences();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QDockWidget* addDock(QWidget* content, const QString& title, const QString& name,
                         Qt::DockWidgetArea area);
    void createDocks();
    void updateProblems();
    void createActions();
    void createMenus();
    void createToolBar();
    void onCaseReplaced();
    void onCaseEdited();
    void updateTitle();
    void reportError(const QString& title, const QString& message);
    void updateCaseSummary();

    FeederDocument* document_;
    FeederEditor* editor_;
    FeederScene* scene_;
    FeederView* view_;
    JobRunner* runner_;
    JobStatusWidget* job_status_;
    PowerFlowStudy* study_;
    PowerFlowPresenter* presenter_;
    CarbonController* carbon_;
    QLabel* case_summary_;
    QTabWidget* tabs_;
    RegionController* region_ = nullptr;
    FileActions* files_;
    ProblemsPanel* problems_ = nullptr;
    PropertyEditor* properties_ = nullptr;
    LogPanel* log_ = nullptr;
    CanvasTools* tools_ = nullptr;
    DevicePalette* palette_ = nullptr;
    CapacitorLayerFilter* layer_filter_ = nullptr;
    QList<QAction*> panel_actions_;

    QAction* quit_action_ = nullptr;
    QAction* zoom_in_action_ = nullptr;
    QAction* zoom_out_action_ = nullptr;
    QAction* fit_action_ = nullptr;
    QAction* show_values_action_ = nullptr;
    QAction* run_pf_action_ = nullptr;
    QAction* undo_action_ = nullptr;
    QAction* redo_action_ = nullptr;
    QAction* preferences_action_ = nullptr;
    QAction* about_action_ = nullptr;

    bool interactive_ = true;
    QString last_error_;
};

} // namespace gridcarbon::gui
