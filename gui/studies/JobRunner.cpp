#include "gui/studies/JobRunner.h"

#include "util/Error.h"

#include <QMetaObject>

#include <atomic>
#include <exception>
#include <mutex>

namespace gridcarbon::gui {

struct JobRunner::Outcome {
    enum class Kind { Finished, Failed, Cancelled } kind = Kind::Failed;
    QVariant value;
    QString message;
};

// The Progress the engine sees. report() runs on the worker thread: it stores the latest value
// and posts one relay to the GUI thread unless one is already pending, so the GUI shows the
// newest report and never queues thousands of stale ones.
class JobRunner::ProgressRelay final : public gridcarbon::Progress {
public:
    explicit ProgressRelay(JobRunner* owner) : owner_(owner) {}

    void report(double fraction, std::string_view stage) override {
        {
            std::lock_guard lock(mutex_);
            fraction_ = fraction;
            stage_ = QString::fromUtf8(stage.data(), static_cast<qsizetype>(stage.size()));
        }
        if (!pending_.exchange(true)) {
            // The runner joins the worker before it is destroyed, so owner_ is alive here; the
            // posted call is dropped if the runner goes away before the GUI thread runs it.
            QMetaObject::invokeMethod(
                owner_, [owner = owner_] { owner->relayProgress(); }, Qt::QueuedConnection);
        }
    }

    // GUI thread: the newest report, and re-arms posting.
    std::pair<double, QString> take() {
        pending_.store(false);
        std::lock_guard lock(mutex_);
        return {fraction_, stage_};
    }

private:
    JobRunner* owner_;
    std::mutex mutex_;
    double fraction_ = 0.0;
    QString stage_;
    std::atomic<bool> pending_{false};
};

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner() {
    if (worker_.joinable()) {
        worker_.request_stop();
        worker_.join();
    }
}

JobRunner::JobId JobRunner::startErased(const QString& title, ErasedJob job) {
    if (isRunning())
        return 0;
    if (worker_.joinable())
        worker_.join(); // a finished job whose completion was already delivered

    const JobId id = ++lastId_;
    current_ = id;
    title_ = title;
    cancel_requested_ = false;
    relay_ = std::make_shared<ProgressRelay>(this);

    worker_ = std::jthread([this, id, relay = relay_, job = std::move(job)](std::stop_token stop) {
        Outcome outcome;
        try {
            outcome.value = job(*relay, stop);
            outcome.kind = Outcome::Kind::Finished;
        } catch (const gridcarbon::Error& e) {
            outcome.kind = e.code() == gridcarbon::ErrorCode::Cancelled ? Outcome::Kind::Cancelled
                                                                        : Outcome::Kind::Failed;
            outcome.message = QString::fromUtf8(e.what());
        } catch (const std::exception& e) {
            outcome.message = QString::fromUtf8(e.what());
        } catch (...) {
            outcome.message = tr("unknown error");
        }
        QMetaObject::invokeMethod(
            this, [this, id, outcome] { complete(id, outcome); }, Qt::QueuedConnection);
    });
    emit started(id, title);
    emit progressChanged(0.0, title);
    return id;
}

void JobRunner::cancel() {
    stopForRestart();
    emit cancelRequested();
}

void JobRunner::stopForRestart() {
    if (!isRunning())
        return;
    cancel_requested_ = true;
    worker_.request_stop();
}

void JobRunner::relayProgress() {
    if (!relay_ || !isRunning())
        return;
    auto [fraction, stage] = relay_->take();
    emit progressChanged(fraction, stage);
}

void JobRunner::complete(JobId id, const Outcome& outcome) {
    // The worker posts this as its last action, so joining waits at most for it to return.
    if (worker_.joinable())
        worker_.join();
    current_ = 0;
    relay_.reset();
    // A job that returned after Cancel (it finished before it noticed the stop, or its
    // completion was already queued when Cancel was pressed) is cancelled all the same.
    const Outcome::Kind kind = cancel_requested_ ? Outcome::Kind::Cancelled : outcome.kind;
    cancel_requested_ = false;
    emit jobEnded(id);
    switch (kind) {
    case Outcome::Kind::Finished:
        emit finished(id, outcome.value);
        break;
    case Outcome::Kind::Cancelled:
        emit cancelled(id);
        break;
    case Outcome::Kind::Failed:
        emit failed(id, outcome.message);
        break;
    }
    if (!isRunning()) // a slot may already have started the next job
        emit idle();
}

} // namespace gridcarbon::gui
