#pragma once
// GridCarbon's main window. It owns the document and composes small parts: the feeder canvas
// (FeederScene in a FeederView, with its legends), the job runner with its status-bar widget,
// the power-flow study and its presenter, the carbon feature (CarbonController: study, view
// toggle, dock), the recent-files menu, and the 3-D demo tab beside the feeder tab. The window
// itself only wires them together and turns problems into status messages and (when interactive)
// message boxes.
#include <QMainWindow>
#include <QString>

class QAction;
class QLabel;
class QTabWidget;

namespace gridcarbon::gui {

class CarbonController;
class FeederDocument;
class FeederScene;
class FeederView;
class JobRunner;
class JobStatusWidget;
class PowerFlowPresenter;
class PowerFlowStudy;
class RecentFiles;
class RegionDemoTab;

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
    void setInteractive(bool interactive) { interactive_ = interactive; }
    bool isInteractive() const { return interactive_; }

    // Window geometry in QSettings.
    void restoreWindowState();
    void saveWindowState() const;

    FeederDocument* document() const { return document_; }
    FeederScene* scene() const { return scene_; }
    FeederView* view() const { return view_; }
    JobRunner* jobRunner() const { return runner_; }
    PowerFlowStudy* powerFlow() const { return study_; }
    CarbonController* carbon() const { return carbon_; }
    // The central tabs: the feeder canvas (the default) and the 3-D view demo.
    QTabWidget* tabs() const { return tabs_; }
    RegionDemoTab* regionDemo() const { return region_demo_; }
    QString lastError() const { return last_error_; }

signals:
    void errorReported(const QString& message);

public slots:
    void showOpenDialog();
    void runPowerFlow();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void onCaseReplaced();
    void reportError(const QString& title, const QString& message);
    void updateCaseSummary();

    FeederDocument* document_;
    FeederScene* scene_;
    FeederView* view_;
    JobRunner* runner_;
    JobStatusWidget* job_status_;
    PowerFlowStudy* study_;
    PowerFlowPresenter* presenter_;
    CarbonController* carbon_;
    RecentFiles* recent_ = nullptr;
    QLabel* case_summary_;
    QTabWidget* tabs_;
    RegionDemoTab* region_demo_;

    QAction* open_action_ = nullptr;
    QAction* quit_action_ = nullptr;
    QAction* zoom_in_action_ = nullptr;
    QAction* zoom_out_action_ = nullptr;
    QAction* fit_action_ = nullptr;
    QAction* show_values_action_ = nullptr;
    QAction* run_pf_action_ = nullptr;
    QAction* about_action_ = nullptr;

    bool interactive_ = true;
    QString last_error_;
    QString last_dir_;
};

} // namespace gridcarbon::gui
