#pragma once
// Runs one long engine call at a time on a worker thread and reports back on the GUI thread.
//
// A job is any callable `R(gridcarbon::Progress&, std::stop_token)`. start() moves it onto a
// std::jthread; the engine's Progress reports become progressChanged() signals queued to the
// GUI thread (coalesced, so a chatty engine cannot flood the event queue). When the call
// returns, finished() carries its value in a QVariant; a gridcarbon::Error becomes failed()
// with its message, or cancelled() when its code is Cancelled. cancel() requests a stop through
// the job's std::stop_source (the engine returns at its next check) and marks the job cancelled:
// whatever it returns then is dropped. The thread is never
// terminated. Destroying the runner requests a stop and joins the worker.
#include "jobs/Progress.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <stop_token>
#include <thread>
#include <type_traits>
#include <utility>

namespace gridcarbon::gui {

class JobRunner : public QObject {
    Q_OBJECT
public:
    using JobId = quint64;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    // Starts `job` on a worker thread and returns its id, or 0 (doing nothing) while another
    // job is still running. The job runs on its own copies of whatever it captured: it must
    // not touch GUI objects.
    template <class F> JobId start(const QString& title, F job) {
        using R = std::invoke_result_t<F&, gridcarbon::Progress&, std::stop_token>;
        static_assert(!std::is_void_v<R>, "a job returns its result");
        return startErased(title, [job = std::move(job)](gridcarbon::Progress& progress,
                                                         std::stop_token stop) mutable {
            return QVariant::fromValue<R>(job(progress, std::move(stop)));
        });
    }

    bool isRunning() const { return current_ != 0; }
    JobId currentJob() const { return current_; }
    QString currentTitle() const { return title_; }

public slots:
    // The user's Cancel: asks the running job to stop (it ends with cancelled(), even when it
    // completed before it noticed: a cancelled job never delivers a result) and tells the
    // studies waiting for the runner to give up too (cancelRequested()).
    void cancel();
    // Stops the running job for a newer run of the same study: as cancel(), but the runs
    // waiting stay.
    void stopForRestart();

signals:
    void started(quint64 id, const QString& title);
    // fraction in [0, 1]; stage is the engine's short description of what it is doing.
    void progressChanged(double fraction, const QString& stage);
    // The job returned; its outcome follows (finished, failed or cancelled), whose slots may
    // open dialogs: what shows a job going hides here.
    void jobEnded(quint64 id);
    void finished(quint64 id, const QVariant& result);
    void failed(quint64 id, const QString& message);
    void cancelled(quint64 id);
    // cancel() was called: runs waiting for the runner are cancelled as well.
    void cancelRequested();
    // After finished(), failed() or cancelled(): the runner accepts a new job.
    void idle();

private:
    using ErasedJob = std::function<QVariant(gridcarbon::Progress&, std::stop_token)>;
    struct Outcome;
    class ProgressRelay;

    JobId startErased(const QString& title, ErasedJob job);
    void complete(JobId id, const Outcome& outcome);
    void relayProgress();

    std::jthread worker_;
    std::shared_ptr<ProgressRelay> relay_;
    JobId current_ = 0;
    JobId lastId_ = 0;
    bool cancel_requested_ = false; // for the current job, on the GUI thread
    QString title_;
};

} // namespace gridcarbon::gui
