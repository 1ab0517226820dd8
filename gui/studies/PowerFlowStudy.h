#pragma once
// Runs gridcarbon::runPowerFlow on the document's case through a JobRunner and keeps the
// result of the latest run. A run started while another one is going cancels it and starts
// again on the current case, so the result always belongs to the document as it is now.
#include "powerflow/PowerFlow.h"

#include <QObject>
#include <QString>

#include <optional>

namespace gridcarbon::gui {

class FeederDocument;
class JobRunner;

class PowerFlowStudy : public QObject {
    Q_OBJECT
public:
    PowerFlowStudy(FeederDocument* document, JobRunner* runner, QObject* parent = nullptr);

    void setOptions(const gridcarbon::PowerFlowOptions& options) { options_ = options; }
    const gridcarbon::PowerFlowOptions& options() const { return options_; }

    bool isRunning() const { return job_ != 0; }
    // The latest result for the current document revision, if any.
    const std::optional<gridcarbon::PowerFlowResult>& result() const { return result_; }

public slots:
    // Starts a power flow of the current case (nothing happens on an empty document).
    void run();
    // Drops the result (the document changed).
    void clear();

signals:
    void started();
    // The engine returned; check result.converged. Also after a non-converged run.
    void finished(const gridcarbon::PowerFlowResult& result);
    // The engine threw: bad input, or another job holds the runner.
    void failed(const QString& message);
    void cancelled();

private:
    void onFinished(quint64 id, const QVariant& value);
    void onFailed(quint64 id, const QString& message);
    void onCancelled(quint64 id);
    // After the job ended: true when a newer run had been asked for and is now started.
    bool restartIfPending();

    FeederDocument* document_;
    JobRunner* runner_;
    gridcarbon::PowerFlowOptions options_;
    std::optional<gridcarbon::PowerFlowResult> result_;
    quint64 job_ = 0;
    quint64 job_revision_ = 0;
    bool rerun_ = false;
};

} // namespace gridcarbon::gui

Q_DECLARE_METATYPE(gridcarbon::PowerFlowResult)
