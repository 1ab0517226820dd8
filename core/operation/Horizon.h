#pragma once
// The period-by-period data of an operation over a typical day (docs/opf.md, "Data"): loads
// per bus, the power each unit may produce, and energy prices. One period at the base values
// when no day is given. Availability and load levels come from devices/DevicePhysics.
#include "model/Case.h"

#include <string>
#include <vector>

namespace gridcarbon::operation {

struct Horizon {
    std::string day; // empty: one period at the base values
    int periods = 1;
    double hours = 1.0;                           // length of one period
    std::vector<std::vector<double>> load_p_mw;   // [period][bus]
    std::vector<std::vector<double>> load_q_mvar; // [period][bus]
    std::vector<std::vector<double>> p_max_mw;    // [period][generator]: availability
    std::vector<double> purchase_price_per_mwh;   // [period]
    std::vector<double> sale_price_per_mwh;       // [period]
};

// Throws Error(BadInput) for an unknown day or a profile that does not cover it.
Horizon makeHorizon(const Case& c, const std::string& day);

// A structural bound on every branch flow (p.u.) no feasible operating point reaches: twice
// the largest load and all installed capacity together.
double flowBound(const Case& c, const Horizon& h);

} // namespace gridcarbon::operation
