#pragma once
// Kelley's cutting-plane loop for a model whose cones are approximated by tangent planes: the
// continuous solver, and the relaxation and fixed-integer subproblems of the MILP loop.
// Integrality is ignored here (Clp sees the integer columns as continuous).
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/Budget.h"
#include "opt/detail/ClpBackend.h"
#include "opt/detail/ConeCuts.h"

#include <stop_token>
#include <vector>

namespace gridcarbon::opt::detail {

struct ConicRun {
    Solution solution; // stats.seconds is left to the caller
    // The tangent cuts the loop added beyond `seed`. Each supports a cone of the model, so it
    // stays valid for any model with the same cones, whatever the bounds.
    std::vector<Cut> cuts;
    // The solution is the interior point's (ContinuousConic.h): no cuts, the cones met to
    // rounding at x.
    bool by_interior_point = false;
};

// Starts from the LP with `seed` (valid cuts, e.g. initialCuts of every cone) and adds the
// tangent at the current point of every cone violated beyond options.cone_tolerance.
ConicRun solveByCuttingPlanes(const Model& model, const std::vector<Cut>& seed,
                              const SolveOptions& options, const Budget& budget,
                              std::stop_token stop);

// The same loop on an LP already loaded with the model's rows, cuts and kept rows; `idle`
// holds, per row after the model's, the rounds it has been slack in a row.
ConicRun runCuttingPlanes(ClpBackend& lp, std::vector<int>& idle, const Model& model,
                          double objectiveConstant, const SolveOptions& options,
                          const Budget& budget, std::stop_token stop);

// initialCuts of every cone of the model, and its tangent at `seed` when that is given
// (SolveOptions::seed_point) and the cone's vector is not zero there.
std::vector<Cut> initialCutsOf(const Model& model, const std::vector<double>& seed = {});

} // namespace gridcarbon::opt::detail
