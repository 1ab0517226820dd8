#include "gui/studies/region/OperatingRegionStudy.h"

#include "gui/editor/FeederDocument.h"
#include "gui/studies/JobRunner.h"

namespace gridcarbon::gui {

OperatingRegionStudy::OperatingRegionStudy(FeederDocument* document, JobRunner* runner,
                                           QObject* parent)
    : EngineStudy(document, runner, parent) {}

quint64 OperatingRegionStudy::launch() {
    return runner()->start(
        tr("Operating region"), [c = document()->model(), options = options_](
                                    gridcarbon::Progress& progress, std::stop_token stop) {
            return gridcarbon::region::runRegion(c, options, &progress, std::move(stop));
        });
}

void OperatingRegionStudy::deliver(const QVariant& value) {
    result_ = value.value<gridcarbon::region::RegionResult>();
    emit finished(*result_);
}

} // namespace gridcarbon::gui
