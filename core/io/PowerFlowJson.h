#pragma once
// Machine-readable power-flow results, with units in the keys (the CLI contract).
#include "powerflow/PowerFlow.h"

#include <string>

namespace gridcarbon {

std::string powerFlowJson(const PowerFlowResult& r);

// Two tables in one CSV text: buses, then branches, separated by a blank line.
std::string powerFlowCsv(const PowerFlowResult& r);

} // namespace gridcarbon
