#pragma once
// The operating rules of a case's devices, written once for every study: which units and
// stores take part, how much a unit can produce in an hour of a typical day, what a power flow
// injects for it, how a store's energy moves when it charges or discharges, and what a unit
// emits. The optimisation constraints (operation/DeviceConstraints), the hourly carbon
// simulation (carbon/DayCarbon), the power flow (powerflow/NetworkModel) and the carbon
// emission flow read these functions instead of the Case fields behind them.
#include "model/Case.h"

#include <string>
#include <vector>

namespace gridcarbon::devices {

// A unit or store takes part in operation studies when it is in service and built: a
// planning candidate has no installed capacity yet.
bool isInstalled(const Generator& g);
bool isInstalled(const Storage& s);

// Units whose output follows a dispatch decision with ramp limits and on/off states (MT and
// thermal); the others produce what their resource or the grid allows.
bool isCommitted(const Generator& g);
// Units whose resource may be spilled: their least output is 0 whatever p_min says.
bool isCurtailable(const Generator& g);

// The fraction of a unit's rating its resource allows in `hour` of `day`: its profile's
// value, 1 without a profile or a day. Any kind of unit may have a profile (wind, sun, water,
// or a derating schedule). Throws Error(BadInput) naming the unit for an unknown profile.
double availabilityFactor(const Case& c, const Generator& g, const std::string& day, int hour);
// The most the unit can produce in that hour, MW.
double availableMw(const Case& c, const Generator& g, const std::string& day, int hour);
// What a power flow injects for a unit that does not take the balance: its available power
// when it has a profile and a day is chosen (renewables run at their resource), else its set
// point p_mw.
double scheduledMw(const Case& c, const Generator& g, const std::string& day, int hour);

// The multiplier of a load's profile in that hour (1 without a profile or a day).
double loadFactor(const Case& c, const Load& l, const std::string& day, int hour);
// Every bus's total load in that hour, MW and MVAr, Case::buses order.
struct BusLoads {
    std::vector<double> p_mw;
    std::vector<double> q_mvar;
};
BusLoads busLoads(const Case& c, const std::string& day, int hour);

// Storage energy, MWh. A store holds soc_initial x energy_mwh at the start of the day and
// may not leave [soc_min, soc_max] x energy_mwh.
double initialEnergyMwh(const Storage& s);
double minEnergyMwh(const Storage& s);
double maxEnergyMwh(const Storage& s);
// The energy a store gains over `hours` at output `p_mw` (> 0 discharging into the network,
// < 0 charging from it): charging stores eta_charge of what it draws, discharging withdraws
// 1 / eta_discharge of what it delivers.
double storedEnergyChangeMwh(const Storage& s, double p_mw, double hours);
// The same rule as coefficients of a linear model: energy change = charge_gain x drawn MWh -
// discharge_cost x delivered MWh.
double chargeGain(const Storage& s);
double dischargeCost(const Storage& s);

// Emissions of a running unit, tCO2/h at output p_mw: intensity x p plus its no-load
// emission (a gas unit's part-load penalty), paid whenever it runs. The line's two terms are
// what a linear model prices (per MWh of output, and per hour on).
struct EmissionLine {
    double t_per_mwh = 0.0;
    double no_load_t_per_h = 0.0;
};
EmissionLine emissionLine(const Generator& g);
double emissionTPerH(const Generator& g, double p_mw);
// The intensity of its output at p_mw, t/MWh: emissionTPerH / p, the "dynamic" intensity of
// gas units at part load (paper 001 section 3); 0 when p <= 0.
double outputIntensity(const Generator& g, double p_mw);
// The intensity of the energy a store holds at the start of the day: its own setting, else
// the mean intensity of the case's in-service grid connections, else 0.
double initialStoredIntensity(const Case& c, const Storage& s);

} // namespace gridcarbon::devices
