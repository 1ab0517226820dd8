#pragma once
// The numerical model a power flow solves: a Case compiled to per-unit arrays with bus
// indices (GridCal's "compile" step). Built once per solve; results map back by index.
#include "model/Case.h"
#include "topology/Topology.h"
#include "util/Diagnostic.h"

#include <Eigen/Dense>
#include <Eigen/Sparse>

#include <complex>
#include <optional>
#include <string>
#include <vector>

namespace gridcarbon {

using Complex = std::complex<double>;

enum class BusType { PQ, PV, Slack, Dead };

// A branch whose series impedance is below this (p.u.) is a coupler: a bus coupler, a closed
// switch, a jumper. Its series admittance is left out of Ybus and its series current is an
// unknown of the solve, with the equation V_from / t - V_to = z I (modified nodal analysis).
// Through Ybus, its flow would be the difference of two nearly equal voltages times 1/|z|,
// lost to round-off: at |z| = 1e-6 p.u. that round-off is 2e-10 p.u., the default tolerance.
inline constexpr double kCouplerImpedancePu = 1e-6;

// An in-service branch in MATPOWER's pi model (see Branch in model/Case.h).
struct CompiledBranch {
    std::size_t index = 0; // into Case::branches
    std::size_t from = 0;
    std::size_t to = 0;
    Complex ys;    // series admittance 1/(r + jx); 0 for a coupler
    Complex z;     // series impedance r + jx
    Complex ratio; // tap * exp(j shift)
    double b_half = 0.0;
    // Ybus entries (for a coupler, its line charging only).
    Complex yff, yft, ytf, ytt;
    // For a coupler, its place in the solvers' coupler currents; -1 for other branches.
    long coupler = -1;
};

// How a tree branch couples a child bus to its parent in the backward/forward sweep, from the
// pi model with the ideal transformer at the branch's from end:
//   from = parent: V_child = V_parent / t - z I,  parent supplies I / conj(t)
//   from = child:  V_child = t (V_parent - z I),  parent supplies I, with I = conj(t) D_child
// where D_child is the current the child's subtree draws. Line charging is lumped into the
// end buses as shunts (the from end's half scaled by 1/|t|^2).
struct SweepLink {
    std::size_t child = 0;
    std::size_t parent = 0;
    Complex z;
    Complex ratio;
    bool parent_is_from = true;
    long coupler = -1; // CompiledBranch::coupler of the link's branch
};

struct NetworkModel {
    double base_mva = 1.0;
    std::size_t bus_count = 0;
    std::vector<BusType> type;
    Eigen::VectorXcd s_spec;  // specified net injection, p.u. (generation - load)
    Eigen::VectorXcd y_shunt; // bus shunts and capacitor banks, p.u. at 1 p.u. voltage
    Eigen::VectorXcd v_start; // slack/PV set points, flat elsewhere; zero at dead buses
    std::vector<CompiledBranch> branches;
    // Per coupler (CompiledBranch::coupler), its index into `branches`.
    std::vector<std::size_t> couplers;
    Eigen::SparseMatrix<Complex> ybus; // includes y_shunt and line charging, not couplers
    Topology topology;
    // Per bus, the generators (Case::generators indices) that regulate it (Slack/Voltage).
    std::vector<std::vector<std::size_t>> regulating;
    // Per generator: the active and reactive power it injects by specification (MW, MVAr;
    // the profile applied), and whether it is the one unit of its bus that takes the balance.
    std::vector<double> unit_p_mw;
    std::vector<double> unit_q_mvar;
    std::vector<bool> balancing;
    std::vector<Diagnostic> diagnostics;
    // Why the backward/forward sweep cannot solve this network (empty when it can), and its
    // tree links per child bus and the line charging lumped at the buses.
    std::string sweep_obstacle;
    std::vector<std::optional<SweepLink>> sweep_links;
    Eigen::VectorXcd charging_shunt;

    // Where the replaceable injections go (Case order), so that an OperatingPoint can be
    // applied without the Case: the bus of each generator, store and capacitor bank, whether
    // a generator injects a specified q (power control), whether a unit injects its set point
    // (in service, energised, not the balancing unit), whether a device is in service, the
    // capacitor step sizes and the bus shunts without the banks.
    std::vector<std::size_t> unit_bus;
    std::vector<bool> unit_specifies_q;
    std::vector<bool> unit_injects_set_point;
    std::vector<std::size_t> storage_bus;
    std::vector<bool> storage_in_service;
    std::vector<std::size_t> capacitor_bus;
    std::vector<double> capacitor_step_mvar;
    std::vector<bool> capacitor_in_service;
    Eigen::VectorXcd bus_shunt;
};

// The injections a compiled network is solved for; everything else (topology, impedances,
// bus types, voltage set points) is fixed at compile time. Case order throughout.
struct OperatingPoint {
    std::vector<double> load_p_mw;   // per bus: the bus's total load
    std::vector<double> load_q_mvar; // per bus
    // Per generator: the set point of a unit that does not take its bus's balance (q is used
    // only by power-controlled units).
    std::vector<double> unit_p_mw;
    std::vector<double> unit_q_mvar;
    std::vector<double> storage_p_mw; // per store, > 0 discharging
    std::vector<int> capacitor_steps; // per bank, steps switched in
};

// The scaling of loads, WT and PV to one hour of a typical day; empty day: base values.
struct Snapshot {
    std::string day;
    int hour = 0;
};

// Throws Error(BadInput) for an invalid case, an island with load but no source, or an
// unknown day/hour.
NetworkModel compileNetwork(const Case& c, const Snapshot& snapshot);

// The operating point a case specifies at a snapshot: loads by their profiles, units at
// devices::scheduledMw, stores at p_mw, capacitor banks at steps_on.
OperatingPoint operatingPointOf(const Case& c, const Snapshot& snapshot);

// Replaces the specified injections and the banks' shunts of a compiled model. Throws
// Error(BadInput) when a vector's length does not match the model.
void applyOperatingPoint(NetworkModel& m, const OperatingPoint& x);

// The current each bus injects into the network, Ybus V plus the couplers' series currents
// (`couplerCurrent`, one per coupler, from the from end's ideal transformer to the to end).
Eigen::VectorXcd injectedCurrent(const NetworkModel& m, const Eigen::VectorXcd& v,
                                 const Eigen::VectorXcd& couplerCurrent);

// S = V .* conj(injectedCurrent), the power each bus injects into the network.
Eigen::VectorXcd injectedPower(const NetworkModel& m, const Eigen::VectorXcd& v,
                               const Eigen::VectorXcd& couplerCurrent);

// The current through a branch's series impedance, from the from end's ideal transformer to the
// to end: ys (V_from / t - V_to), or the solved current of a coupler.
Complex seriesCurrent(const CompiledBranch& b, const Eigen::VectorXcd& v,
                      const Eigen::VectorXcd& couplerCurrent);

} // namespace gridcarbon
