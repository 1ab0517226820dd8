#include "gui/MainWindow.h"

#include "gui/Resources.h"
#include "gui/editor/CanvasTools.h"
#include "gui/editor/CapacitorLayerFilter.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederEditor.h"
#include "gui/editor/FeederScene.h"
#include "gui/editor/FeederView.h"
#include "gui/editor/tools/CanvasTool.h"
#include "gui/overlay/ScalarLegend.h"
#include "gui/panels/DevicePalette.h"
#include "gui/panels/LineTypesDialog.h"
#include "gui/panels/LogPanel.h"
#include "gui/panels/ProblemsPanel.h"
#include "gui/panels/ProfilesDialog.h"
#include "gui/panels/PropertyEditor.h"
#include "gui/panels/ResultsPanel.h"
#include "gui/shell/Autosave.h"
#include "gui/shell/ElidingStatusBar.h"
#include "gui/shell/FileActions.h"
#include "gui/shell/HelpDialogs.h"
#include "gui/shell/Preferences.h"
#include "gui/shell/PreferencesDialog.h"
#include "gui/studies/JobRunner.h"
#include "gui/studies/JobStatusWidget.h"
#include "gui/studies/PeriodSelector.h"
#include "gui/studies/StudyPeriod.h"
#include "gui/studies/carbon/CarbonController.h"
#include "gui/studies/powerflow/PowerFlowController.h"
#include "gui/studies/region/RegionController.h"
#include "topology/NetworkProblems.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace gridcarbon::gui {

namespace {

constexpr int kStatusTimeoutMs = 0; // messages stay until the next one

// A menu text without its mnemonic, in either convention ("&Open…" or "打开(&O)…"), and
// without the trailing ellipsis.
QString toolbarText(QString text) {
    text.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)")));
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new FeederDocument(this)),
      editor_(new FeederEditor(document_, this)), scene_(new FeederScene(this)),
      view_(new FeederView(this)), runner_(new JobRunner(this)),
      job_status_(new JobStatusWidget(runner_, this)), case_summary_(new QLabel(this)),
      tabs_(new QTabWidget(this)), files_(new FileActions(this, document_, scene_, this)),
      period_(new StudyPeriod(this)) {
    initResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/gridcarbon.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    view_->setScene(scene_);
    // The preferences are read at every gesture: the dialog may have changed them (QSettings
    // caches, so this is cheap).
    tools_ = new CanvasTools(
        view_, scene_, editor_,
        [] {
            const Preferences prefs = Preferences::load();
            return prefs.snap_to_grid ? prefs.grid_size : 0.0;
        },
        this);
    layer_filter_ = new CapacitorLayerFilter(scene_, this);
    view_->setPlaceholderText(
        tr("Open a case with File ▸ Open… (a GridCarbon .json case or a MATPOWER .m file), or "
           "start drawing: add buses with the bus tool and drop devices from the palette."));
    tabs_->setDocumentMode(true);
    tabs_->addTab(view_, tr("Feeder"));
    registerStudies();
    setCentralWidget(tabs_);

    setStatusBar(new ElidingStatusBar(this));
    statusBar()->addPermanentWidget(job_status_);
    statusBar()->addPermanentWidget(case_summary_);

    createDocks();
    createActions();
    createMenus();
    createToolBar();

    connect(document_, &FeederDocument::caseReplaced, this, &MainWindow::onCaseReplaced);
    // Editing never refits the view: before the redraw that follows every edit.
    connect(document_, &FeederDocument::caseEdited, view_, &FeederView::stopAutoFit);
    connect(document_, &FeederDocument::busesMoved, view_, &FeederView::stopAutoFit);
    connect(document_, &FeederDocument::caseEdited, this, &MainWindow::onCaseEdited);
    connect(document_, &FeederDocument::busesMoved, this,
            [this] { scene_->updateCase(document_->model()); });
    connect(document_, &FeederDocument::titleChanged, this, &MainWindow::updateTitle);
    connect(problems_, &ProblemsPanel::problemActivated, this, &MainWindow::selectElement);
    connect(files_, &FileActions::status, this, [this](const QString& text) { showStatus(text); });
    connect(files_, &FileActions::problem, this, &MainWindow::reportError);
    connect(editor_, &FeederEditor::refused, this,
            [this](const QString& reason) { showStatus(reason); });
    connect(scene_, &FeederScene::drawingChanged, view_, &FeederView::refit);
    for (const auto& study : studies_) {
        connect(study.get(), &StudyController::status, this,
                [this](const QString& text) { showStatus(text); });
        connect(study.get(), &StudyController::problem, this, &MainWindow::reportError);
        connect(study.get(), &StudyController::diagnostic, log_,
                [this](const QString& line, gridcarbon::Diagnostic::Severity severity) {
                    log_->append(line, severity == gridcarbon::Diagnostic::Severity::Error
                                           ? LogPanel::Level::Error
                                           : LogPanel::Level::Warning);
                });
    }

    updateTitle();
    updateCaseSummary();
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 800);
}

MainWindow::~MainWindow() {
    // Stop a running engine before the objects it reports to go away.
    runner_->cancel();
    // The scene dies before the docks: deleting its selected items must not reach the
    // property editor and the tools through selectionChanged while the window is half gone.
    scene_->blockSignals(true);
    // The studies go first (their docks, tabs and actions are the window's).
    studies_.clear();
}

void MainWindow::registerStudies() {
    // Every study of the window, one line each, in the order of their menu entries, toolbar
    // buttons and overlays. The power flow comes first: it runs by itself on every case, the
    // carbon study waits for it, and its voltage overlay is the one shown at the start.
    registerStudy(std::make_unique<PowerFlowController>(studyContext()));
    registerStudy(std::make_unique<CarbonController>(studyContext()));
    registerStudy(std::make_unique<RegionController>(studyContext()));
}

StudyContext MainWindow::studyContext() {
    return {this, document_, runner_, scene_, tabs_, period_, editor_};
}

void MainWindow::registerStudy(std::unique_ptr<StudyController> study) {
    if (QDockWidget* dock = study->dock()) {
        addDockWidget(study->dockArea(), dock);
        dock->hide();
    }
    if (QWidget* tab = study->tab())
        tabs_->addTab(tab, tab->windowTitle());
    if (QAction* overlay = study->overlayAction()) {
        if (!overlays_) {
            overlays_ = new QActionGroup(this);
            // The scene says which overlay is shown; the actions follow it.
            connect(scene_, &FeederScene::shownOverlayChanged, this, [this](const QString& name) {
                for (QAction* a : overlays_->actions())
                    if (a->data().toString() == name)
                        a->setChecked(true);
            });
        }
        overlays_->addAction(overlay);
        overlay->setChecked(overlay->data().toString() == scene_->shownOverlay());
        connect(overlay, &QAction::triggered, this,
                [this, overlay] { scene_->showOverlay(overlay->data().toString()); });
    }
    studies_.push_back(std::move(study));
}

QDockWidget* MainWindow::addDock(QWidget* content, const QString& title, const QString& name,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name); // saveState() keys docks by object name
    dock->setWidget(content);
    addDockWidget(area, dock);
    panel_actions_.append(dock->toggleViewAction());
    return dock;
}

void MainWindow::createDocks() {
    palette_ = new DevicePalette(this);
    addDock(palette_, tr("Devices"), QStringLiteral("PaletteDock"), Qt::LeftDockWidgetArea);
    connect(palette_, &DevicePalette::deviceActivated, tools_,
            &CanvasTools::addDeviceToSelectedBus);
    connect(tools_, &CanvasTools::status, this, [this](const QString& text) { showStatus(text); });
    properties_ = new PropertyEditor(this);
    properties_->setCase(&document_->model());
    addDock(properties_, tr("Properties"), QStringLiteral("PropertiesDock"),
            Qt::RightDockWidgetArea);
    connect(scene_, &QGraphicsScene::selectionChanged, properties_,
            [this] { properties_->showSelection(scene_->selectedElements()); });
    connect(properties_, &PropertyEditor::editRequested, editor_, &FeederEditor::edit);
    files_->setBeforeDocumentChange([this] { properties_->finishPendingEdit(); });
    files_->setLegendSource([this]() -> QWidget* { return view_->legend(); });
    connect(properties_, &PropertyEditor::editRefused, this, [this](const QString& message) {
        statusBar()->showMessage(message, kStatusTimeoutMs);
        log_->error(message);
    });

    problems_ = new ProblemsPanel(this);
    log_ = new LogPanel(this);
    QDockWidget* problems = addDock(problems_, tr("Problems"), QStringLiteral("ProblemsDock"),
                                    Qt::BottomDockWidgetArea);
    QDockWidget* log =
        addDock(log_, tr("Log"), QStringLiteral("LogDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(problems, log);
    results_ = new ResultsPanel(scene_, this);
    QDockWidget* results =
        addDock(results_, tr("Results"), QStringLiteral("ResultsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(problems, results);
    connect(results_, &ResultsPanel::elementsSelected, this,
            [this](const std::vector<gridcarbon::ElementRef>& refs) {
                scene_->selectElements(refs);
                if (QGraphicsItem* item = scene_->itemOf(refs.front()))
                    view_->ensureVisible(item);
            });
    connect(results_, &ResultsPanel::status, this, &MainWindow::showStatus);
    connect(results_, &ResultsPanel::problem, this, &MainWindow::reportError);
    // The results in front; the problems come forward when the case has some (updateProblems).
    results->raise();

    // The canvas gets the room; a saved window state (restoreWindowState) overrides these.
    QDockWidget* palette = qobject_cast<QDockWidget*>(palette_->parentWidget());
    QDockWidget* properties = qobject_cast<QDockWidget*>(properties_->parentWidget());
    // The studies' docks on the right share their place with the properties.
    for (const auto& study : studies_)
        if (study->dock() && study->dockArea() == Qt::RightDockWidgetArea)
            tabifyDockWidget(properties, study->dock());
    properties->raise();
    resizeDocks({palette, properties}, {250, 300}, Qt::Horizontal);
    resizeDocks({problems}, {220}, Qt::Vertical);
}

void MainWindow::updateProblems() {
    const int before = problems_->count();
    problems_->setProblems(gridcarbon::findNetworkProblems(document_->model()));
    if (problems_->count() > before)
        qobject_cast<QDockWidget*>(problems_->parentWidget())->raise();
}

void MainWindow::selectElement(const gridcarbon::ElementRef& ref) {
    tabs_->setCurrentWidget(view_);
    scene_->selectElements({ref});
    if (QGraphicsItem* item = scene_->itemOf(ref))
        view_->ensureVisible(item);
}

void MainWindow::createActions() {
    quit_action_ = new QAction(
        themedIcon(QStringLiteral("application-exit"), QStringLiteral("quit")), tr("&Quit"), this);
    quit_action_->setShortcut(QKeySequence::Quit);
    quit_action_->setMenuRole(QAction::QuitRole);
    connect(quit_action_, &QAction::triggered, this, &QWidget::close);

    zoom_in_action_ = new QAction(themedIcon(QStringLiteral("zoom-in"), QStringLiteral("zoom-in")),
                                  tr("Zoom &In"), this);
    zoom_in_action_->setShortcut(QKeySequence::ZoomIn);
    connect(zoom_in_action_, &QAction::triggered, view_, &FeederView::zoomIn);

    zoom_out_action_ = new QAction(
        themedIcon(QStringLiteral("zoom-out"), QStringLiteral("zoom-out")), tr("Zoom &Out"), this);
    zoom_out_action_->setShortcut(QKeySequence::ZoomOut);
    connect(zoom_out_action_, &QAction::triggered, view_, &FeederView::zoomOut);

    fit_action_ =
        new QAction(themedIcon(QStringLiteral("zoom-fit-best"), QStringLiteral("zoom-fit")),
                    tr("&Fit to Window"), this);
    fit_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit_action_, &QAction::triggered, view_, &FeederView::fitDrawing);

    show_values_action_ = new QAction(tr("Show Bus &Values"), this);
    show_values_action_->setCheckable(true);
    show_values_action_->setChecked(scene_->showsValues());
    show_values_action_->setStatusTip(
        tr("Print the voltage magnitude or carbon intensity under each bus id"));
    connect(show_values_action_, &QAction::toggled, scene_, &FeederScene::setShowValues);

    undo_action_ = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo_action_->setIcon(themedIcon(QStringLiteral("edit-undo"), QStringLiteral("undo")));
    undo_action_->setShortcut(QKeySequence::Undo);
    redo_action_ = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo_action_->setIcon(themedIcon(QStringLiteral("edit-redo"), QStringLiteral("redo")));
    redo_action_->setShortcut(QKeySequence::Redo);

    profiles_action_ = new QAction(tr("&Profiles…"), this);
    profiles_action_->setStatusTip(tr("See and edit the case's profiles as charts and tables; "
                                      "import a time series from CSV"));
    connect(profiles_action_, &QAction::triggered, this, &MainWindow::editProfiles);

    line_types_action_ = new QAction(tr("&Line Types…"), this);
    line_types_action_->setStatusTip(
        tr("Conductor and cable types (Ω, nF and A per km) that give a branch its per-unit "
           "values from its length"));
    connect(line_types_action_, &QAction::triggered, this, &MainWindow::editLineTypes);

    preferences_action_ = new QAction(tr("&Preferences…"), this);
    preferences_action_->setShortcut(QKeySequence::Preferences);
    preferences_action_->setMenuRole(QAction::PreferencesRole);
    connect(preferences_action_, &QAction::triggered, this, &MainWindow::showPreferences);

    guide_action_ =
        new QAction(themedIcon(QStringLiteral("help-contents"), QStringLiteral("gridcarbon")),
                    tr("User &Guide"), this);
    guide_action_->setShortcut(QKeySequence::HelpContents);
    guide_action_->setStatusTip(tr("What each study computes, its inputs and outputs, the region "
                                   "indices, the command line"));
    connect(guide_action_, &QAction::triggered, this, [this] {
        auto* guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    shortcuts_action_ = new QAction(tr("&Keyboard Shortcuts"), this);
    connect(shortcuts_action_, &QAction::triggered, this, [this] {
        auto* list = new ShortcutsDialog(this);
        list->setAttribute(Qt::WA_DeleteOnClose);
        list->show();
    });

    about_action_ =
        new QAction(themedIcon(QStringLiteral("help-about"), QStringLiteral("gridcarbon")),
                    tr("&About GridCarbon"), this);
    about_action_->setMenuRole(QAction::AboutRole);
    connect(about_action_, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(files_->newAction());
    file->addAction(files_->openAction());
    files_->attachRecentMenu(file->addMenu(tr("Open &Recent")));
    file->addSeparator();
    file->addAction(files_->saveAction());
    file->addAction(files_->saveAsAction());
    file->addSeparator();
    file->addAction(files_->exportAction());
    file->addSeparator();
    file->addAction(quit_action_);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo_action_);
    edit->addAction(redo_action_);
    tools_->populateEditMenu(edit);
    edit->addAction(profiles_action_);
    edit->addAction(line_types_action_);
    edit->addSeparator();
    edit->addAction(preferences_action_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(zoom_in_action_);
    view->addAction(zoom_out_action_);
    view->addAction(fit_action_);
    view->addSeparator();
    if (overlays_)
        view->addActions(overlays_->actions());
    view->addAction(show_values_action_);
    layer_filter_->addMenuTo(view);
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    panels->addActions(panel_actions_);
    for (const auto& s : studies_)
        if (s->dock())
            panels->addAction(s->dock()->toggleViewAction());

    QMenu* study = menuBar()->addMenu(tr("&Study"));
    for (const auto& s : studies_) {
        const QList<QAction*> actions = s->studyActions();
        if (actions.isEmpty())
            continue;
        if (!study->isEmpty())
            study->addSeparator();
        study->addActions(actions);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(guide_action_);
    help->addAction(shortcuts_action_);
    help->addSeparator();
    help->addAction(about_action_);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(files_->newAction());
    bar->addAction(files_->openAction());
    bar->addAction(files_->saveAction());
    bar->addSeparator();
    bar->addAction(undo_action_);
    bar->addAction(redo_action_);
    bar->addSeparator();
    for (const auto& s : studies_)
        s->addToolBarItems(bar);
    bar->addSeparator();
    if (overlays_)
        bar->addActions(overlays_->actions());
    bar->addSeparator();
    bar->addAction(zoom_in_action_);
    bar->addAction(zoom_out_action_);
    bar->addAction(fit_action_);

    // The period every study shows, always in sight.
    QToolBar* period = addToolBar(tr("Period"));
    period->setObjectName(QStringLiteral("PeriodToolBar"));
    period->setMovable(false);
    period_selector_ = new PeriodSelector(period_, period);
    period->addWidget(period_selector_);

    // The editing tools stand apart, along the canvas's left edge, as in drawing programs.
    QToolBar* tools = new QToolBar(tr("Tools"), this);
    tools->setObjectName(QStringLiteral("ToolsToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonIconOnly);
    tools_->populateToolBar(tools);
    addToolBar(Qt::LeftToolBarArea, tools);

    // Translations mark menu mnemonics as "打开(&O)…"; Qt strips only the "&" from toolbar
    // text, which would leave "打开(O)…" on the buttons.
    for (QAction* a : bar->actions())
        if (!a->isSeparator())
            a->setIconText(toolbarText(a->text()));
}

bool MainWindow::openCase(const QString& path) {
    return files_->openCase(path);
}

void MainWindow::setInteractive(bool interactive) {
    interactive_ = interactive;
    files_->setInteractive(interactive);
}

void MainWindow::onCaseReplaced() {
    // A drag or a rubber line of the old drawing must not act on the new one.
    if (tools_->currentTool())
        tools_->currentTool()->cancel();
    scene_->setCase(document_->model());
    properties_->showSelection({});
    view_->fitDrawing();
    updateCaseSummary();
    updateProblems();
    period_->setCase(document_->model(), true);
    if (!document_->sourcePath().isEmpty())
        showStatus(tr("Opened %1").arg(QDir::toNativeSeparators(document_->sourcePath())));
    for (const auto& study : studies_)
        study->caseReplaced(document_->model());
}

void MainWindow::onCaseEdited() {
    period_->setCase(document_->model(), false);
    // Every result describes the case before the edit.
    for (const auto& study : studies_)
        study->caseEdited(document_->model());
    scene_->updateCase(document_->model());
    properties_->refresh();
    updateCaseSummary();
    updateProblems();
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1[*] — GridCarbon").arg(document_->displayName()));
    setWindowFilePath(document_->filePath());
    setWindowModified(document_->isModified());
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

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Autosave follows at once; snapping is read by the tools at each drag; the language at
    // the next start (the dialog says so).
    files_->autosave()->setIntervalMinutes(Preferences::load().autosave_minutes);
}

ProfilesDialog* MainWindow::editProfiles() {
    auto* dialog = new ProfilesDialog(document_->model(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { editor_->replaceProfiles(dialog->profiles(), tr("Edit Profiles")); });
    dialog->open();
    return dialog;
}

LineTypesDialog* MainWindow::editLineTypes() {
    auto* dialog = new LineTypesDialog(document_->model(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        editor_->replaceLineTypes(dialog->lineTypes(), dialog->renamed(), tr("Edit Line Types"));
    });
    dialog->open();
    return dialog;
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

void MainWindow::showStatus(const QString& text) {
    // The Log keeps what the program said; hover hints (status tips) only pass through the bar.
    statusBar()->showMessage(text, kStatusTimeoutMs);
    log_->info(text);
}

void MainWindow::reportError(const QString& title, const QString& message) {
    last_error_ = message;
    log_->error(message);
    statusBar()->showMessage(message, kStatusTimeoutMs);
    emit errorReported(message);
    if (interactive_)
        QMessageBox::warning(this, title, message);
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::saveWindowState() const {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!files_->maybeSave()) {
        event->ignore();
        return;
    }
    files_->sessionEnded();
    if (interactive_)
        saveWindowState();
    runner_->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace gridcarbon::gui
