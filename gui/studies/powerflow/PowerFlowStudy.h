#pragma once
// Runs gridcarbon::runPowerFlow on the document's case (see EngineStudy) and keeps the result
// of the latest run.
#include "gui/studies/EngineStudy.h"
#include "powerflow/PowerFlow.h"

#include <optional>

namespace gridcarbon::gui {

class PowerFlowStudy : public EngineStudy {
    Q_OBJECT
public:
    PowerFlowStudy(FeederDocument* document, JobRunner* runner, QObject* parent = nullptr);

    void setOptions(const gridcarbon::PowerFlowOptions& options) { options_ = options; }
    const gridcarbon::PowerFlowOptions& options() const { return options_; }

    // The latest result for the current document revision, if any.
    const std::optional<gridcarbon::PowerFlowResult>& result() const { return result_; }

signals:
    // The engine returned; check result.converged. Also after a non-converged run.
    void finished(const gridcarbon::PowerFlowResult& result);

protected:
    quint64 launch() override;
    void deliver(const QVariant& value) override;
    void dropResult() override { result_.reset(); }

private:
    gridcarbon::PowerFlowOptions options_;
    std::optional<gridcarbon::PowerFlowResult> result_;
};

} // namespace gridcarbon::gui

Q_DECLARE_METATYPE(gridcarbon::PowerFlowResult)
