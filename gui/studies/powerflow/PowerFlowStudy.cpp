#include "gui/studies/powerflow/PowerFlowStudy.h"

#include "gui/editor/FeederDocument.h"
#include "gui/studies/JobRunner.h"

namespace gridcarbon::gui {

PowerFlowStudy::PowerFlowStudy(FeederDocument* document, JobRunner* runner, QObject* parent)
    : EngineStudy(document, runner, parent) {}

quint64 PowerFlowStudy::launch() {
    return runner()->start(tr("Power flow"), [c = document()->model(),
                                              options = options_](gridcarbon::Progress& progress,
                                                                  std::stop_token stop) {
        return gridcarbon::runPowerFlow(c, options, &progress, std::move(stop));
    });
}

void PowerFlowStudy::deliver(const QVariant& value) {
    result_ = value.value<gridcarbon::PowerFlowResult>();
    emit finished(*result_);
}

} // namespace gridcarbon::gui
