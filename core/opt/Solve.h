#pragma once
// Solving a Model: LP through Clp, cones by outer approximation (tangent cuts added where a
// cone is violated, re-solved warm-started by the dual simplex) until the largest relative
// cone violation is below the tolerance. Call status (did the call work) is the exception
// channel; model status (optimal, infeasible, ...) is Solution::status.
#include "opt/Model.h"

#include <stop_token>
#include <string_view>
#include <vector>

namespace gridcarbon::opt {

enum class Status { Optimal, Infeasible, Unbounded, TimeLimit, Cancelled, NumericalFailure };

std::string_view toString(Status s);

struct SolveOptions {
    // Largest allowed (||lhs|| - rhs) / max(1, |rhs|) at the reported solution.
    double cone_tolerance = 1e-7;
    double time_limit_seconds = kInf;
    int max_rounds = 500; // outer-approximation rounds (LP re-solves)
};

struct SolveStats {
    int lp_solves = 0;
    int cuts = 0; // tangent cuts added beyond the initial ones
    long long simplex_iterations = 0;
    double seconds = 0.0;
};

struct Solution {
    Status status = Status::NumericalFailure;
    double objective = 0.0;
    std::vector<double> x;           // one value per variable
    std::vector<double> row_duals;   // d objective / d row bound, one per Model row (LP only)
    double max_cone_violation = 0.0; // relative, as SolveOptions::cone_tolerance
    SolveStats stats;

    double value(Var v) const { return x.at(v.index); }
    double dual(Row r) const { return row_duals.at(r.index); }
};

// Throws Error(BadInput) for a model with integer variables (MILP comes with the Cbc backend)
// and Error(Cancelled) never: cancellation is Status::Cancelled.
Solution solve(const Model& model, const SolveOptions& options = {}, std::stop_token stop = {});

// Relative violation of every cone at x (see SolveOptions::cone_tolerance).
std::vector<double> coneViolations(const Model& model, const std::vector<double>& x);

} // namespace gridcarbon::opt
