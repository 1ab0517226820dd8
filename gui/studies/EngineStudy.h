#pragma once
// What every study does around the shared JobRunner: it runs its engine on the document's
// case, one run at a time. A run asked for while one is going cancels it and starts again; a
// run asked for while another study holds the runner waits until the runner is free; a result
// computed for an older revision of the document is dropped for a fresh run. So the result a
// study delivers always belongs to the document as it is now. The user's Cancel
// (JobRunner::cancel) cancels the run going and every run waiting or about to restart. Subclasses
// say how to start their engine and what to do with its value, and add a typed finished() signal.
#include <QObject>
#include <QString>
#include <QVariant>

namespace gridcarbon::gui {

class FeederDocument;
class JobRunner;

class EngineStudy : public QObject {
    Q_OBJECT
public:
    bool isRunning() const { return job_ != 0; }
    // The document whose case the study runs on (a delivered result belongs to its case as it
    // is now).
    FeederDocument* document() const { return document_; }
    // Asked for, waiting for another study's job to end.
    bool isQueued() const { return queued_; }

public slots:
    // Starts the engine on the current case (nothing happens on an empty document).
    void run();
    // Drops the result (the document changed).
    void clear();

signals:
    void started();
    // The engine threw: bad input, or a failed or unsolvable model.
    void failed(const QString& message);
    void cancelled();
    // After the subclass's finished(), failed() or cancelled(), unless a newer run follows.
    void ended();

protected:
    EngineStudy(FeederDocument* document, JobRunner* runner, QObject* parent);

    JobRunner* runner() const { return runner_; }

    // Starts the engine through runner() on a copy of the document's case; returns the job id.
    virtual quint64 launch() = 0;
    // The engine's value: keep it and announce it.
    virtual void deliver(const QVariant& value) = 0;
    virtual void dropResult() = 0;

private:
    void onFinished(quint64 id, const QVariant& value);
    void onFailed(quint64 id, const QString& message);
    void onCancelled(quint64 id);
    // After the job ended: true when a newer run had been asked for and is now started.
    bool restartIfPending();

    FeederDocument* document_;
    JobRunner* runner_;
    quint64 job_ = 0;
    quint64 job_revision_ = 0;
    bool rerun_ = false;
    bool queued_ = false;
};

} // namespace gridcarbon::gui
