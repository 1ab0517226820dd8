#pragma once
// Solving a Model: a continuous model with cones by a primal-dual interior-point method
// (ConicMethod), falling back to the outer approximation; LP through Clp, cones by outer
// approximation (tangent cuts added where a cone is violated, re-solved warm-started by the
// dual simplex) until the LP's bound and the objective at a cone-feasible point are within the
// gap (SolveOptions::conic_stop); models with integer variables through Cbc, the cones again by
// outer approximation (see MixedInteger.cpp).
// Call status (did the call work) is the exception channel; model status (optimal, infeasible, ...)
// is Solution::status. An infeasible model comes back with the relaxable items (those with a
// family) that an elastic re-solve had to violate, so that the user learns which limits clash. The
// solver behind it is private (opt/detail); this header and the other public opt headers name no
// COIN-OR type.
#include "opt/Model.h"

#include <limits>
#include <map>
#include <stop_token>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gridcarbon::opt {

// IterationLimit: SolveOptions::max_rounds (outer-approximation rounds or master MILPs) or a
// simplex iteration limit ended the solve before the gap (or cone tolerance) was met.
enum class Status {
    Optimal,
    Infeasible,
    Unbounded,
    TimeLimit,
    IterationLimit,
    Cancelled,
    NumericalFailure
};

std::string_view toString(Status s);

// How a model with integers and cones is solved: one Cbc branch and bound with the cones as
// lazy constraints (detail/SingleTree.cpp), or Cbc re-run on a master that grows by the cuts
// of each round (detail/MixedInteger.cpp). Multi-tree stays the default until single-tree is
// the faster one on the product's models: on ieee33-der's summer day with every binary it is
// not yet (163 s against 84 s at the default gap; docs/performance.md, benchmark 2).
enum class MisocpMethod { SingleTree, MultiTree };

std::string_view toString(MisocpMethod m);

// When a continuous conic solve (and each SOCP inside a MILP solve) is done:
//   CertifiedGap: the gap between the outer approximation's bound and the objective at a point
//     that satisfies every cone exactly is closed (`gap`, `absolute_gap`). The point is the
//     LP's, moved towards a strictly feasible point of a tightened LP until no cone is violated
//     (detail/Certificate.h). A model with no strictly feasible point falls back to
//     ConeTolerance, and its upper bound stays unproven (Solution::upper_bound infinite).
//   ConeTolerance: no cone is violated by more than `cone_tolerance` at the LP's point; the
//     objective is then the LP's, a lower bound whose error grows with the cones' duals.
enum class ConicStop { CertifiedGap, ConeTolerance };

// How a continuous model with cones is solved:
//   InteriorPoint: a primal-dual interior-point method (detail/InteriorPoint.h), whose duality
//     gap gives both bounds at once and whose work grows linearly with a radial network; if it
//     does not converge (an infeasible or unbounded model among others), the outer
//     approximation solves the model instead and reports what it finds.
//   OuterApproximation: Clp on tangent cuts (detail/OuterApproximation.h), as for the
//     subproblems of a MILP.
// Models without cones are LPs and always go to Clp.
enum class ConicMethod { InteriorPoint, OuterApproximation };

std::string_view toString(ConicMethod m);

struct SolveOptions {
    // Largest (||lhs|| - rhs) / max(1, |rhs|) accepted where the stop is on the cone tolerance:
    // ConicStop::ConeTolerance, the fallback of CertifiedGap, and the branch-and-bound points of a
    // MILP.
    double cone_tolerance = 1e-7;
    ConicStop conic_stop = ConicStop::CertifiedGap;
    // Stop once upper - lower <= gap * max(|upper|, |lower|) or upper - lower <= absolute_gap
    // (objective units), for continuous models and MILPs alike.
    double gap = 1e-6;
    double absolute_gap = 1e-9;
    double time_limit_seconds = kInf;
    // Outer-approximation rounds: LP re-solves of one conic solve, and master MILP solves.
    int max_rounds = 500;
    MisocpMethod misocp = MisocpMethod::MultiTree;
    ConicMethod conic = ConicMethod::InteriorPoint;
    // Values of the model's variables (all of them, or none) where every cone gets a tangent
    // plane before the first LP, next to its initial box: a point near the optimum, such as a
    // power-flow state, saves the first rounds. Any point gives valid planes; entries of
    // variables in no cone do not matter.
    std::vector<double> seed_point;
    // On an infeasible outcome, run the elastic re-solve that fills Solution::infeasibility.
    bool diagnose = true;
    // Price of one unit of violation per family in that re-solve (default 1): a problem makes
    // the families it wants relaxed last (e.g. energy balance) expensive.
    std::map<std::string, double> elastic_weights;
};

// (upper - lower) / max(|upper|, |lower|): 0 when they are equal, infinite when either is.
double relativeGap(double lower, double upper);
// The largest upper - lower the options accept for these bounds:
// max(absolute_gap, gap * max(|lower|, |upper|)).
double gapAllowance(double lower, double upper, const SolveOptions& options);
// The stop test of SolveOptions::gap and absolute_gap: upper - lower <= gapAllowance.
bool gapClosed(double lower, double upper, const SolveOptions& options);

struct SolveStats {
    int lp_solves = 0;
    int cuts = 0;                     // tangent cuts added beyond the initial ones
    long long simplex_iterations = 0; // Cbc's included
    long long nodes = 0;              // branch-and-bound nodes over all master MILPs
    int milp_solves = 0;              // branch-and-bound searches (master MILPs)
    int interior_point_iterations = 0;
    double seconds = 0.0; // the solve, without the infeasibility diagnosis
};

// One relaxable item the elastic re-solve had to violate: a row, a cone or a variable's
// bounds, by `amount` in the item's own units (row or cone right-hand side, variable value).
struct Violation {
    std::string family;
    std::string name;
    double amount = 0.0;
    // The side that gives: true when the item needs more than its upper bound (a cone: more
    // than its right-hand side), false when less than its lower one; `limit` is that bound in
    // the item's own units (NaN for a cone whose right-hand side is not a constant).
    bool upper = true;
    double limit = std::numeric_limits<double>::quiet_NaN();
};

struct Solution {
    Status status = Status::NumericalFailure;
    double objective = 0.0;
    // One value per variable; integer variables hold exact integers. MILP stopped by the time
    // limit, a stop request or the round limit: the best incumbent, or empty if none was found.
    // Continuous model stopped by the time or round limit: by the outer approximation, the
    // last LP point, whose cones are violated by up to max_cone_violation; by the interior
    // point, empty (its iterates meet neither the rows nor the optimality conditions).
    std::vector<double> x;
    // d objective / d row bound, one per Model row. Empty for a MILP: the duals of its
    // fixed-integer LP would price rows as if the integer choice could not change.
    std::vector<double> row_duals;
    double max_cone_violation = 0.0; // relative, as SolveOptions::cone_tolerance
    // Proven bounds on the model's optimum: `lower_bound` from the outer approximation (LP or
    // branch and bound), `upper_bound` the objective at a point satisfying every row and cone
    // (the reported x when it is finite); `gap` = relativeGap(lower_bound, upper_bound).
    // upper_bound and gap are infinite when no such point was proven (no solution, or a stop
    // on the cone tolerance).
    double lower_bound = -kInf;
    double upper_bound = kInf;
    double gap = kInf;
    // Filled when status is Infeasible and SolveOptions::diagnose: sorted by family, then by
    // descending amount. One entry of family::kStructure when no relaxation of the families
    // helps, i.e. constraints without a family already contradict each other.
    std::vector<Violation> infeasibility;
    SolveStats stats;

    double value(Var v) const { return x.at(v.index); }
    double dual(Row r) const { return row_duals.at(r.index); }
};

// Throws Error(BadInput) for bad options; never Error(Cancelled): cancellation is
// Status::Cancelled. Integer models need every variable bounded for the outer approximation to
// be finite (see detail/MixedInteger.cpp); without, max_rounds ends it (IterationLimit).
Solution solve(const Model& model, const SolveOptions& options = {}, std::stop_token stop = {});

// family -> number of violated items, sorted by family: the summary of Solution::infeasibility.
std::vector<std::pair<std::string, int>> violatedFamilies(const Solution& solution);

// Relative violation of every cone at x (see SolveOptions::cone_tolerance).
std::vector<double> coneViolations(const Model& model, const std::vector<double>& x);

} // namespace gridcarbon::opt
