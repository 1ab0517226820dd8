#pragma once
// Machine-readable power-flow results, with units in the keys (the CLI contract): JSON, and
// one CSV table per kind of item (io/CsvTable.h).
#include "io/CsvTable.h"
#include "powerflow/PowerFlow.h"

#include <string>

namespace gridcarbon {

std::string powerFlowJson(const PowerFlowResult& r);

// The result as three tables, each with the same columns in every row:
// buses:    bus, vm_pu, va_deg, energised (1 or 0)
// branches: branch, from, to, in_service (1 or 0), p_from_mw, q_from_mvar, p_to_mw,
//           q_to_mvar, loss_kw, loss_kvar
// units:    unit, p_mw, q_mvar
CsvTable powerFlowBusTable(const PowerFlowResult& r);
CsvTable powerFlowBranchTable(const PowerFlowResult& r);
CsvTable powerFlowUnitTable(const PowerFlowResult& r);

} // namespace gridcarbon
