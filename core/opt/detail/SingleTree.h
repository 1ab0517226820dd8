#pragma once
// Models with integer variables and cones: one Cbc branch and bound with the cones as lazy
// constraints (single-tree outer approximation).
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/Budget.h"

#include <stop_token>

namespace gridcarbon::opt::detail {

Solution solveSingleTree(const Model& model, const SolveOptions& options, const Budget& budget,
                         std::stop_token stop);

} // namespace gridcarbon::opt::detail
