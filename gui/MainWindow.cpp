#include "gui/MainWindow.h"

#include "gui/RecentFiles.h"
#include "gui/Resources.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederScene.h"
#include "gui/studies/CarbonController.h"
#include "gui/studies/JobRunner.h"
#include "gui/studies/JobStatusWidget.h"
#include "gui/studies/PowerFlowPresenter.h"
#include "gui/studies/PowerFlowStudy.h"
#include "gui/views/FeederView.h"
#include "gui/vtk/RegionDemoTab.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace gridcarbon::gui {

namespace {

QIcon icon(const QString& theme_name, const QString& resource) {
    return QIcon::fromTheme(theme_name, QIcon(QStringLiteral(":/icons/%1.svg").arg(resource)));
}

constexpr int kStatusTimeoutMs = 0; // messages stay until the next one

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new FeederDocument(this)), scene_(new FeederScene(this)),
      view_(new FeederView(this)), runner_(new JobRunner(this)),
      job_status_(new JobStatusWidget(runner_, this)),
      study_(new PowerFlowStudy(document_, runner_, this)),
      presenter_(new PowerFlowPresenter(study_, scene_, view_->voltageLegend(), this)),
      carbon_(new CarbonController(document_, scene_, view_, runner_, this)),
      case_summary_(new QLabel(this)), tabs_(new QTabWidget(this)),
      region_demo_(new RegionDemoTab(tabs_)) {
    initResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/gridcarbon.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    view_->setScene(scene_);
    view_->setPlaceholderText(
        tr("Open a case with File ▸ Open… (a GridCarbon .json case or a MATPOWER .m file)."));
    tabs_->setDocumentMode(true);
    tabs_->addTab(view_, tr("Feeder"));
    tabs_->addTab(region_demo_, tr("3-D view (demo)"));
    setCentralWidget(tabs_);

    statusBar()->addPermanentWidget(job_status_);
    statusBar()->addPermanentWidget(case_summary_);

    createActions();
    createMenus();
    createToolBar();

    connect(document_, &FeederDocument::caseReplaced, this, &MainWindow::onCaseReplaced);
    connect(scene_, &FeederScene::drawingChanged, view_, &FeederView::refit);
    connect(presenter_, &PowerFlowPresenter::status, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusTimeoutMs); });
    connect(presenter_, &PowerFlowPresenter::problem, this, &MainWindow::reportError);
    connect(carbon_, &CarbonController::status, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusTimeoutMs); });
    connect(carbon_, &CarbonController::problem, this, &MainWindow::reportError);
    connect(region_demo_, &RegionDemoTab::status, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusTimeoutMs); });
    connect(region_demo_, &RegionDemoTab::problem, this, &MainWindow::reportError);
    connect(runner_, &JobRunner::started, this, [this] { run_pf_action_->setEnabled(false); });
    connect(runner_, &JobRunner::idle, this,
            [this] { run_pf_action_->setEnabled(!document_->isEmpty()); });

    setWindowTitle(tr("GridCarbon"));
    updateCaseSummary();
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 800);
}

MainWindow::~MainWindow() {
    // Stop a running engine before the objects it reports to go away.
    runner_->cancel();
}

void MainWindow::createActions() {
    open_action_ = new QAction(icon(QStringLiteral("document-open"), QStringLiteral("open")),
                               tr("&Open…"), this);
    open_action_->setShortcut(QKeySequence::Open);
    open_action_->setStatusTip(tr("Open a GridCarbon case or a MATPOWER file"));
    connect(open_action_, &QAction::triggered, this, &MainWindow::showOpenDialog);

    quit_action_ = new QAction(icon(QStringLiteral("application-exit"), QStringLiteral("quit")),
                               tr("&Quit"), this);
    quit_action_->setShortcut(QKeySequence::Quit);
    quit_action_->setMenuRole(QAction::QuitRole);
    connect(quit_action_, &QAction::triggered, this, &QWidget::close);

    zoom_in_action_ = new QAction(icon(QStringLiteral("zoom-in"), QStringLiteral("zoom-in")),
                                  tr("Zoom &In"), this);
    zoom_in_action_->setShortcut(QKeySequence::ZoomIn);
    connect(zoom_in_action_, &QAction::triggered, view_, &FeederView::zoomIn);

    zoom_out_action_ = new QAction(icon(QStringLiteral("zoom-out"), QStringLiteral("zoom-out")),
                                   tr("Zoom &Out"), this);
    zoom_out_action_->setShortcut(QKeySequence::ZoomOut);
    connect(zoom_out_action_, &QAction::triggered, view_, &FeederView::zoomOut);

    fit_action_ = new QAction(icon(QStringLiteral("zoom-fit-best"), QStringLiteral("zoom-fit")),
                              tr("&Fit to Window"), this);
    fit_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit_action_, &QAction::triggered, view_, &FeederView::fitDrawing);

    show_values_action_ = new QAction(tr("Show Bus &Values"), this);
    show_values_action_->setCheckable(true);
    show_values_action_->setChecked(scene_->showsValues());
    show_values_action_->setStatusTip(
        tr("Print the voltage magnitude or carbon intensity under each bus id"));
    connect(show_values_action_, &QAction::toggled, scene_, &FeederScene::setShowValues);

    run_pf_action_ =
        new QAction(icon(QStringLiteral("media-playback-start"), QStringLiteral("run")),
                    tr("Run &Power Flow"), this);
    run_pf_action_->setShortcut(QKeySequence(Qt::Key_F5));
    run_pf_action_->setStatusTip(tr("Solve the AC power flow of the case on a worker thread"));
    run_pf_action_->setEnabled(false);
    connect(run_pf_action_, &QAction::triggered, this, &MainWindow::runPowerFlow);

    about_action_ = new QAction(icon(QStringLiteral("help-about"), QStringLiteral("gridcarbon")),
                                tr("&About GridCarbon"), this);
    about_action_->setMenuRole(QAction::AboutRole);
    connect(about_action_, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(open_action_);
    QMenu* recent_menu = file->addMenu(tr("Open &Recent"));
    recent_ = new RecentFiles(recent_menu, this);
    connect(recent_, &RecentFiles::openRequested, this, &MainWindow::openCase);
    file->addSeparator();
    file->addAction(quit_action_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(zoom_in_action_);
    view->addAction(zoom_out_action_);
    view->addAction(fit_action_);
    view->addSeparator();
    view->addAction(carbon_->voltageViewAction());
    view->addAction(carbon_->carbonViewAction());
    view->addAction(show_values_action_);
    view->addSeparator();
    view->addAction(carbon_->dock()->toggleViewAction());

    QMenu* study = menuBar()->addMenu(tr("&Study"));
    study->addAction(run_pf_action_);
    study->addSeparator();
    study->addAction(carbon_->runAction());
    study->addMenu(carbon_->methodMenu());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about_action_);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open_action_);
    bar->addSeparator();
    bar->addAction(run_pf_action_);
    bar->addWidget(carbon_->createRunButton(bar));
    bar->addSeparator();
    bar->addAction(carbon_->voltageViewAction());
    bar->addAction(carbon_->carbonViewAction());
    bar->addSeparator();
    bar->addAction(zoom_in_action_);
    bar->addAction(zoom_out_action_);
    bar->addAction(fit_action_);
}

bool MainWindow::openCase(const QString& path) {
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    if (const auto error = document_->open(path)) {
        if (interactive_ && recent_ && !QFileInfo::exists(path))
            recent_->remove(path);
        reportError(tr("Open case"), *error);
        return false;
    }
    last_dir_ = QFileInfo(path).absolutePath();
    if (interactive_ && recent_) // screenshots and tests leave the user's list alone
        recent_->add(path);
    return true;
}

void MainWindow::onCaseReplaced() {
    study_->clear();
    scene_->setCase(document_->model());
    presenter_->reset();
    view_->fitDrawing();
    setWindowTitle(tr("%1 — GridCarbon").arg(document_->displayName()));
    setWindowFilePath(document_->filePath());
    updateCaseSummary();
    run_pf_action_->setEnabled(!runner_->isRunning());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(document_->filePath())));
    study_->run();
    carbon_->caseReplaced(); // after the power flow, which the carbon study waits for
}

void MainWindow::updateCaseSummary() {
    if (document_->isEmpty()) {
        case_summary_->clear();
        case_summary_->hide();
        return;
    }
    const auto& c = document_->model();
    const auto count = [](std::size_t n, const QString& one, const QString& many) {
        return n == 1 ? one : many.arg(n);
    };
    case_summary_->setText(
        QStringList{count(c.buses.size(), tr("1 bus"), tr("%1 buses")),
                    count(c.branches.size(), tr("1 branch"), tr("%1 branches")),
                    count(c.loads.size(), tr("1 load"), tr("%1 loads")),
                    count(c.generators.size() + c.storages.size() + c.capacitors.size(),
                          tr("1 unit"), tr("%1 units"))}
            .join(QStringLiteral(" · ")));
    case_summary_->setToolTip(tr("%1 generating units, %2 storage units, %3 capacitors")
                                  .arg(c.generators.size())
                                  .arg(c.storages.size())
                                  .arg(c.capacitors.size()));
    case_summary_->show();
}

void MainWindow::showOpenDialog() {
    const QString dir = last_dir_.isEmpty() ? QDir::currentPath() : last_dir_;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Case"), dir,
        tr("All cases (*.json *.m);;GridCarbon cases (*.json);;MATPOWER cases (*.m);;All files "
           "(*)"));
    if (!path.isEmpty())
        openCase(path);
}

void MainWindow::runPowerFlow() {
    if (document_->isEmpty()) {
        statusBar()->showMessage(tr("Open a case first."));
        return;
    }
    study_->run();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About GridCarbon"),
        tr("<h3>GridCarbon %1</h3>"
           "<p>A workbench for low-carbon distribution networks: power flow, carbon emission "
           "flow, multi-layer reactive compensation, carbon-market trading, low-carbon dispatch, "
           "planning and committed-carbon-emission operating regions.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::reportError(const QString& title, const QString& message) {
    last_error_ = message;
    statusBar()->showMessage(message, kStatusTimeoutMs);
    emit errorReported(message);
    if (interactive_)
        QMessageBox::warning(this, title, message);
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    last_dir_ = settings.value(QStringLiteral("mainWindow/lastDir")).toString();
}

void MainWindow::saveWindowState() const {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/lastDir"), last_dir_);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (interactive_)
        saveWindowState();
    runner_->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace gridcarbon::gui
