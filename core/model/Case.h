#pragma once
// The engineering model of a distribution network study: buses, branches, loads, generating
// units (grid connection, conventional units, WT, PV, HT, MT), storage, capacitors, hourly
// profiles over typical days, economic and carbon parameters. Plain values; ids are strings.
// Units: MW, MVAr, kV, p.u. on base_mva, hours, t/MWh, CNY.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace gridcarbon {

struct Point {
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Point&) const = default;
};

struct Bus {
    std::string id;
    std::string name;
    double base_kv = 0.0;
    double vmin_pu = 0.9;
    double vmax_pu = 1.1;
    double gs_mw = 0.0;            // shunt conductance, MW consumed at 1.0 p.u.
    double bs_mvar = 0.0;          // shunt susceptance, MVAr injected at 1.0 p.u.
    std::optional<Point> position; // drawing coordinates; absent for imported cases
    bool operator==(const Bus&) const = default;
};

enum class BranchKind { Line, Transformer };

// MATPOWER's pi model: an ideal transformer (tap, shift) at the from end, then the series
// impedance, with half the charging susceptance at each end of the series element.
// A line with a line type and a length takes r_pu, x_pu, b_pu and rate_mva from them
// (model/LineTypes); the per-unit values are then derived, never entered.
struct Branch {
    std::string id;
    std::string from;
    std::string to;
    BranchKind kind = BranchKind::Line;
    double r_pu = 0.0;
    double x_pu = 0.0;
    double b_pu = 0.0;
    double tap = 1.0; // off-nominal ratio; 1.0 for lines
    double shift_deg = 0.0;
    double rate_mva = 0.0;  // 0: unlimited
    bool in_service = true; // false: open switch or out of service
    std::string line_type;  // id of one of Case::line_types; empty: per-unit values as given
    double length_km = 0.0; // route length; 0: not given
    bool operator==(const Branch&) const = default;
};

// A conductor or cable type: series impedance, shunt capacitance and current rating per phase,
// per kilometre of route.
struct LineType {
    std::string id;
    double r_ohm_per_km = 0.0;
    double x_ohm_per_km = 0.0;
    double c_nf_per_km = 0.0;
    double ampacity_a = 0.0; // continuous current rating; 0: unlimited
    bool operator==(const LineType&) const = default;
};

struct Load {
    std::string id;
    std::string bus;
    double p_mw = 0.0; // peak (profile multiplier 1.0)
    double q_mvar = 0.0;
    std::string profile; // id of a load profile; empty: constant
    bool operator==(const Load&) const = default;
};

enum class GeneratorKind { Grid, Thermal, WT, PV, HT, MT };

// How a unit takes part in the power flow.
enum class Control {
    Slack,   // holds voltage magnitude and angle, takes the balance
    Voltage, // holds voltage magnitude at p_mw (a PV bus)
    Power,   // injects p_mw, q_mvar (a PQ injection, typical for DER)
};

struct Generator {
    std::string id;
    std::string bus;
    GeneratorKind kind = GeneratorKind::Thermal;
    std::string fuel; // free text for reports: coal, gas, wind, solar, hydro, ...
    Control control = Control::Power;
    double p_mw = 0.0;
    double q_mvar = 0.0;
    double vm_pu = 1.0;    // voltage set point (Slack, Voltage)
    double va_deg = 0.0;   // angle reference (Slack)
    double p_min_mw = 0.0; // for the grid connection: minus the export limit
    double p_max_mw = 0.0; // for the grid connection: the import limit
    double q_min_mvar = 0.0;
    double q_max_mvar = 0.0;
    double carbon_intensity_t_per_mwh = 0.0;
    // Emitted whenever the unit runs, whatever its output: a gas unit's part-load penalty,
    // which makes its intensity (no-load + intensity x P) / P rise at low output.
    double carbon_no_load_t_per_h = 0.0;
    double cost_per_mwh = 0.0;     // linear energy cost
    double cost_per_mw2h = 0.0;    // quadratic energy cost coefficient
    double ramp_mw_per_h = 0.0;    // 0: no ramp limit
    std::string profile;           // availability profile (WT, PV): multiplier of p_max_mw
    bool candidate = false;        // a planning candidate site: no installed capacity yet
    double candidate_max_mw = 0.0; // the largest capacity the planner may install here
    bool in_service = true;
    bool operator==(const Generator&) const = default;
};

struct Storage {
    std::string id;
    std::string bus;
    double energy_mwh = 0.0;
    double p_max_mw = 0.0; // charge and discharge power limit
    double soc_min = 0.1;
    double soc_max = 0.9;
    double soc_initial = 0.5;
    double eta_charge = 0.95;
    double eta_discharge = 0.95;
    double p_mw = 0.0; // power-flow snapshot: positive discharging into the bus
    // Intensity of the energy held at the start of the day; absent: that of the grid supply.
    std::optional<double> carbon_intensity_t_per_mwh;
    bool candidate = false;
    double candidate_max_mw = 0.0;
    double candidate_hours = 0.0; // energy-to-power ratio of a candidate installation
    bool in_service = true;
    bool operator==(const Storage&) const = default;
};

enum class CompensationLayer { User, DistributionStationArea, Line, Substation };

struct Capacitor {
    std::string id;
    std::string bus;
    CompensationLayer layer = CompensationLayer::User;
    double q_step_mvar = 0.0; // rating of one step at 1.0 p.u.
    int steps = 1;
    int steps_on = 0; // power-flow snapshot
    bool in_service = true;
    bool operator==(const Capacitor&) const = default;
};

// One typical day of hourly values, standing for weight_days days of a year.
struct TypicalDay {
    std::string name;
    double weight_days = 0.0;
    std::vector<double> values;
    bool operator==(const TypicalDay&) const = default;
};

enum class ProfileQuantity { Load, Wind, PV, Price };

// Load, wind and PV profiles are multipliers of the peak/rated value; price profiles are
// in currency per MWh.
struct Profile {
    std::string id;
    ProfileQuantity quantity = ProfileQuantity::Load;
    std::vector<TypicalDay> days;
    bool operator==(const Profile&) const = default;
};

struct Economics {
    std::string currency = "CNY";
    double carbon_price_per_t = 0.0;
    double free_carbon_quota_t = 0.0;
    std::string purchase_price_profile; // id of a price profile
    std::string sale_price_profile;
    double loss_price_per_mwh = 0.0;
    // Daily carbon emission cap of the committed-carbon-emission operating region study,
    // tCO2 per day; 0: none.
    double daily_carbon_cap_t = 0.0;
    bool operator==(const Economics&) const = default;
};

struct Case {
    std::string name;
    std::string description;
    std::string source;
    double base_mva = 100.0;
    double frequency_hz = 50.0; // turns a line type's capacitance into susceptance
    std::vector<Bus> buses;
    std::vector<Branch> branches;
    std::vector<Load> loads;
    std::vector<Generator> generators;
    std::vector<Storage> storages;
    std::vector<Capacitor> capacitors;
    std::vector<Profile> profiles;
    std::vector<LineType> line_types;
    Economics economics;
    bool operator==(const Case&) const = default;
};

const Profile* findProfile(const Case& c, const std::string& id);

// Bus id -> position in Case::buses (the first bus of a duplicated id wins).
std::unordered_map<std::string, std::size_t> busIndexMap(const Case& c);

} // namespace gridcarbon
