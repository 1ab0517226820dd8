#include "gui/studies/RegionController.h"

#include "gui/CoreText.h"
#include "gui/Resources.h"
#include "gui/editor/FeederDocument.h"
#include "gui/studies/OperatingRegionStudy.h"
#include "gui/studies/RegionStudyPanel.h"
#include "gui/views/RegionFigure.h"
#include "gui/views/RegionIndicesTable.h"
#include "gui/vtk/RegionTab.h"

#include <QAction>
#include <QDockWidget>
#include <QKeySequence>
#include <QMainWindow>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace gridcarbon::gui {

namespace {
constexpr int kDockWidth = 420; // pixels
}

RegionController::RegionController(FeederDocument* document, JobRunner* runner, QTabWidget* tabs,
                                   QMainWindow* window)
    : QObject(window), document_(document), window_(window), tabs_(tabs),
      study_(new OperatingRegionStudy(document, runner, this)), tab_(new RegionTab(tabs)) {
    run_ = new QAction(themedIcon(QStringLiteral("media-playback-start"), QStringLiteral("run")),
                       tr("Run &Operating Region"), window);
    run_->setShortcut(QKeySequence(Qt::Key_F7));
    run_->setStatusTip(tr("Build the committed-carbon-emission operating region of the observed "
                          "loads on a worker thread"));
    run_->setEnabled(false);
    connect(run_, &QAction::triggered, this, &RegionController::run);
    tabs->addTab(tab_, tr("Operating Region"));
    tab_->toolBar()->insertAction(tab_->toolBar()->actions().value(0), run_);
    tab_->toolBar()->insertSeparator(tab_->toolBar()->actions().value(1));
    createDock(window, runner);

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
    });
}

void RegionController::createDock(QMainWindow* window, JobRunner* runner) {
    dock_ = new QDockWidget(tr("Operating Region"), window);
    dock_->setObjectName(QStringLiteral("RegionDock"));
    auto* split = new QSplitter(Qt::Vertical, dock_);
    panel_ = new RegionStudyPanel(runner, split);
    indices_ = new RegionIndicesTable(split);
    split->addWidget(panel_);
    split->addWidget(indices_);
    split->setStretchFactor(1, 1);
    auto* run = new QToolButton(panel_);
    run->setDefaultAction(run_);
    run->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    panel_->addControl(run);
    dock_->setWidget(split);
    window->addDockWidget(Qt::RightDockWidgetArea, dock_);
    dock_->hide();
}

void RegionController::run() {
    if (document_->isEmpty())
        return;
    tabs_->setCurrentWidget(tab_);
    if (!dock_->isVisible() && !widened_) {
        // Room for the indices table's values, the first time the options come up.
        widened_ = true;
        dock_->show();
        window_->resizeDocks({dock_}, {std::min(kDockWidth, window_->width() / 4)}, Qt::Horizontal);
    }
    dock_->show();
    dock_->raise();
    study_->setOptions(panel_->options());
    study_->run();
}

void RegionController::onFinished(const gridcarbon::region::RegionResult& result) {
    tab_->showResult(result, document_->displayName());
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
}

void RegionController::updateIndices() {
    if (tab_->result())
        indices_->showResult(*tab_->result(), tab_->reference() ? &*tab_->reference() : nullptr);
    else
        indices_->clearResult();
}

void RegionController::caseReplaced() {
    tab_->clearReference();
    dropResult(true);
}

void RegionController::caseEdited() {
    dropResult(false);
}

void RegionController::dropResult(bool new_case) {
    study_->clear();
    tab_->clearResult();
    panel_->setCase(document_->model(), new_case);
    updateIndices();
    run_->setEnabled(!document_->isEmpty());
}

} // namespace gridcarbon::gui
