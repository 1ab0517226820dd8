#pragma once
// The exact AC state behind a solved operation problem: one compiled network per problem,
// solved hour by hour at the optimised injections (the slack takes the balance and the exact
// losses). The OPF's AC recovery and the region study's AC oracle both use it.
#include "model/Case.h"
#include "operation/DeviceOutputs.h"
#include "operation/Horizon.h"
#include "powerflow/PowerFlow.h"

#include <vector>

namespace gridcarbon::operation {

// The structure an operation's AC check solves on: one load per bus without a profile (the
// horizon gives the bus total), units and stores that take no part in operation out of
// service, voltage-controlled units turned into P-Q injections (the dispatch chose their q).
Case acCheckCase(const Case& c);

// The injections of period t: the horizon's loads, and every device at its optimised output
// (`devices` of that period, matched by id); devices not listed keep the case's values.
OperatingPoint acOperatingPoint(const Case& checkCase, const Horizon& h, int t,
                                const std::vector<DeviceResult>& devices);

} // namespace gridcarbon::operation
