#pragma once
// The committed-carbon-emission operating region of a case as an optimisation model (paper 003
// eqs 2-3 and 16, docs/region.md): the loads of the observed buses become variables p (MW),
// everything else of a day's multi-period dispatch stays as in the OPF (network formulation,
// device limits and ramps, storage), and the day's emissions are capped. A point p belongs to
// the region when this model is feasible with the observed variables fixed at p.
#include "formulations/NetworkFormulation.h"
#include "model/Case.h"
#include "operation/DeviceConstraints.h"
#include "operation/Horizon.h"
#include "opt/Model.h"
#include "powerflow/PowerFlow.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gridcarbon::region {

struct RegionSpec {
    std::vector<std::string> observed; // bus ids, 2 or 3
    formulations::Formulation formulation = formulations::Formulation::SOCR;
    double cap_t = 0.0; // daily carbon cap, tCO2
    std::string day;    // the typical day; empty: the case's first
    // Observe the load of this hour only (the other hours keep their profile values);
    // otherwise each observed bus's whole-day profile scaled so that its peak equals p.
    std::optional<int> hour;
};

struct RegionModel {
    Case source;
    RegionSpec spec;
    opt::Model model;
    formulations::NetworkData net;
    formulations::NetworkVariables vars;
    operation::DeviceVariables devices;
    operation::Horizon horizon;               // the observed buses' loads at the base point
    std::vector<std::size_t> bus;             // observed bus indices into Case::buses
    std::vector<opt::Var> p;                  // observed load levels, MW
    std::vector<std::vector<double>> p_shape; // [axis][period]: MW of load per MW of p
    std::vector<std::vector<double>> q_shape; // [axis][period]: MVAr of load per MW of p
    std::vector<double> base;                 // the base operating point, MW
    double p_limit_mw = 0.0;                  // structural upper bound of every p
    opt::Affine carbon;                       // tCO2 over the day
    opt::Affine loss;                         // MWh over the day (zero when lossless)
    std::vector<opt::Affine> period_loss;     // p.u. per period (zero when lossless)
    opt::Row cap_row;
    std::vector<std::string> axis_names; // "p_3_mw", ...
    // The exact AC check's network (operation::acCheckCase of the source), compiled once and
    // solved at each dispatch checked; shared by the model's copies, used by one at a time.
    std::shared_ptr<CompiledNetwork> ac_network;
    std::string ac_network_error; // why there is none
};

// Throws Error(BadInput) for fewer than 2 or more than 3 observed buses, an unknown or
// repeated bus, a bus without load, an unknown day or hour, a non-positive cap.
RegionModel buildRegionModel(const Case& c, const RegionSpec& spec);

// The horizon with the observed loads at `p`.
operation::Horizon horizonAt(const RegionModel& m, const std::vector<double>& p);

// The first typical day of the case's profiles (the region study's default); throws
// Error(BadInput) when the case has no profiles.
std::string firstDay(const Case& c);

} // namespace gridcarbon::region
