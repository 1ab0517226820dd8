#pragma once
// Multi-period optimal power flow of a Case (docs/opf.md): the network in one formulation,
// the devices, an objective; solved on the opt layer, then checked against an exact AC
// power flow at the optimised injections.
#include "jobs/Progress.h"
#include "model/Case.h"
#include "opf/OpfOptions.h"
#include "opf/OpfResult.h"

#include <stop_token>

namespace gridcarbon::opf {

// Throws Error(BadInput) for an invalid case or options (e.g. the loss objective in a
// lossless formulation). An infeasible or unsolved model is not an exception: see
// OpfResult::status and infeasibility.
OpfResult runOpf(const Case& c, const OpfOptions& options, Progress* progress = nullptr,
                 std::stop_token stop = {});

} // namespace gridcarbon::opf
