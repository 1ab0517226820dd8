#pragma once
// Runs gridcarbon::region::runRegion on the document's case (see EngineStudy) with the options
// last set, and keeps the result of the latest run. A run that fails or is cancelled leaves no
// result; what the views show is the controller's business (gui/studies/region/RegionController.h).
#include "gui/studies/EngineStudy.h"
#include "region/RegionStudy.h"

#include <optional>

namespace gridcarbon::gui {

class OperatingRegionStudy : public EngineStudy {
    Q_OBJECT
public:
    OperatingRegionStudy(FeederDocument* document, JobRunner* runner, QObject* parent = nullptr);

    void setOptions(const gridcarbon::region::RegionOptions& options) { options_ = options; }
    const gridcarbon::region::RegionOptions& options() const { return options_; }
    const std::optional<gridcarbon::region::RegionResult>& result() const { return result_; }

signals:
    void finished(const gridcarbon::region::RegionResult& result);

protected:
    quint64 launch() override;
    void deliver(const QVariant& value) override;
    void dropResult() override { result_.reset(); }

private:
    gridcarbon::region::RegionOptions options_;
    std::optional<gridcarbon::region::RegionResult> result_;
};

} // namespace gridcarbon::gui

Q_DECLARE_METATYPE(gridcarbon::region::RegionResult)
