#include "operation/Horizon.h"

#include "devices/DevicePhysics.h"
#include "model/Profiles.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gridcarbon::operation {

Horizon makeHorizon(const Case& c, const std::string& day) {
    Horizon h;
    h.day = day;
    h.periods = day.empty() ? 1 : dayLength(c, day);
    double gridPrice = 0.0;
    for (const Generator& g : c.generators)
        if (g.kind == GeneratorKind::Grid && devices::isInstalled(g))
            gridPrice = g.cost_per_mwh;
    const Economics& e = c.economics;
    for (int t = 0; t < h.periods; ++t) {
        devices::BusLoads loads = devices::busLoads(c, day, t);
        h.load_p_mw.push_back(std::move(loads.p_mw));
        h.load_q_mvar.push_back(std::move(loads.q_mvar));
        std::vector<double> available;
        for (const Generator& g : c.generators)
            available.push_back(devices::availableMw(c, g, day, t));
        h.p_max_mw.push_back(std::move(available));
        const bool priced = !day.empty() && !e.purchase_price_profile.empty();
        h.purchase_price_per_mwh.push_back(
            priced ? profileValue(c, e.purchase_price_profile, day, t, "purchase price")
                   : gridPrice);
        h.sale_price_per_mwh.push_back(
            !day.empty() && !e.sale_price_profile.empty()
                ? profileValue(c, e.sale_price_profile, day, t, "sale price")
                : 0.0);
    }
    return h;
}

double flowBound(const Case& c, const Horizon& h) {
    double total = 0.0;
    for (int t = 0; t < h.periods; ++t) {
        double load = 0.0;
        for (std::size_t n = 0; n < c.buses.size(); ++n)
            load += std::abs(h.load_p_mw[t][n]) + std::abs(h.load_q_mvar[t][n]);
        total = std::max(total, load);
    }
    for (const Generator& g : c.generators)
        if (devices::isInstalled(g))
            total += std::abs(g.p_max_mw) + std::abs(g.p_min_mw) + std::abs(g.q_max_mvar) +
                     std::abs(g.q_min_mvar);
    for (const Storage& s : c.storages)
        if (devices::isInstalled(s))
            total += s.p_max_mw;
    for (const Capacitor& cap : c.capacitors)
        total += std::abs(cap.q_step_mvar) * cap.steps * 1.5;
    for (const Bus& b : c.buses)
        total += 1.5 * (std::abs(b.gs_mw) + std::abs(b.bs_mvar));
    return 2.0 * std::max(total, 1e-3) / c.base_mva;
}

} // namespace gridcarbon::operation
