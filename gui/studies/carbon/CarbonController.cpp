#include "gui/studies/carbon/CarbonController.h"

#include "gui/editor/BusItem.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederEditor.h"
#include "gui/editor/FeederScene.h"
#include "gui/studies/StudyPeriod.h"
#include "gui/studies/StudyScreenshot.h"
#include "gui/studies/carbon/CarbonDayCharts.h"
#include "gui/studies/carbon/CarbonFlowStudy.h"
#include "gui/studies/carbon/CarbonIntensitiesDialog.h"
#include "gui/studies/carbon/CarbonIntensityChart.h"
#include "gui/studies/carbon/CarbonPanel.h"
#include "gui/studies/carbon/CarbonPresenter.h"
#include "gui/style/CarbonColorMap.h"
#include "model/CarbonDefaults.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QSlider>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

#include <exception>

namespace gridcarbon::gui {

using gridcarbon::carbon::CefMethod;

namespace {

// The carbon view with the dock's day charts in front.
const QString kDayView = QStringLiteral("carbon-day");

} // namespace

CarbonController::CarbonController(const StudyContext& context)
    : StudyController(context), study_(new CarbonFlowStudy(context.document, context.runner, this)),
      presenter_(new CarbonPresenter(study_, context.scene, this)) {
    createActions();
    createDock();

    connect(presenter_, &CarbonPresenter::status, this, &CarbonController::status);
    connect(presenter_, &CarbonPresenter::problem, this, &CarbonController::problem);
    connect(presenter_, &CarbonPresenter::periodShown, this,
            [this](const gridcarbon::carbon::CarbonFlowResult& period) {
                panel_->showPeriod(period, tr("Nodal carbon intensity — %1")
                                               .arg(CarbonPresenter::periodName(
                                                   *study_->result(), presenter_->hour())));
            });
    connect(presenter_, &CarbonPresenter::periodCleared, this, [this] {
        panel_->clear(this->context().scene->overlay(CarbonPresenter::kOverlay)->legend.note);
    });
    connect(context.scene, &FeederScene::shownOverlayChanged, this,
            &CarbonController::overlayShown);
    connect(study_, &CarbonFlowStudy::started, this, [this] {
        panel_->setSummary(tr("Running the carbon emission flow…"));
        panel_->day()->clear(tr("running…"));
    });
    connect(study_, &CarbonFlowStudy::finished, this,
            [this](const gridcarbon::carbon::CarbonStudyResult& r) {
                panel_->setSummary(CarbonPresenter::studySummary(r));
                panel_->day()->setResult(r);
                panel_->day()->setCurrent(this->context().period->hour());
                logDiagnostics(tr("Carbon emission flow"), r);
            });
    connect(study_, &CarbonFlowStudy::failed, this, [this](const QString& message) {
        panel_->setSummary(message.toHtmlEscaped());
        panel_->day()->clear(tr("no result"));
    });
    connect(study_, &CarbonFlowStudy::cancelled, this, [this] {
        panel_->setSummary(tr("The carbon emission flow was cancelled."));
        panel_->day()->clear(tr("cancelled"));
    });
    updateEnabled();
}

void CarbonController::createActions() {
    QMainWindow* window = context().window;
    carbon_view_ = new QAction(CarbonColorMap::scale().icon(), tr("&Carbon View"), window);
    carbon_view_->setStatusTip(tr("Colour the buses by nodal carbon intensity and draw the "
                                  "carbon flows of the branches"));
    carbon_view_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    carbon_view_->setCheckable(true);
    carbon_view_->setData(CarbonPresenter::kOverlay);
    // Chosen again while shown (the window shows the overlay otherwise): the dock comes back.
    connect(carbon_view_, &QAction::triggered, this, [this] {
        if (carbonShown())
            overlayShown(CarbonPresenter::kOverlay);
    });

    intensities_ = new QAction(tr("Carbon &Intensities…"), window);
    intensities_->setStatusTip(tr("Set the carbon intensity of every generating unit, with "
                                  "typical values by fuel"));
    connect(intensities_, &QAction::triggered, this, &CarbonController::editIntensities);

    run_ = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start"),
                                        QIcon(QStringLiteral(":/icons/run.svg"))),
                       tr("Run &Carbon Emission Flow"), window);
    run_->setShortcut(QKeySequence(Qt::Key_F6));
    run_->setStatusTip(tr("Trace the carbon emission flow of the case (of every hour of the "
                          "chosen typical day) on a worker thread"));
    connect(run_, &QAction::triggered, this, &CarbonController::run);

    method_menu_ = new QMenu(tr("Carbon Flow &Method"), window);
    method_ac_ = method_menu_->addAction(tr("&AC, with losses"));
    method_ac_->setStatusTip(tr("AC power flows; branch losses emit at their sending bus's "
                                "intensity"));
    method_dc_ = method_menu_->addAction(tr("&DC, lossless"));
    method_dc_->setStatusTip(tr("Lossless DC power flows (Kang et al.)"));
    auto* methods = new QActionGroup(this);
    for (QAction* a : {method_ac_, method_dc_}) {
        a->setCheckable(true);
        methods->addAction(a);
    }
    method_ac_->setChecked(study_->method() == CefMethod::Ac);
    method_dc_->setChecked(study_->method() == CefMethod::Dc);
    connect(methods, &QActionGroup::triggered, this,
            [this](QAction* a) { setMethod(a == method_dc_ ? CefMethod::Dc : CefMethod::Ac); });
}

void CarbonController::createDock() {
    dock_ = new QDockWidget(tr("Carbon Emission Flow"), context().window);
    dock_->setObjectName(QStringLiteral("CarbonDock"));
    panel_ = new CarbonPanel(dock_);
    panel_->addControl(createRunButton(panel_));
    dock_->setWidget(panel_);

    // A whole-day study: another day runs again, another hour redraws.
    StudyPeriod* period = context().period;
    connect(period, &StudyPeriod::dayChosen, this, [this](const QString& day) {
        study_->setDay(day);
        optionsChanged();
    });
    connect(period, &StudyPeriod::hourChosen, presenter_, &CarbonPresenter::setHour);
    connect(panel_, &CarbonPanel::linkActivated, this, [this](const QString& link) {
        if (link == QStringLiteral("intensities"))
            editIntensities();
    });
    // The canvas's selection: highlighted bars, the bus charted over the day.
    connect(context().scene, &QGraphicsScene::selectionChanged, this, [this] {
        QStringList ids;
        for (const auto& ref : this->context().scene->selectedElements())
            if (ref.kind == gridcarbon::ElementKind::Bus)
                ids << QString::fromStdString(ref.id);
        panel_->setSelectedBuses(ids);
    });
    connect(panel_->day(), &CarbonDayCharts::hourClicked, this,
            [this](int hour) { this->context().period->selectHour(hour); });
    connect(period, &StudyPeriod::changed, this,
            [this] { panel_->day()->setCurrent(this->context().period->hour()); });
}

QList<QAction*> CarbonController::studyActions() const {
    return {run_, method_menu_->menuAction(), intensities_};
}

void CarbonController::addToolBarItems(QToolBar* bar) const {
    bar->addWidget(createRunButton(bar));
}

QToolButton* CarbonController::createRunButton(QWidget* parent) const {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(run_);
    button->setMenu(method_menu_);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

bool CarbonController::carbonShown() const {
    return context().scene->shownOverlay() == CarbonPresenter::kOverlay;
}

void CarbonController::overlayShown(const QString& name) {
    if (name != CarbonPresenter::kOverlay)
        return;
    dock_->show();
    if (!study_->result() && !study_->isRunning() && !study_->isQueued())
        runStudy();
}

void CarbonController::setMethod(CefMethod method) {
    (method == CefMethod::Dc ? method_dc_ : method_ac_)->setChecked(true);
    if (method == study_->method())
        return;
    study_->setMethod(method);
    optionsChanged();
}

void CarbonController::run() {
    const bool busy = study_->isRunning() || study_->isQueued();
    // Showing the carbon overlay runs the study when there is no result yet.
    if (carbonShown())
        overlayShown(CarbonPresenter::kOverlay);
    else
        context().scene->showOverlay(CarbonPresenter::kOverlay);
    if (!busy && !study_->isRunning() && !study_->isQueued())
        runStudy();
}

QString CarbonController::noCarbonData() const {
    return tr("Case '%1' has no carbon data: set the units' carbon intensities with Study ▸ "
              "Carbon Intensities…")
        .arg(context().document->displayName());
}

bool CarbonController::runStudy() {
    const gridcarbon::Case& c = context().document->model();
    if (c.generators.empty() || gridcarbon::hasCarbonData(c)) {
        study_->run(); // the engine says what else is wrong
        return true;
    }
    // Nothing to trace: say what is missing and how to add it, without an error box.
    study_->clear();
    presenter_->reset(tr("No carbon data: every unit's carbon intensity is 0"));
    panel_->day()->clear(tr("no carbon data"));
    panel_->setSummary(
        tr("No unit of this case has a carbon intensity (a case imported from MATPOWER has "
           "none), so every bus would show 0. <a href=\"intensities\">Set the carbon "
           "intensities…</a> (Study ▸ Carbon Intensities…)"));
    emit status(noCarbonData());
    return false;
}

CarbonIntensitiesDialog* CarbonController::intensitiesDialog() const {
    return intensities_dialog_.data();
}

void CarbonController::editIntensities() {
    auto* dialog = new CarbonIntensitiesDialog(context().document->model(), context().window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        std::vector<gridcarbon::Element> units;
        for (const gridcarbon::Generator& g : dialog->units())
            units.emplace_back(g);
        context().editor->editAll(units, tr("Set Carbon Intensities"));
        if (carbonShown())
            runStudy();
    });
    intensities_dialog_ = dialog;
    dialog->open();
}

void CarbonController::optionsChanged() {
    if (study_->result() || study_->isRunning() || carbonShown())
        runStudy();
}

void CarbonController::caseReplaced(const gridcarbon::Case& c) {
    caseEdited(c);
    if (carbonShown())
        runStudy();
}

void CarbonController::caseEdited(const gridcarbon::Case&) {
    study_->clear();
    presenter_->reset();
    study_->setDay(context().period->day());
    presenter_->setHour(context().period->hour());
    panel_->setSummary(QString());
    panel_->day()->clear(tr("no result"));
    updateEnabled();
}

void CarbonController::updateEnabled() {
    // Enabled while another study runs too: the run waits for the runner (see EngineStudy).
    run_->setEnabled(!context().document->isEmpty());
}

QStringList CarbonController::screenshotViews() const {
    return {CarbonPresenter::kOverlay, kDayView};
}

QStringList CarbonController::screenshotOptions(const QString&) const {
    return {QStringLiteral("method")};
}

bool CarbonController::showForScreenshot(const QString& view, ScreenshotSession& session) {
    panel_->pages()->setCurrentWidget(view == kDayView ? static_cast<QWidget*>(panel_->day())
                                                       : panel_->chart());
    const ScreenshotRequest& request = session.request();
    CefMethod method = gridcarbon::carbon::CarbonStudyOptions{}.method;
    try {
        if (!request.method.isEmpty())
            method = gridcarbon::carbon::parseCefMethod(request.method.toStdString());
    } catch (const std::exception& e) {
        return session.fail(2, QString::fromUtf8(e.what()));
    }
    setMethod(method);
    const QString error_before = session.lastError();
    run();
    if (!session.waitFor(study_, tr("the carbon emission flow did not finish within %1 s")))
        return false;
    const auto& result = study_->result();
    if (!result && !gridcarbon::hasCarbonData(context().document->model()))
        session.noteProblem(noCarbonData());
    else if (!result)
        session.noteProblem(session.lastError() != error_before
                                ? session.lastError()
                                : tr("the carbon emission flow was cancelled"));
    else if (const auto why = CarbonPresenter::unsolvedReason(*result, presenter_->hour()))
        session.noteProblem(*why); // the picture shows the hour without colours
    return true;
}

} // namespace gridcarbon::gui
