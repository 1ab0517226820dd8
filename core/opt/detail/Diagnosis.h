#pragma once
// Why a model is infeasible: the elastic re-solve. Every row, cone and variable bound with a
// family may be violated at a price per unit of violation (SolveOptions::elastic_weights, 1 by
// default); the cheapest violation names the limits that clash. Items without a family stay
// hard.
#include "opt/Model.h"
#include "opt/Solve.h"

#include <stop_token>
#include <vector>

namespace gridcarbon::opt::detail {

// Slack above which an item counts as violated, in the item's own units.
inline constexpr double kViolationThreshold = 1e-7;

// Solves the elastic model with `options` (diagnose off) within `secondsLeft`. Empty when the
// elastic solve does not finish (time, stop, numerical trouble) or needs no slack above the
// threshold; one family::kStructure entry when even the elastic model is infeasible.
std::vector<Violation> diagnoseInfeasibility(const Model& model, const SolveOptions& options,
                                             double secondsLeft, std::stop_token stop);

} // namespace gridcarbon::opt::detail
