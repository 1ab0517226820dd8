#pragma once
// Steady-state AC power flow of a Case: backward/forward sweep for radial feeders, Newton-
// Raphson (polar, sparse Jacobian) for meshed grids. Constant-power loads and injections;
// generator reactive limits are not enforced (as MATPOWER's runpf by default).
#include "jobs/Progress.h"
#include "model/Case.h"
#include "powerflow/NetworkModel.h"
#include "util/EngineResult.h"

#include <stop_token>
#include <string>
#include <vector>

namespace gridcarbon {

enum class PowerFlowMethod { Auto, BackwardForwardSweep, Newton };

std::string_view toString(PowerFlowMethod m);

struct PowerFlowOptions {
    // Auto: the sweep when every island is radial and held only by its slack; otherwise Newton.
    PowerFlowMethod method = PowerFlowMethod::Auto;
    // Newton: largest bus power mismatch (p.u.). Sweep: largest voltage change (p.u.) between
    // iterations, which bounds the mismatch to the same order.
    double tolerance = 1e-10;
    int max_iterations = 0; // 0: 30 for Newton, 200 for the sweep
    // Hour of a typical day to solve: loads, WT and PV scaled by their profiles. Empty day:
    // the case's base values (profile multiplier 1).
    std::string day;
    int hour = 0;
};

struct BusState {
    std::string id;
    double vm_pu = 0.0;
    double va_deg = 0.0;
    bool energised = true; // false for buses in an island with neither source nor load
};

struct BranchFlow {
    std::string id;
    std::string from;
    std::string to;
    bool in_service = true;
    double p_from_mw = 0.0;
    double q_from_mvar = 0.0;
    double p_to_mw = 0.0;
    double q_to_mvar = 0.0;
    double loss_kw = 0.0;
    double loss_kvar = 0.0;
};

struct GeneratorOutput {
    std::string id;
    double p_mw = 0.0;
    double q_mvar = 0.0;
};

// outcome: Complete when converged, Failed otherwise (with an Error diagnostic naming the bus
// of the largest mismatch).
struct PowerFlowResult : EngineResult {
    bool converged = false;
    int iterations = 0;
    PowerFlowMethod method = PowerFlowMethod::Auto; // the one actually used
    double max_mismatch_pu = 0.0;
    double total_loss_kw = 0.0;
    double total_loss_kvar = 0.0;
    double min_vm_pu = 0.0;
    std::string min_vm_bus;
    double max_vm_pu = 0.0;
    std::string max_vm_bus;
    std::vector<BusState> buses;             // Case::buses order
    std::vector<BranchFlow> branches;        // Case::branches order (zeros for open branches)
    std::vector<GeneratorOutput> generators; // Case::generators order
};

// Throws Error(BadInput) for an invalid case, an island with load but no source, a meshed
// or voltage-controlled case forced to the sweep, or an unknown day/hour; Error(Cancelled)
// when `stop` is requested. Non-convergence is not an exception: converged == false, with a
// diagnostic naming the bus of the largest mismatch.
PowerFlowResult runPowerFlow(const Case& c, const PowerFlowOptions& options = {},
                             Progress* progress = nullptr, std::stop_token stop = {});

// Why a power flow did not converge: its error diagnostic, e.g. "the power flow did not converge
// after 30 iterations: the largest mismatch is 92.8 MVA at bus '30'"; empty when it converged.
std::string whyNotConverged(const PowerFlowResult& r);

// A network compiled once (validation, topology, Ybus, bus types, the sweep's applicability)
// and solved for many operating points: the AC checks of every hour of a dispatch, the region
// study's oracle, a simulator stepping through a day. Not safe to share between threads.
class CompiledNetwork {
public:
    // Throws as runPowerFlow does. The snapshot's day and hour set the initial operating point.
    explicit CompiledNetwork(Case c, const Snapshot& snapshot = {});

    const Case& source() const { return case_; }
    const NetworkModel& model() const { return model_; }

    // Replaces the injections (loads, unit set points, storage, capacitor steps) without
    // recompiling. Throws Error(BadInput) for vectors of the wrong length.
    void setOperatingPoint(const OperatingPoint& x);

    // The power flow at the current operating point; `options.day` and `hour` are ignored
    // (the operating point says what to solve). Throws as runPowerFlow does.
    PowerFlowResult solve(const PowerFlowOptions& options = {}, Progress* progress = nullptr,
                          std::stop_token stop = {}) const;

private:
    Case case_;
    NetworkModel model_;
};

} // namespace gridcarbon
