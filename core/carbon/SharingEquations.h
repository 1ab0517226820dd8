#pragma once
// The linear system of proportional sharing: for every bus j that passes power on,
//   outflow_j e_j - sum over power arriving at j from bus i (mw x e_i) = source carbon_j.
// Flows without a loop (every radial feeder, and meshed grids in practice) order the buses
// so that each is solved from those feeding it, in one pass; a loop of active power falls
// back to a sparse LU of the whole system.
#include <optional>
#include <vector>

namespace gridcarbon::carbon {

struct SharingEquations {
    struct Inflow {
        std::size_t receiver = 0;
        std::size_t sender = 0;
        double mw = 0.0; // power arriving at the receiver
    };
    std::vector<double> outflow;       // per unknown, > 0
    std::vector<double> source_carbon; // per unknown, t/h
    std::vector<Inflow> inflows;
};

// The intensities, or nullopt when the system is singular (power circulating in a loop that
// reaches no outflow).
std::optional<std::vector<double>> solveSharing(const SharingEquations& eq);

} // namespace gridcarbon::carbon
