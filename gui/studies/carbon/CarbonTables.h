#pragma once
// One period of a carbon emission flow as the Results dock's tables (gui/overlay/ResultTable.h):
// buses (nodal intensity, the voltage of the state traced, load and its emission), branches
// (carbon flow density and rate, loss emission) and units (output, intensity, emission).
// Emission rates in kg/h, which read better than thousandths of t/h on a feeder.
#include "carbon/CarbonFlow.h"
#include "gui/overlay/ResultTable.h"

#include <QList>

namespace gridcarbon::gui {

QList<ResultTable> carbonTables(const gridcarbon::carbon::CarbonFlowResult& period);

} // namespace gridcarbon::gui
