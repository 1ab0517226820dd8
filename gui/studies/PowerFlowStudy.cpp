#include "gui/studies/PowerFlowStudy.h"

#include "gui/editor/FeederDocument.h"
#include "gui/studies/JobRunner.h"

namespace gridcarbon::gui {

PowerFlowStudy::PowerFlowStudy(FeederDocument* document, JobRunner* runner, QObject* parent)
    : QObject(parent), document_(document), runner_(runner) {
    connect(runner_, &JobRunner::finished, this, &PowerFlowStudy::onFinished);
    connect(runner_, &JobRunner::failed, this, &PowerFlowStudy::onFailed);
    connect(runner_, &JobRunner::cancelled, this, &PowerFlowStudy::onCancelled);
}

void PowerFlowStudy::run() {
    if (document_->isEmpty())
        return;
    if (isRunning()) {
        // Stop the run on the old case; onCancelled/onFinished starts the new one.
        rerun_ = true;
        runner_->cancel();
        return;
    }
    if (runner_->isRunning()) {
        emit failed(tr("Another job (%1) is running; wait for it or cancel it.")
                        .arg(runner_->currentTitle()));
        return;
    }
    result_.reset();
    const quint64 id =
        runner_->start(tr("Power flow"), [c = document_->model(), options = options_](
                                             gridcarbon::Progress& progress, std::stop_token stop) {
            return gridcarbon::runPowerFlow(c, options, &progress, std::move(stop));
        });
    if (id == 0)
        return;
    job_ = id;
    job_revision_ = document_->revision();
    emit started();
}

void PowerFlowStudy::clear() {
    result_.reset();
}

bool PowerFlowStudy::restartIfPending() {
    job_ = 0;
    const bool stale = job_revision_ != document_->revision();
    if (rerun_ || stale) {
        rerun_ = false;
        run();
        return true;
    }
    return false;
}

void PowerFlowStudy::onFinished(quint64 id, const QVariant& value) {
    if (id != job_)
        return;
    if (restartIfPending())
        return;
    result_ = value.value<gridcarbon::PowerFlowResult>();
    emit finished(*result_);
}

void PowerFlowStudy::onFailed(quint64 id, const QString& message) {
    if (id != job_)
        return;
    if (restartIfPending())
        return;
    emit failed(message);
}

void PowerFlowStudy::onCancelled(quint64 id) {
    if (id != job_)
        return;
    if (restartIfPending())
        return;
    emit cancelled();
}

} // namespace gridcarbon::gui
