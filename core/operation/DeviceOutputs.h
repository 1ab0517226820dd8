#pragma once
// One device's operating point in one period of a solved operation problem.
#include <optional>
#include <string>

namespace gridcarbon::operation {

struct DeviceResult {
    std::string id;
    std::string kind;  // grid, wt, pv, ht, mt, thermal, es, cap
    double p_mw = 0.0; // injection into the bus (storage: discharge - charge)
    double q_mvar = 0.0;
    std::optional<double> energy_mwh; // storage: stored energy at the end of the period
    std::optional<int> steps;         // capacitors: steps switched in
    std::optional<bool> on;           // units with on/off binaries
};

} // namespace gridcarbon::operation
