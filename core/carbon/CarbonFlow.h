#pragma once
// Carbon emission flow of one period by proportional sharing (docs/carbon.md; paper 000
// section 2): every bus mixes what flows into it, so the carbon intensity of a bus is the
// carbon it receives per MWh it passes on, and every outflow (load, branch, shunt, unit or
// storage drawing power) carries that intensity. A branch passes on its sending bus's
// intensity; its losses emit at that intensity. Lossless flows give the DC method of Kang
// et al. (eqs 1-4), lossy ones the power-flow-distribution-matrix method (eqs 5-8).
#include "carbon/FlowState.h"
#include "model/Case.h"

#include <limits>
#include <string>
#include <vector>

namespace gridcarbon::carbon {

constexpr double kNoIntensity = std::numeric_limits<double>::quiet_NaN();

// Why a bus has the intensity it has.
enum class IntensitySource {
    Mixed,         // the mix of what flows into it
    NoThroughFlow, // nothing flows through it: the intensity of the bus that would feed it
    Dead,          // de-energised: no intensity (NaN)
};

struct BusCarbon {
    std::string id;
    IntensitySource source = IntensitySource::Mixed;
    double through_flow_mw = 0.0; // power the bus passes on to its outflows
    double intensity_t_per_mwh = kNoIntensity;
    double load_mw = 0.0;
    double load_emission_t_per_h = 0.0;
    double shunt_loss_emission_t_per_h = 0.0;
    // The voltage magnitude of the state traced; NaN when unknown.
    double vm_pu = std::numeric_limits<double>::quiet_NaN();
};

struct BranchCarbon {
    std::string id;
    std::string from;
    std::string to;
    bool carries_flow = false;   // in service, energised and not idle
    std::string sending_bus;     // where its power comes from (empty: fed from both ends)
    double p_sending_mw = 0.0;   // power entering the branch
    double p_receiving_mw = 0.0; // power leaving it at the other end
    double intensity_t_per_mwh = kNoIntensity; // carbon flow density
    double carbon_flow_sending_t_per_h = 0.0;
    double carbon_flow_receiving_t_per_h = 0.0;
    double loss_emission_t_per_h = 0.0;
};

// A generating unit or a storage device in this period.
struct SourceCarbon {
    std::string id;
    std::string kind; // grid, thermal, wt, pv, ht, mt, es
    std::string bus;
    double p_mw = 0.0;                // positive: supplies the bus
    double intensity_t_per_mwh = 0.0; // of what it supplies (or, drawing, of what it takes)
    double emission_t_per_h = 0.0;    // supplying: emitted or released; drawing: taken in
};

struct CarbonTotals {
    double generation_t_per_h = 0.0;        // emitted by units supplying power
    double storage_discharge_t_per_h = 0.0; // released by storage discharging
    double load_t_per_h = 0.0;
    double loss_t_per_h = 0.0;           // branch losses and bus shunt conductance
    double export_t_per_h = 0.0;         // carried off by units drawing power (grid export)
    double storage_charge_t_per_h = 0.0; // taken in by storage charging
    // |in - out| / max(in, tiny), in = generation + discharge, out = the rest.
    double balance_error = 0.0;
};

struct CarbonFlowResult {
    int hour = 0;
    std::vector<BusCarbon> buses;       // Case::buses order
    std::vector<BranchCarbon> branches; // Case::branches order
    std::vector<SourceCarbon> sources;  // units, then storage, of the state's exchanges
    CarbonTotals totals;
};

struct CarbonFlowOptions {
    // Intensity of the energy each storage device (Case::storages order) discharges this
    // period; missing entries use the device's initial stored intensity
    // (devices::initialStoredIntensity).
    std::vector<double> storage_intensity_t_per_mwh;
    // Flows below this (MW) count as none: buses passing on less have no through-flow.
    double zero_flow_mw = 1e-9;
};

// Throws Error(Failed) naming a bus when power circulates without reaching any outflow (the
// sharing equations are singular).
CarbonFlowResult computeCarbonFlow(const Case& c, const FlowState& state,
                                   const CarbonFlowOptions& options = {});

} // namespace gridcarbon::carbon
