#pragma once
// A power flow's result as the Results dock's tables (gui/overlay/ResultTable.h): buses
// (voltage magnitude and angle, load), branches (flows at both ends, losses, loading against
// the rating) and units (set points as solved).
#include "gui/overlay/ResultTable.h"
#include "model/Case.h"
#include "powerflow/PowerFlow.h"

#include <QList>

namespace gridcarbon::gui {

// `c` is the case the result was solved for (ratings, unit kinds and buses).
QList<ResultTable> powerFlowTables(const gridcarbon::PowerFlowResult& result,
                                   const gridcarbon::Case& c);

} // namespace gridcarbon::gui
