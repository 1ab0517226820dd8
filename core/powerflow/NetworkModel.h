#pragma once
// The numerical model a power flow solves: a Case compiled to per-unit arrays with bus
// indices (GridCal's "compile" step). Built once per solve; results map back by index.
#include "model/Case.h"
#include "topology/Topology.h"
#include "util/Diagnostic.h"

#include <Eigen/Dense>
#include <Eigen/Sparse>

#include <complex>
#include <string>
#include <vector>

namespace gridcarbon {

using Complex = std::complex<double>;

enum class BusType { PQ, PV, Slack, Dead };

// An in-service branch in MATPOWER's pi model (see Branch in model/Case.h).
struct CompiledBranch {
    std::size_t index = 0; // into Case::branches
    std::size_t from = 0;
    std::size_t to = 0;
    Complex ys;    // series admittance 1/(r + jx)
    Complex z;     // series impedance r + jx
    Complex ratio; // tap * exp(j shift)
    double b_half = 0.0;
    Complex yff, yft, ytf, ytt;
};

struct NetworkModel {
    double base_mva = 1.0;
    std::size_t bus_count = 0;
    std::vector<BusType> type;
    Eigen::VectorXcd s_spec;  // specified net injection, p.u. (generation - load)
    Eigen::VectorXcd y_shunt; // bus shunts and capacitor banks, p.u. at 1 p.u. voltage
    Eigen::VectorXcd v_start; // slack/PV set points, flat elsewhere; zero at dead buses
    std::vector<CompiledBranch> branches;
    Eigen::SparseMatrix<Complex> ybus; // includes y_shunt and line charging
    Topology topology;
    // Per bus, the generators (Case::generators indices) that regulate it (Slack/Voltage).
    std::vector<std::vector<std::size_t>> regulating;
    // Per generator: the active and reactive power it injects by specification (MW, MVAr;
    // the profile applied), and whether it is the one unit of its bus that takes the balance.
    std::vector<double> unit_p_mw;
    std::vector<double> unit_q_mvar;
    std::vector<bool> balancing;
    std::vector<Diagnostic> diagnostics;
};

// The scaling of loads, WT and PV to one hour of a typical day; empty day: base values.
struct Snapshot {
    std::string day;
    int hour = 0;
};

// Throws Error(BadInput) for an invalid case, an island with load but no source, or an
// unknown day/hour.
NetworkModel compileNetwork(const Case& c, const Snapshot& snapshot);

// S = V .* conj(Ybus V), the power each bus injects into the network.
Eigen::VectorXcd injectedPower(const NetworkModel& m, const Eigen::VectorXcd& v);

} // namespace gridcarbon
