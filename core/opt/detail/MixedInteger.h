#pragma once
// Models with integer variables: outer approximation with Cbc masters and conic subproblems.
#include "opt/Model.h"
#include "opt/Solve.h"
#include "opt/detail/Budget.h"

#include <stop_token>

namespace gridcarbon::opt::detail {

Solution solveMixedInteger(const Model& model, const SolveOptions& options, const Budget& budget,
                           std::stop_token stop);

} // namespace gridcarbon::opt::detail
