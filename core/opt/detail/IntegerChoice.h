#pragma once
// The pieces both mixed-integer solvers (MixedInteger.cpp, SingleTree.cpp) share: the
// continuous relaxation they start from, and what turns a branch-and-bound point into an
// incumbent (the integers rounded into their bounds, the model with them fixed, whose SOCP
// gives the best continuous part for that choice, the objective and the worst cone violation
// at a point).
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/Budget.h"
#include "opt/detail/ConeCuts.h"

#include <optional>
#include <stop_token>
#include <vector>

namespace gridcarbon::opt::detail {

// Step 0 of both solvers: the continuous relaxation (integers relaxed) by the cutting-plane
// loop. `cuts` are the initial cuts and the loop's tangents, valid for the mixed-integer model
// too (they support its cones); `lower` the relaxation's lower bound, the first one;
// `solution` carries the loop's statistics, and its status when the relaxation is not optimal
// (`solved` false; infeasible: so is the model; unbounded: the model is unbounded or
// infeasible, a MILP over rational data whose relaxation is unbounded).
struct RelaxedStart {
    Solution solution;
    std::vector<Cut> cuts;
    double lower = -kInf;
    std::vector<double> x; // the relaxation's point
    bool solved = false;
};
RelaxedStart startFromRelaxation(const Model& model, const SolveOptions& options,
                                 const Budget& budget, std::stop_token stop);

// A first incumbent, before any branching: the relaxation's integers rounded into their bounds
// and the SOCP with them fixed, seeded with the relaxation's cuts. `objective` is that SOCP's
// proven upper bound (or its objective where none was proven), so that a search that prunes
// by it loses no better point. None when that choice is infeasible or the SOCP did not finish.
struct RoundedStart {
    std::vector<double> x;
    double objective = kInf;
};
std::optional<RoundedStart> roundedStart(const Model& model, const RelaxedStart& relaxed,
                                         const SolveOptions& options, const Budget& budget,
                                         std::stop_token stop, SolveStats& stats);

std::vector<double> roundedIntegers(const Model& model, std::vector<double> x);
// The model with its integers fixed at x's values, and what that fixes through rows of one
// open variable propagated into bounds, and rows left with no open variable switched off: an
// interior-point method needs a strictly feasible point, which a pair like p <= pmax on, p >= 0
// with on = 0 does not have until p is fixed.
Model withIntegersFixed(const Model& model, const std::vector<double>& x);
double objectiveAt(const Model& model, const std::vector<double>& x);
double maxViolation(const Model& model, const std::vector<double>& x);
void accumulate(SolveStats& total, const SolveStats& part);

// The best point found so far. `objective` is what the bounds use: the candidate's own
// objective, or the proven upper bound of the SOCP it came from, which may lie a gap above the
// LP point it returns.
struct Incumbent {
    std::vector<double> x;
    double objective = kInf;

    bool exists() const { return !x.empty(); }
    void offer(const Model& model, std::vector<double> candidate, double upper = kInf);
};

// A cone this close to its bound at a fixed-integer SOCP's solution gets the tangent there:
// the linearisation of the active cones is what makes an LP exact at that integer choice.
inline constexpr double kActive = 1e-6;

} // namespace gridcarbon::opt::detail
