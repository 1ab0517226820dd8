#include "gui/studies/region/RegionController.h"

#include "gui/Resources.h"
#include "gui/editor/FeederDocument.h"
#include "gui/studies/StudyPeriod.h"
#include "gui/studies/StudyScreenshot.h"
#include "gui/studies/region/OperatingRegionStudy.h"
#include "gui/studies/region/RegionFigure.h"
#include "gui/studies/region/RegionIndicesTable.h"
#include "gui/studies/region/RegionStudyPanel.h"
#include "gui/studies/region/RegionTab.h"

#include <QAction>
#include <QDockWidget>
#include <QKeySequence>
#include <QMainWindow>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <exception>
#include <optional>

namespace gridcarbon::gui {

namespace {

constexpr int kDockWidth = 420; // pixels
const QString kRegionView = QStringLiteral("region");
const QString kSectionView = QStringLiteral("region-section");

} // namespace

std::optional<QString> RegionController::chooseOptions(RegionStudyPanel& panel,
                                                       const ScreenshotRequest& request) {
    const QString observe = request.observe;
    if (observe.startsWith(QStringLiteral("auto:"))) {
        bool ok = false;
        const int count = observe.mid(5).toInt(&ok);
        if (!ok || !panel.setAuto(count))
            return tr("--observe auto:N needs N of 2 or 3, got '%1'").arg(observe);
    } else if (!observe.isEmpty()) {
        const QStringList buses = observe.split(QLatin1Char(','));
        if (!panel.setObserved(buses))
            return tr("--observe '%1': at most 3 load buses of the case (it has loads at: %2)")
                .arg(observe, panel.observedChoices().join(QStringLiteral(", ")));
    }
    if (!request.method.isEmpty()) {
        try {
            panel.setMethod(gridcarbon::region::parseMethod(request.method.toStdString()));
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }
    if (request.cap_t)
        panel.setCap(*request.cap_t);
    return std::nullopt;
}

std::optional<QString> RegionController::placeCut(RegionTab& tab,
                                                  const ScreenshotRequest& request) {
    const auto& r = *tab.result();
    if (r.hull.dimension != 3) {
        if (!request.section_axis.isEmpty() || request.section_at)
            return tr("--section-axis and --section-at need a region of three loads");
        return std::nullopt;
    }
    int axis = tab.cutAxis();
    if (!request.section_axis.isEmpty()) {
        const auto it =
            std::find(r.observed.begin(), r.observed.end(), request.section_axis.toStdString());
        if (it == r.observed.end())
            return tr("--section-axis '%1' is not an observed bus").arg(request.section_axis);
        axis = int(it - r.observed.begin());
    }
    tab.setCut(axis, request.section_at.value_or(r.base_point.at(axis)));
    return std::nullopt;
}

RegionController::RegionController(const StudyContext& context)
    : StudyController(context),
      study_(new OperatingRegionStudy(context.document, context.runner, this)),
      tab_(new RegionTab(context.tabs)) {
    run_ = new QAction(themedIcon(QStringLiteral("media-playback-start"), QStringLiteral("run")),
                       tr("Run &Operating Region"), context.window);
    run_->setShortcut(QKeySequence(Qt::Key_F7));
    run_->setStatusTip(tr("Build the committed-carbon-emission operating region of the observed "
                          "loads on a worker thread"));
    run_->setEnabled(false);
    connect(run_, &QAction::triggered, this, &RegionController::run);
    tab_->setWindowTitle(tr("Operating Region"));
    tab_->toolBar()->insertAction(tab_->toolBar()->actions().value(0), run_);
    tab_->toolBar()->insertSeparator(tab_->toolBar()->actions().value(1));
    createDock();

    connect(tab_, &RegionTab::status, this, &RegionController::status);
    // Exports the user asked for: the window reports their failures.
    connect(tab_, &RegionTab::problem, this, &RegionController::problem);
    connect(tab_->keepReferenceAction(), &QAction::triggered, this,
            &RegionController::updateIndices);
    connect(tab_->clearReferenceAction(), &QAction::triggered, this,
            &RegionController::updateIndices);
    connect(study_, &OperatingRegionStudy::started, this,
            [this] { panel_->setMessage(tr("Building the operating region…")); });
    connect(study_, &OperatingRegionStudy::finished, this, &RegionController::onFinished);
    connect(study_, &OperatingRegionStudy::failed, this, [this](const QString& message) {
        panel_->setMessage(message, true);
        emit status(tr("The operating region failed: %1").arg(message.simplified()));
    });
    connect(study_, &OperatingRegionStudy::cancelled, this, [this] {
        panel_->setMessage(tab_->result() ? tr("Cancelled; the region shown is the previous one.")
                                          : tr("Cancelled."));
        emit status(tr("The operating region was cancelled."));
    });
    connect(context.period, &StudyPeriod::dayChosen, this, &RegionController::showDay);
    // The options come up with the tab.
    connect(context.tabs, &QTabWidget::currentChanged, this, [this] {
        if (this->context().tabs->currentWidget() == tab_)
            showDock();
    });
}

void RegionController::showDay() {
    const StudyPeriod* period = context().period;
    panel_->setDay(period->day(), period->days().value(0));
}

void RegionController::updateEnabled() {
    const auto why = panel_->notReady();
    run_->setEnabled(!context().document->isEmpty() && !why);
    run_->setToolTip(why.value_or(run_->statusTip()));
    // Why Run is off, under the options; gone once they can run.
    if (why && !context().document->isEmpty() && panel_->message().isEmpty())
        panel_->setMessage(*why);
    else if (!why && hint_ == panel_->message())
        panel_->setMessage({});
    hint_ = why.value_or(QString());
}

void RegionController::showDock() {
    if (!dock_->isVisible() && !widened_) {
        // Room for the indices table's values, the first time the options come up.
        widened_ = true;
        dock_->show();
        QMainWindow* window = context().window;
        window->resizeDocks({dock_}, {std::min(kDockWidth, window->width() / 4)}, Qt::Horizontal);
    }
    dock_->show();
    dock_->raise();
}

void RegionController::createDock() {
    dock_ = new QDockWidget(tr("Operating Region"), context().window);
    dock_->setObjectName(QStringLiteral("RegionDock"));
    auto* split = new QSplitter(Qt::Vertical, dock_);
    panel_ = new RegionStudyPanel(context().runner, split);
    indices_ = new RegionIndicesTable(split);
    split->addWidget(panel_);
    split->addWidget(indices_);
    split->setStretchFactor(1, 1);
    auto* run = new QToolButton(panel_);
    run->setDefaultAction(run_);
    run->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    panel_->addControl(run);
    dock_->setWidget(split);
    connect(panel_, &RegionStudyPanel::inputChanged, this, &RegionController::updateEnabled);
}

QList<QAction*> RegionController::studyActions() const {
    return {run_};
}

QWidget* RegionController::tab() const {
    return tab_;
}

void RegionController::run() {
    if (context().document->isEmpty())
        return;
    context().tabs->setCurrentWidget(tab_);
    showDock();
    if (const auto why = panel_->notReady()) {
        panel_->setMessage(*why, true);
        return;
    }
    study_->setOptions(panel_->options());
    study_->run();
}

void RegionController::onFinished(const gridcarbon::region::RegionResult& result) {
    tab_->showResult(result, context().document->displayName());
    updateIndices();
    const QString message =
        tr("%1 region of %2: %3 %4 in %5 s")
            .arg(QString::fromUtf8(gridcarbon::region::toString(result.method).data()),
                 regionAxisNames(result).join(QStringLiteral(", ")),
                 QString::number(result.indices.volume, 'g', 4),
                 result.hull.dimension == 2 ? QStringLiteral("MW²") : QStringLiteral("MW³"),
                 QString::number(result.stats.seconds, 'f', 2));
    panel_->setMessage(message);
    emit status(message);
    logDiagnostics(tr("Operating region"), result);
}

void RegionController::updateIndices() {
    if (tab_->result())
        indices_->showResult(*tab_->result(), tab_->reference() ? &*tab_->reference() : nullptr);
    else
        indices_->clearResult();
}

void RegionController::caseReplaced(const gridcarbon::Case& c) {
    tab_->clearReference();
    dropResult(c, true);
}

void RegionController::caseEdited(const gridcarbon::Case& c) {
    dropResult(c, false);
}

void RegionController::dropResult(const gridcarbon::Case& c, bool new_case) {
    study_->clear();
    tab_->clearResult();
    panel_->setCase(c, new_case);
    showDay();
    updateIndices();
    updateEnabled();
}

QStringList RegionController::screenshotViews() const {
    return {kRegionView, kSectionView};
}

QStringList RegionController::screenshotOptions(const QString&) const {
    return {QStringLiteral("observe"), QStringLiteral("method"), QStringLiteral("cap"),
            QStringLiteral("section-axis"), QStringLiteral("section-at")};
}

bool RegionController::showForScreenshot(const QString& view, ScreenshotSession& session) {
    const ScreenshotRequest& request = session.request();
    if (const auto why = chooseOptions(*panel_, request))
        return session.fail(2, *why);
    run();
    if (!session.waitFor(study_, tr("the operating region did not finish within %1 s")))
        return false;
    if (!study_->result())
        session.noteProblem(panel_->message());
    else if (const auto why = placeCut(*tab_, request))
        return session.fail(2, *why);
    context().tabs->setCurrentWidget(tab_);
    if (view == kSectionView)
        tab_->splitter()->setSizes({0, tab_->splitter()->width()});
    return true;
}

} // namespace gridcarbon::gui
