// Mixed-integer models with second-order cones by single-tree outer approximation (Quesada and
// Grossmann's LP/NLP branch and bound, as Bonmin's B-QG, with Kelley's tangent cuts as the
// linearisation).
//
//   0. Solve the continuous relaxation (ContinuousConic.h) and keep cuts that support the cones
//      near its optimum: they are valid for the mixed-integer model and seed the tree's LP; its
//      bound is the first lower bound. Its integers rounded give the first integer choice (3).
//   1. One Cbc branch and bound over the linear rows and those cuts, the cones as lazy
//      constraints (ConeSeparator.h): at every integral LP point the tangents of the cones
//      violated there are added and the node is solved again, so a point becomes Cbc's
//      incumbent only once it satisfies every cone to the tolerance; fractional nodes get a few
//      rounds of tangents as well, which raise the bound. Each tangent is globally valid, so the
//      tree's bound is a lower bound of the model, and pruning by it is sound.
//   2. Every integer choice an integral LP point makes, once, goes to step 3 (IntegralHook).
//   3. The SOCP with those integers fixed: its optimum, a cone-feasible point, is an incumbent
//      candidate, and the tangents of its active cones join the tree, which makes the LP exact
//      at that choice (what each master of the multi-tree loop gets, MixedInteger.cpp).
//   The answer is the best incumbent; Cbc's own is given its best continuous part by step 3.
//
// Why it ends: at a node re-solved for a violated cone the new tangent h(x) <= 0 has h(x_k) >
// tol with a unit gradient over the cone's vector (MixedInteger.cpp gives the argument), so the
// points one node visits are separated by a fixed distance and, with bounded variables, finitely
// many; the tree itself is finite with bounded integers.
#include "opt/detail/SingleTree.h"

#include "opt/detail/CbcBackend.h"
#include "opt/detail/ConeCuts.h"
#include "opt/detail/ContinuousConic.h"
#include "opt/detail/IntegerChoice.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace gridcarbon::opt::detail {

namespace {

// The integer part of a point, the key of the choices already tried.
std::vector<double> integerPart(const Model& model, const std::vector<double>& x) {
    std::vector<double> key;
    const auto& vars = model.variables();
    for (std::size_t j = 0; j < vars.size(); ++j)
        if (vars[j].integer)
            key.push_back(x[j]);
    return key;
}

} // namespace

Solution solveSingleTree(const Model& model, const SolveOptions& options, const Budget& budget,
                         std::stop_token stop) {
    RelaxedStart start = startFromRelaxation(model, options, budget, stop);
    Solution& sol = start.solution;
    if (!start.solved)
        return sol;

    Incumbent incumbent;
    std::set<std::vector<double>> tried;
    // The SOCP of one integer choice: its optimum may become the incumbent, and the tangents of
    // its active cones make the tree's LP exact at that choice. At an integral node it is only
    // an accelerator (the separator alone keeps the tree exact), so a choice whose LP point
    // cannot beat the incumbent is skipped and a subproblem the interior point does not solve is
    // left alone; Cbc's own incumbent gets the fallback as well.
    const auto tryChoice = [&](const std::vector<double>& x, bool fallback) -> std::vector<Cut> {
        if (!fallback && incumbent.exists() &&
            objectiveAt(model, x) >=
                incumbent.objective -
                    0.5 * gapAllowance(incumbent.objective, incumbent.objective, options))
            return {};
        const std::vector<double> integral = roundedIntegers(model, x);
        const std::vector<double> key = integerPart(model, integral);
        if (tried.contains(key) || stop.stop_requested() || budget.exhausted())
            return {};
        const ConicRun sub = solveContinuous(withIntegersFixed(model, integral), start.cuts,
                                             options, budget, stop, fallback);
        accumulate(sol.stats, sub.solution.stats);
        // Settled: solved, or proven infeasible; one the interior point left may come back.
        if (fallback || sub.solution.status == Status::Optimal)
            tried.insert(key);
        if (sub.solution.status != Status::Optimal)
            return {};
        incumbent.offer(model, roundedIntegers(model, sub.solution.x), sub.solution.upper_bound);
        return tangentsAt(model, sub.solution.x, kActive);
    };
    // The rounded relaxation first: its tangents seed the tree, its point is a first incumbent.
    std::vector<Cut> seed = tryChoice(start.x, true);
    seed.insert(seed.begin(), start.cuts.begin(), start.cuts.end());
    if (stop.stop_requested() || budget.exhausted()) {
        sol.status = stop.stop_requested() ? Status::Cancelled : Status::TimeLimit;
        sol.lower_bound = start.lower;
        return sol;
    }
    CbcBackend tree(model);
    tree.addCuts(seed);
    ConeTreeStats separated;
    const IntegralHook hook{[&](const std::vector<double>& x) {
        return tryChoice(x, false);
    }};
    const MilpOutcome m =
        tree.solveWithCones(model, options.cone_tolerance, budget.left(), options.gap,
                            options.absolute_gap, hook, stop, separated);
    sol.stats.milp_solves = 1;
    sol.stats.nodes += m.nodes;
    sol.stats.simplex_iterations += m.iterations;
    sol.stats.cuts += static_cast<int>(separated.cuts);
    // Every cut is valid, so the tree's bound is a bound of the model even when the search was
    // stopped (it is then older, hence lower).
    if (std::isfinite(m.bound))
        start.lower = std::max(start.lower, m.bound);
    // Cbc's incumbent (cone-feasible to the tolerance) with the best continuous part for its
    // integers, unless that choice was settled already; the point itself only where no SOCP
    // gave one.
    if (m.has_solution)
        tryChoice(m.x, true);
    if (m.has_solution && !incumbent.exists() &&
        maxViolation(model, roundedIntegers(model, m.x)) <= options.cone_tolerance)
        incumbent.offer(model, roundedIntegers(model, m.x));

    switch (m.status) {
    case Status::Optimal:
        sol.status = incumbent.exists() && !separated.unresolved ? Status::Optimal
                                                                 : Status::NumericalFailure;
        break;
    case Status::Infeasible:
        // The cuts are valid: no point of the model satisfies the rows and the integers.
        sol.status = Status::Infeasible;
        break;
    default:
        sol.status = m.status;
        break;
    }
    if (incumbent.exists() && sol.status != Status::Infeasible) {
        sol.x = incumbent.x;
        sol.objective = objectiveAt(model, sol.x);
        sol.max_cone_violation = maxViolation(model, sol.x);
        sol.upper_bound = incumbent.objective;
        sol.lower_bound = std::min(start.lower, sol.upper_bound);
        sol.gap = relativeGap(sol.lower_bound, sol.upper_bound);
    } else if (sol.status != Status::Infeasible) {
        sol.lower_bound = start.lower;
    }
    return sol;
}

} // namespace gridcarbon::opt::detail
