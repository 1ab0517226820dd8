#include "gui/studies/EngineStudy.h"

#include "gui/editor/FeederDocument.h"
#include "gui/studies/JobRunner.h"

namespace gridcarbon::gui {

EngineStudy::EngineStudy(FeederDocument* document, JobRunner* runner, QObject* parent)
    : QObject(parent), document_(document), runner_(runner) {
    connect(runner_, &JobRunner::finished, this, &EngineStudy::onFinished);
    connect(runner_, &JobRunner::failed, this, &EngineStudy::onFailed);
    connect(runner_, &JobRunner::cancelled, this, &EngineStudy::onCancelled);
    // The user cancelled: neither a run waiting for the runner nor a restart follows.
    connect(runner_, &JobRunner::cancelRequested, this, [this] {
        rerun_ = false;
        if (queued_) {
            queued_ = false;
            emit cancelled();
            emit ended();
        }
    });
    connect(runner_, &JobRunner::idle, this, [this] {
        if (queued_) {
            queued_ = false;
            run();
        }
    });
}

void EngineStudy::run() {
    if (document_->isEmpty())
        return;
    if (isRunning()) {
        // Stop the run on the old case; onCancelled/onFinished starts the new one.
        rerun_ = true;
        runner_->stopForRestart();
        return;
    }
    if (runner_->isRunning()) {
        queued_ = true;
        return;
    }
    dropResult();
    const quint64 id = launch();
    if (id == 0)
        return;
    job_ = id;
    job_revision_ = document_->revision();
    emit started();
}

void EngineStudy::clear() {
    dropResult();
}

bool EngineStudy::restartIfPending() {
    job_ = 0;
    const bool stale = job_revision_ != document_->revision();
    if (rerun_ || stale) {
        rerun_ = false;
        run();
        return true;
    }
    return false;
}

void EngineStudy::onFinished(quint64 id, const QVariant& value) {
    if (id != job_ || restartIfPending())
        return;
    deliver(value);
    emit ended();
}

void EngineStudy::onFailed(quint64 id, const QString& message) {
    if (id != job_ || restartIfPending())
        return;
    emit failed(message);
    emit ended();
}

void EngineStudy::onCancelled(quint64 id) {
    if (id != job_ || restartIfPending())
        return;
    emit cancelled();
    emit ended();
}

} // namespace gridcarbon::gui
