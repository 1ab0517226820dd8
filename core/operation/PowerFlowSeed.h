#pragma once
// Where the conic solver of an operation problem takes its first tangent planes
// (opt::SolveOptions::seed_point): the exact AC state of every period at the case's own
// dispatch and the horizon's loads. The branch flows and voltages of a feeder change little
// between that state and the optimum, so the planes there start the outer approximation
// close to where it ends.
#include "model/Case.h"
#include "operation/OperationBuilder.h"

#include <stop_token>
#include <vector>

namespace gridcarbon::operation {

// One value per variable of op.model: v, P, Q and l of each period at its power flow (l on
// its cone, (P^2 + Q^2) tau^2 / v_from), zeros elsewhere. Empty without branch flow cones
// (DC, LinDistFlow). A period whose power flow fails keeps zeros: its cones get no seed plane.
std::vector<double> powerFlowSeed(const Case& c, const OperationProblem& op,
                                  std::stop_token stop = {});

} // namespace gridcarbon::operation
