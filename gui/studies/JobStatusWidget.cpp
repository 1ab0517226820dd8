#include "gui/studies/JobStatusWidget.h"

#include "gui/studies/JobRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {
constexpr int kSteps = 1000;
}

JobStatusWidget::JobStatusWidget(JobRunner* runner, QWidget* parent)
    : QWidget(parent), runner_(runner), stage_(new QLabel(this)), bar_(new QProgressBar(this)),
      cancel_(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stage_);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);

    bar_->setRange(0, kSteps);
    bar_->setTextVisible(false);
    bar_->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    stage_->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    cancel_->setText(tr("Cancel"));
    cancel_->setIcon(QIcon::fromTheme(QStringLiteral("process-stop"),
                                      QIcon(QStringLiteral(":/icons/cancel.svg"))));
    cancel_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    cancel_->setAutoRaise(true);
    cancel_->setToolTip(tr("Stop the running job"));

    connect(cancel_, &QToolButton::clicked, this, [this] {
        runner_->cancel();
        cancel_->setEnabled(false);
        stage_->setText(tr("Cancelling…"));
    });
    connect(runner_, &JobRunner::started, this, &JobStatusWidget::onStarted);
    connect(runner_, &JobRunner::progressChanged, this, &JobStatusWidget::onProgress);
    // Before the outcome's slots, which may open a message box.
    connect(runner_, &JobRunner::jobEnded, this, &QWidget::hide);
    hide();
}

void JobStatusWidget::onStarted(quint64, const QString& title) {
    stage_->setText(title);
    bar_->setValue(0);
    cancel_->setEnabled(true);
    show();
}

void JobStatusWidget::onProgress(double fraction, const QString& stage) {
    if (!cancel_->isEnabled())
        return; // keep "Cancelling…"
    if (!stage.isEmpty())
        stage_->setText(stage);
    if (std::isfinite(fraction))
        bar_->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * kSteps)));
}

} // namespace gridcarbon::gui
