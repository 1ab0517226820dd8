#include "gui/studies/carbon/CarbonFlowStudy.h"

#include "gui/editor/FeederDocument.h"
#include "gui/studies/JobRunner.h"

namespace gridcarbon::gui {

CarbonFlowStudy::CarbonFlowStudy(FeederDocument* document, JobRunner* runner, QObject* parent)
    : EngineStudy(document, runner, parent) {}

quint64 CarbonFlowStudy::launch() {
    return runner()->start(
        tr("Carbon emission flow"), [c = document()->model(), options = options_](
                                        gridcarbon::Progress& progress, std::stop_token stop) {
            return gridcarbon::carbon::runCarbonStudy(c, options, &progress, std::move(stop));
        });
}

void CarbonFlowStudy::deliver(const QVariant& value) {
    result_ = value.value<gridcarbon::carbon::CarbonStudyResult>();
    emit finished(*result_);
}

} // namespace gridcarbon::gui
