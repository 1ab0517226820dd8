// Mixed-integer models with second-order cones by single-tree outer approximation (Quesada and
// Grossmann's LP/NLP branch and bound, with Kelley's tangent cuts as the linearisation).
//
//   0. Solve the continuous relaxation by the cutting-plane loop and keep its cuts: they support
//      the cones, so they are valid for the mixed-integer model and seed the tree's LP; its
//      objective is the first lower bound.
//   1. One Cbc branch and bound over the linear rows and those cuts, the cones as lazy
//      constraints (ConeSeparator.h): at every integral LP point the tangents of the cones
//      violated there are added and the node is solved again, so a point becomes the incumbent
//      only once it satisfies every cone to the tolerance; fractional nodes get a few rounds of
//      tangents as well, which raise the bound. Each tangent is globally valid, so the tree's
//      bound is a lower bound of the model, and pruning by it is sound.
//   2. The incumbent's integers are fixed and that SOCP is solved by the cutting-plane loop,
//      seeded with the cuts so far: exact integers, the best continuous part for them.
//
// Why it ends: at a node re-solved for a violated cone the new tangent h(x) <= 0 has h(x_k) >
// tol with a unit gradient over the cone's vector (MixedInteger.cpp gives the argument), so the
// points one node visits are separated by a fixed distance and, with bounded variables, finitely
// many; the tree itself is finite with bounded integers.
#include "opt/detail/SingleTree.h"

#include "opt/detail/CbcBackend.h"
#include "opt/detail/ConeCuts.h"
#include "opt/detail/IntegerChoice.h"
#include "opt/detail/OuterApproximation.h"

#include <algorithm>
#include <cmath>

namespace gridcarbon::opt::detail {

Solution solveSingleTree(const Model& model, const SolveOptions& options, const Budget& budget,
                         std::stop_token stop) {
    RelaxedStart start = startFromRelaxation(model, options, budget, stop);
    Solution& sol = start.solution;
    if (!start.solved)
        return sol;

    if (stop.stop_requested() || budget.exhausted()) {
        sol.status = stop.stop_requested() ? Status::Cancelled : Status::TimeLimit;
        sol.lower_bound = start.lower;
        return sol;
    }
    CbcBackend tree(model);
    tree.addCuts(start.cuts);
    ConeTreeStats separated;
    const MilpOutcome m = tree.solveWithCones(model, options.cone_tolerance, budget.left(),
                                              options.gap, options.absolute_gap, stop, separated);
    sol.stats.milp_solves = 1;
    sol.stats.nodes += m.nodes;
    sol.stats.simplex_iterations += m.iterations;
    sol.stats.cuts += static_cast<int>(separated.cuts);
    // Every tangent relaxes the model, so the tree's bound is a bound of the model even when
    // the search was stopped (it is then older, hence lower).
    if (std::isfinite(m.bound))
        start.lower = std::max(start.lower, m.bound);

    // The polished SOCP's proven upper bound, a gap above its LP point's objective.
    double polishedUpper = kInf;
    if (m.has_solution) {
        const std::vector<double> integral = roundedIntegers(model, m.x);
        const ConicRun polished = solveByCuttingPlanes(withIntegersFixed(model, integral),
                                                       start.cuts, options, budget, stop);
        accumulate(sol.stats, polished.solution.stats);
        if (polished.solution.status == Status::Optimal) {
            sol.x = roundedIntegers(model, polished.solution.x);
            polishedUpper = polished.solution.upper_bound;
        } else if (maxViolation(model, integral) <= options.cone_tolerance) {
            sol.x = integral;
        }
    }

    switch (m.status) {
    case Status::Optimal:
        sol.status =
            !sol.x.empty() && !separated.unresolved ? Status::Optimal : Status::NumericalFailure;
        break;
    case Status::Infeasible:
        // The tangents are valid: no point of the model satisfies the rows and the integers.
        sol.status = Status::Infeasible;
        break;
    default:
        sol.status = m.status;
        break;
    }
    if (!sol.x.empty()) {
        sol.objective = objectiveAt(model, sol.x);
        sol.max_cone_violation = maxViolation(model, sol.x);
        sol.upper_bound =
            std::isfinite(polishedUpper) ? std::max(sol.objective, polishedUpper) : sol.objective;
        sol.lower_bound = std::min(start.lower, sol.upper_bound);
        sol.gap = relativeGap(sol.lower_bound, sol.upper_bound);
    } else if (sol.status != Status::Infeasible) {
        sol.lower_bound = start.lower;
    }
    return sol;
}

} // namespace gridcarbon::opt::detail
