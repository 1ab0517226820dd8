#pragma once
// The operating constraints of a case's devices over a horizon (docs/opf.md, "Devices"):
// units, the grid connection, storage and capacitor banks add their variables and limits to
// an opt::Model and their injections to the network's balance. Per unit on the case's base.
// The rules themselves (availability, storage energy, emissions) are devices/DevicePhysics.
#include "formulations/NetworkFormulation.h"
#include "model/Case.h"
#include "operation/Binaries.h"
#include "operation/DeviceOutputs.h"
#include "operation/Horizon.h"
#include "opt/Model.h"
#include "opt/Solve.h"

#include <vector>

namespace gridcarbon::operation {

struct UnitVariables {
    std::size_t generator = 0;       // into Case::generators
    std::vector<opt::Affine> p;      // [period], p.u.; import - export for the grid
    std::vector<opt::Var> q;         // [period]; empty in DC
    std::vector<opt::Var> import;    // grid connection only
    std::vector<opt::Var> exports;   // grid connection only
    std::vector<opt::Var> on;        // with unit binaries
    std::vector<opt::Var> p_squared; // epigraph of p^2 when the cost is quadratic
};

struct StorageVariables {
    std::size_t storage = 0;
    std::vector<opt::Var> charge, discharge; // p.u.
    std::vector<opt::Var> energy;            // MWh at the end of each period
    std::vector<opt::Var> charging;          // with storage binaries
};

struct CapacitorVariables {
    std::size_t capacitor = 0;
    std::vector<opt::Affine> steps; // [period]: a constant, or the sum of step binaries
};

struct DeviceVariables {
    std::vector<UnitVariables> units;
    std::vector<StorageVariables> storages;
    std::vector<CapacitorVariables> capacitors;
};

// `quadraticCost`: add the p^2 epigraphs the cost objective needs.
DeviceVariables addDevices(opt::Model& model, const Case& c, const Horizon& horizon,
                           const formulations::NetworkData& data,
                           const formulations::NetworkVariables& network, const Binaries& binaries,
                           bool quadraticCost, formulations::Injections& injections);

// Every installed device's output in period `t` of a solution; `vmPu` (per bus) gives the
// capacitors' injection q_step n |V|^2.
std::vector<DeviceResult> deviceResults(const Case& c, const DeviceVariables& d,
                                        const opt::Solution& s, int t,
                                        const std::vector<double>& vmPu);

// Energy cost over the horizon in the case's currency (docs/opf.md, `cost`).
opt::Affine costExpression(const Case& c, const Horizon& horizon, const DeviceVariables& d);
// Emissions over the horizon, tCO2 (docs/opf.md, `carbon`).
opt::Affine carbonExpression(const Case& c, const Horizon& horizon, const DeviceVariables& d);

} // namespace gridcarbon::operation
