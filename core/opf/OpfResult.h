#pragma once
// What a multi-period OPF returns (docs/opf.md, "Outputs"): an immutable value in MW, MVAr,
// MWh, p.u. and the objective's own units.
#include "operation/DeviceOutputs.h"
#include "opt/Solve.h"
#include "util/EngineResult.h"

#include <optional>
#include <string>
#include <vector>

namespace gridcarbon::opf {

struct BusResult {
    std::string id;
    double vm_pu = 0.0;
    double p_price_per_mwh = 0.0; // d objective / d load, objective units per MWh
    double q_price_per_mvarh = 0.0;
};

struct BranchResult {
    std::string id;
    double p_mw = 0.0; // from side, into the series impedance
    double q_mvar = 0.0;
    double loss_mw = 0.0;
    double relaxation_gap = 0.0; // (v_i/tau^2) l - P^2 - Q^2, p.u.^2 (SOCR)
};

using operation::DeviceResult;

struct PeriodResult {
    int hour = 0;
    double loss_mw = 0.0;
    std::vector<BusResult> buses;
    std::vector<BranchResult> branches; // in-service branches
    std::vector<DeviceResult> devices;
};

// The exact AC state at the optimised injections of one period.
struct AcCheck {
    int hour = 0;
    bool converged = false;
    double opf_loss_mw = 0.0;
    double pf_loss_mw = 0.0;
    double vm_max_difference_pu = 0.0; // largest | |V|_pf - sqrt(v)_opf |
    std::string message;               // why the power flow failed, if it did
};

// outcome: Complete when solved to optimality, or stopped by the time limit with a solution (a
// warning diagnostic says so); Failed otherwise. An hour whose AC power flow fails adds a
// warning naming it.
struct OpfResult : EngineResult {
    opt::Status status = opt::Status::NumericalFailure;
    std::string formulation;
    std::string objective_name;
    std::string objective_unit;
    std::string day;
    double objective = 0.0;
    double relaxation_gap_max = 0.0;
    // Proven bounds on the objective's optimum (opt::Solution's, less the loss tie-break the
    // model adds to non-loss objectives at the solution); upper_bound is the objective of the
    // reported, cone-feasible solution; gap = opt::relativeGap of the two. Infinite when not
    // proven (no solution, or a model with no strictly feasible point).
    double lower_bound = -opt::kInf;
    double upper_bound = opt::kInf;
    double gap = opt::kInf;
    double max_cone_violation = 0.0; // relative, at the reported solution
    double loss_mwh = 0.0;
    double carbon_t = 0.0;
    double cost = 0.0;
    std::vector<PeriodResult> periods;
    std::vector<AcCheck> ac;
    std::vector<opt::Violation> infeasibility;
    opt::SolveStats stats;
};

} // namespace gridcarbon::opf
