#pragma once
// The two power-flow solvers over a compiled NetworkModel. Both return the bus voltages;
// PowerFlow.cpp turns them into flows and outputs. Both throw Error(Cancelled) on `stop`.
#include "jobs/Progress.h"
#include "powerflow/NetworkModel.h"

#include <stop_token>
#include <string>

namespace gridcarbon {

struct SolverOutcome {
    Eigen::VectorXcd v;
    Eigen::VectorXcd coupler_current; // per coupler (NetworkModel::couplers), its series current
    bool converged = false;
    int iterations = 0;
    // Why the iterations stopped before their limit without converging ("the Jacobian is
    // singular", "the iterations diverged"); empty when they converged or ran to the limit.
    std::string stopped_early;
};

SolverOutcome solveNewton(const NetworkModel& m, double tolerance, int maxIterations,
                          Progress& progress, std::stop_token stop);

// Throws Error(BadInput) naming the item when the network is not a radial tree fed by
// one slack per island with only PQ injections (NetworkModel::sweep_obstacle).
SolverOutcome solveSweep(const NetworkModel& m, double tolerance, int maxIterations,
                         Progress& progress, std::stop_token stop);

// The sweep's tree links and line-charging shunts, once per compile.
void compileSweep(NetworkModel& m, const Case& c);

// The reason the sweep cannot solve this network, or empty when it can.
std::string sweepObstacle(const NetworkModel& m, const Case& c);

} // namespace gridcarbon
