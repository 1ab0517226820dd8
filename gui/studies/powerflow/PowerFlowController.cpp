#include "gui/studies/powerflow/PowerFlowController.h"

#include "gui/Resources.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederScene.h"
#include "gui/studies/JobRunner.h"
#include "gui/studies/StudyPeriod.h"
#include "gui/studies/StudyScreenshot.h"
#include "gui/studies/powerflow/PowerFlowPresenter.h"
#include "gui/studies/powerflow/PowerFlowStudy.h"
#include "gui/style/VoltageColorMap.h"

#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QToolBar>

namespace gridcarbon::gui {

PowerFlowController::PowerFlowController(const StudyContext& context)
    : StudyController(context), study_(new PowerFlowStudy(context.document, context.runner, this)),
      presenter_(new PowerFlowPresenter(study_, context.scene, this)) {
    QMainWindow* window = context.window;
    run_ = new QAction(themedIcon(QStringLiteral("media-playback-start"), QStringLiteral("run")),
                       tr("Run &Power Flow"), window);
    run_->setShortcut(QKeySequence(Qt::Key_F5));
    run_->setStatusTip(tr("Solve the AC power flow of the case on a worker thread"));
    run_->setEnabled(false);
    connect(run_, &QAction::triggered, this, &PowerFlowController::run);

    voltage_view_ = new QAction(VoltageColorMap::scale().icon(), tr("&Voltage View"), window);
    voltage_view_->setStatusTip(tr("Colour the buses by voltage magnitude"));
    voltage_view_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    voltage_view_->setCheckable(true);
    voltage_view_->setData(PowerFlowPresenter::kOverlay);

    connect(presenter_, &PowerFlowPresenter::status, this, &PowerFlowController::status);
    connect(presenter_, &PowerFlowPresenter::problem, this, &PowerFlowController::problem);
    connect(study_, &PowerFlowStudy::finished, this,
            [this](const gridcarbon::PowerFlowResult& r) { logDiagnostics(tr("Power flow"), r); });
    // The voltage view is always of the period shown: another one solves again.
    connect(context.period, &StudyPeriod::dayChosen, this, &PowerFlowController::run);
    connect(context.period, &StudyPeriod::hourChosen, this, &PowerFlowController::run);
    connect(context.runner, &JobRunner::started, this, [this] { run_->setEnabled(false); });
    connect(context.runner, &JobRunner::idle, this,
            [this] { run_->setEnabled(!this->context().document->isEmpty()); });
}

QList<QAction*> PowerFlowController::studyActions() const {
    return {run_};
}

void PowerFlowController::addToolBarItems(QToolBar* bar) const {
    bar->addAction(run_);
}

void PowerFlowController::run() {
    if (context().document->isEmpty()) {
        emit status(tr("Open a case first."));
        return;
    }
    solvePeriod();
}

void PowerFlowController::solvePeriod() {
    const StudyPeriod* period = context().period;
    gridcarbon::PowerFlowOptions options = study_->options();
    options.day = period->day().toStdString();
    options.hour = period->hour();
    study_->setOptions(options);
    presenter_->setPeriodName(period->name());
    study_->run();
}

void PowerFlowController::updateEnabled() {
    run_->setEnabled(!context().runner->isRunning() && !context().document->isEmpty());
}

void PowerFlowController::caseReplaced(const gridcarbon::Case&) {
    study_->clear();
    presenter_->reset();
    updateEnabled();
    if (!context().document->isEmpty())
        solvePeriod();
}

void PowerFlowController::caseEdited(const gridcarbon::Case&) {
    // The result describes the case before the edit.
    study_->clear();
    presenter_->reset();
    updateEnabled();
}

QStringList PowerFlowController::screenshotViews() const {
    return {PowerFlowPresenter::kOverlay};
}

bool PowerFlowController::settleForScreenshot(ScreenshotSession& session) {
    // Every screenshot of a case shows its power flow (the voltage view, and the carbon view's
    // starting point).
    if (!session.waitFor(study_, tr("the power flow did not finish within %1 s")))
        return false;
    const auto& pf = study_->result();
    if (!pf || !pf->converged)
        session.noteProblem(session.lastError().isEmpty() ? tr("the power flow was cancelled")
                                                          : session.lastError());
    return true;
}

bool PowerFlowController::showForScreenshot(const QString&, ScreenshotSession&) {
    context().scene->showOverlay(PowerFlowPresenter::kOverlay);
    return true;
}

} // namespace gridcarbon::gui
