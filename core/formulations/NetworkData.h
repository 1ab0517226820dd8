#pragma once
// A Case's network in the per-unit terms the formulations are written in (docs/opf.md):
// in-service branches with their series impedance, charging and ratio; buses with their
// squared-voltage limits, shunts and the fixed set point of slack buses.
#include "model/Case.h"

#include <optional>
#include <string>
#include <vector>

namespace gridcarbon::formulations {

struct NetworkBus {
    std::string id;
    double v2_min = 0.81; // squared voltage limits
    double v2_max = 1.21;
    double gs = 0.0; // shunt conductance and susceptance, p.u. at 1 p.u. voltage
    double bs = 0.0;
    std::optional<double> v2_fixed; // buses with a slack unit: the squared set point
};

struct NetworkBranch {
    std::size_t index = 0; // into Case::branches
    std::string id;
    std::size_t from = 0; // bus indices
    std::size_t to = 0;
    double r = 0.0;
    double x = 0.0;
    double b = 0.0;   // total charging
    double tau = 1.0; // off-nominal ratio
    double shift_rad = 0.0;
    double rate = 0.0; // apparent power limit, p.u.; 0: none
};

struct NetworkData {
    double base_mva = 1.0;
    std::vector<NetworkBus> buses;
    std::vector<NetworkBranch> branches;
};

// Throws Error(BadInput) for an invalid case or an island that has load but no slack unit.
NetworkData compileNetworkData(const Case& c);

} // namespace gridcarbon::formulations
