#include "gui/studies/CarbonController.h"

#include "gui/editor/BusItem.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederScene.h"
#include "gui/studies/CarbonFlowStudy.h"
#include "gui/studies/CarbonPresenter.h"
#include "gui/views/CarbonColorMap.h"
#include "gui/views/CarbonPanel.h"
#include "gui/views/CarbonPeriodSelector.h"
#include "gui/views/FeederView.h"
#include "gui/views/ScalarLegend.h"
#include "gui/views/VoltageColorMap.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QSlider>
#include <QToolButton>

namespace gridcarbon::gui {

using gridcarbon::carbon::CefMethod;

CarbonController::CarbonController(FeederDocument* document, FeederScene* scene, FeederView* view,
                                   JobRunner* runner, QMainWindow* window)
    : QObject(window), document_(document), scene_(scene), view_(view),
      study_(new CarbonFlowStudy(document, runner, this)),
      presenter_(new CarbonPresenter(study_, scene, view->carbonLegend(), this)) {
    createActions(window);
    createDock(window);

    connect(presenter_, &CarbonPresenter::status, this, &CarbonController::status);
    connect(presenter_, &CarbonPresenter::problem, this, &CarbonController::problem);
    connect(presenter_, &CarbonPresenter::periodShown, this,
            [this](const gridcarbon::carbon::CarbonFlowResult& period) {
                panel_->showPeriod(period, tr("Nodal carbon intensity — %1")
                                               .arg(CarbonPresenter::periodName(
                                                   *study_->result(), presenter_->hour())));
            });
    connect(presenter_, &CarbonPresenter::periodCleared, this,
            [this] { panel_->clear(view_->carbonLegend()->note()); });
    connect(study_, &CarbonFlowStudy::started, this,
            [this] { panel_->setSummary(tr("Running the carbon emission flow…")); });
    connect(study_, &CarbonFlowStudy::finished, this,
            [this](const gridcarbon::carbon::CarbonStudyResult& r) {
                panel_->setSummary(CarbonPresenter::studySummary(r));
            });
    connect(study_, &CarbonFlowStudy::failed, this,
            [this](const QString& message) { panel_->setSummary(message.toHtmlEscaped()); });
    connect(study_, &CarbonFlowStudy::cancelled, this,
            [this] { panel_->setSummary(tr("The carbon emission flow was cancelled.")); });
    updateEnabled();
}

void CarbonController::createActions(QMainWindow* window) {
    voltage_view_ = new QAction(VoltageColorMap::scale().icon(), tr("&Voltage View"), window);
    voltage_view_->setStatusTip(tr("Colour the buses by voltage magnitude"));
    voltage_view_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    carbon_view_ = new QAction(CarbonColorMap::scale().icon(), tr("&Carbon View"), window);
    carbon_view_->setStatusTip(tr("Colour the buses by nodal carbon intensity and draw the "
                                  "carbon flows of the branches"));
    carbon_view_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    overlay_group_ = new QActionGroup(this);
    for (QAction* a : {voltage_view_, carbon_view_}) {
        a->setCheckable(true);
        overlay_group_->addAction(a);
    }
    voltage_view_->setChecked(true);
    connect(voltage_view_, &QAction::triggered, this, [this] { setOverlay(Overlay::Voltage); });
    connect(carbon_view_, &QAction::triggered, this, [this] { setOverlay(Overlay::Carbon); });

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

void CarbonController::createDock(QMainWindow* window) {
    dock_ = new QDockWidget(tr("Carbon Emission Flow"), window);
    dock_->setObjectName(QStringLiteral("CarbonDock"));
    panel_ = new CarbonPanel(dock_);
    panel_->addControl(createRunButton(panel_));
    dock_->setWidget(panel_);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock_);
    dock_->hide();

    CarbonPeriodSelector* selector = panel_->selector();
    connect(selector, &CarbonPeriodSelector::dayChanged, this, [this](const QString& day) {
        study_->setDay(day);
        optionsChanged();
    });
    connect(selector, &CarbonPeriodSelector::hourChanged, presenter_, &CarbonPresenter::setHour);
    connect(panel_, &CarbonPanel::selectionChanged, this, &CarbonController::selectBuses);
}

QToolButton* CarbonController::createRunButton(QWidget* parent) const {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(run_);
    button->setMenu(method_menu_);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

void CarbonController::setOverlay(Overlay overlay) {
    overlay_ = overlay;
    (overlay == Overlay::Carbon ? carbon_view_ : voltage_view_)->setChecked(true);
    scene_->setOverlay(overlay);
    view_->setOverlay(overlay);
    if (overlay != Overlay::Carbon)
        return;
    dock_->show();
    if (!study_->result() && !study_->isRunning() && !study_->isQueued())
        study_->run();
}

void CarbonController::setMethod(CefMethod method) {
    (method == CefMethod::Dc ? method_dc_ : method_ac_)->setChecked(true);
    if (method == study_->method())
        return;
    study_->setMethod(method);
    optionsChanged();
}

std::optional<QString> CarbonController::selectPeriod(const QString& day, std::optional<int> hour) {
    CarbonPeriodSelector* selector = panel_->selector();
    if (!day.isEmpty() && !selector->days().contains(day))
        return tr("case '%1' has no typical day '%2' (it has: %3)")
            .arg(document_->displayName(), day,
                 selector->days().isEmpty() ? tr("none")
                                            : selector->days().join(QStringLiteral(", ")));
    const int before = selector->hour();
    selector->selectDay(day);
    if (hour && !selector->selectHour(*hour)) {
        selector->selectHour(before);
        return day.isEmpty() ? tr("an hour needs a typical day")
                             : tr("hour %1 is outside day '%2' (0..%3)")
                                   .arg(*hour)
                                   .arg(day)
                                   .arg(selector->hourSlider()->maximum());
    }
    return std::nullopt;
}

void CarbonController::run() {
    const bool busy = study_->isRunning() || study_->isQueued();
    setOverlay(Overlay::Carbon); // runs the study when there is no result yet
    if (!busy && !study_->isRunning() && !study_->isQueued())
        study_->run();
}

void CarbonController::optionsChanged() {
    if (study_->result() || study_->isRunning() || overlay_ == Overlay::Carbon)
        study_->run();
}

void CarbonController::caseReplaced() {
    caseEdited();
    if (overlay_ == Overlay::Carbon)
        study_->run();
}

void CarbonController::caseEdited() {
    study_->clear();
    presenter_->reset();
    CarbonPeriodSelector* selector = panel_->selector();
    selector->setCase(document_->model());
    study_->setDay(selector->day());
    presenter_->setHour(selector->hour());
    panel_->setSummary(QString());
    updateEnabled();
}

void CarbonController::updateEnabled() {
    // Enabled while another study runs too: the run waits for the runner (see EngineStudy).
    run_->setEnabled(!document_->isEmpty());
}

void CarbonController::selectBuses(const QStringList& ids) {
    scene_->clearSelection();
    for (const QString& id : ids) {
        if (BusItem* bus = scene_->busItem(id))
            bus->setSelected(true);
    }
}

} // namespace gridcarbon::gui
