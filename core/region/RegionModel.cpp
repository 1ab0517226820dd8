#include "region/RegionModel.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace gridcarbon::region {
namespace {

using opt::Affine;

std::vector<std::size_t> observedBuses(const Case& c, const std::vector<std::string>& ids) {
    if (ids.size() < 2 || ids.size() > 3)
        throw badInput("the region needs 2 or 3 observed buses, got " + std::to_string(ids.size()));
    const auto index = busIndexMap(c);
    std::set<std::string> seen;
    std::vector<std::size_t> out;
    for (const std::string& id : ids) {
        const auto it = index.find(id);
        if (it == index.end())
            throw badInput("observed bus '" + id + "' is not in the case");
        if (!seen.insert(id).second)
            throw badInput("observed bus '" + id + "' is listed twice");
        out.push_back(it->second);
    }
    return out;
}

double supplyCapacity(const Case& c) {
    double total = 0.0;
    for (const Generator& g : c.generators)
        if (opf::isInstalled(g))
            total += std::max(g.p_max_mw, 0.0);
    for (const Storage& s : c.storages)
        if (opf::isInstalled(s))
            total += s.p_max_mw;
    return total;
}

} // namespace

std::string firstDay(const Case& c) {
    for (const Profile& p : c.profiles)
        if (!p.days.empty())
            return p.days.front().name;
    throw badInput("case '" + c.name +
                   "' has no typical-day profiles: the region study needs a day");
}

RegionModel buildRegionModel(const Case& c, const RegionSpec& spec) {
    RegionModel m;
    m.source = c;
    m.spec = spec;
    if (m.spec.day.empty())
        m.spec.day = firstDay(c);
    if (!(spec.cap_t > 0.0) || !std::isfinite(spec.cap_t))
        throw badInput("the daily carbon cap must be a positive number of tonnes");
    m.bus = observedBuses(c, spec.observed);
    m.horizon = opf::makeHorizon(c, m.spec.day);
    opf::Horizon& h = m.horizon;
    if (spec.hour && (*spec.hour < 0 || *spec.hour >= h.periods))
        throw badInput("hour " + std::to_string(*spec.hour) + " is not in day '" + m.spec.day +
                       "' (0.." + std::to_string(h.periods - 1) + ")");

    // The observed loads leave the fixed horizon and come back as shape x p.
    opf::Horizon fixed = h;
    for (std::size_t k = 0; k < m.bus.size(); ++k) {
        const std::size_t n = m.bus[k];
        const std::string& id = c.buses[n].id;
        std::vector<double> ps(h.periods, 0.0), qs(h.periods, 0.0);
        double level = 0.0;
        if (spec.hour) {
            level = h.load_p_mw[*spec.hour][n];
            if (level > 0.0) {
                ps[*spec.hour] = 1.0;
                qs[*spec.hour] = h.load_q_mvar[*spec.hour][n] / level;
            }
            fixed.load_p_mw[*spec.hour][n] = fixed.load_q_mvar[*spec.hour][n] = 0.0;
        } else {
            for (int t = 0; t < h.periods; ++t)
                level = std::max(level, h.load_p_mw[t][n]);
            for (int t = 0; t < h.periods && level > 0.0; ++t) {
                ps[t] = h.load_p_mw[t][n] / level;
                qs[t] = h.load_q_mvar[t][n] / level;
                fixed.load_p_mw[t][n] = fixed.load_q_mvar[t][n] = 0.0;
            }
        }
        if (!(level > 0.0))
            throw badInput("observed bus '" + id + "' has no load" +
                           (spec.hour ? " at hour " + std::to_string(*spec.hour) : std::string()) +
                           ": the region is spanned by load levels");
        m.p_shape.push_back(std::move(ps));
        m.q_shape.push_back(std::move(qs));
        m.base.push_back(level);
        m.axis_names.push_back("p_" + id + "_mw");
    }

    const double base = c.base_mva;
    m.p_limit_mw = std::max(1.5 * supplyCapacity(c), 1e-3);
    double flow = opf::flowBound(c, fixed);
    for (std::size_t k = 0; k < m.bus.size(); ++k)
        flow += 2.0 * m.p_limit_mw * 2.0 / base;
    m.net = formulations::compileNetworkData(c);
    m.vars = formulations::addNetwork(m.model, m.net, spec.formulation, h.periods, flow);
    formulations::Injections inj(h.periods, c.buses.size());
    m.devices = opf::addDevices(m.model, c, fixed, m.net, m.vars, opf::Binaries{}, false, inj);
    const bool withQ = spec.formulation != formulations::Formulation::DC;
    for (std::size_t k = 0; k < m.bus.size(); ++k) {
        m.p.push_back(m.model.addVariable(0.0, m.p_limit_mw, 0.0, m.axis_names[k]));
        for (int t = 0; t < h.periods; ++t) {
            inj.p[t][m.bus[k]].add(m.p[k], -m.p_shape[k][t] / base);
            if (withQ)
                inj.q[t][m.bus[k]].add(m.p[k], -m.q_shape[k][t] / base);
        }
    }
    formulations::addBalance(m.model, m.net, m.vars, inj);
    m.carbon = opf::carbonExpression(c, fixed, m.devices);
    m.cap_row = m.model.addRow(m.carbon, -opt::kInf, spec.cap_t, "daily carbon cap", "carbon");
    for (int t = 0; t < h.periods; ++t) {
        m.period_loss.push_back(formulations::seriesLosses(m.net, m.vars, t));
        m.loss += (base * h.hours) * m.period_loss.back();
    }
    return m;
}

opf::Horizon horizonAt(const RegionModel& m, const std::vector<double>& p) {
    opf::Horizon h = m.horizon;
    for (std::size_t k = 0; k < m.bus.size(); ++k)
        for (int t = 0; t < h.periods; ++t) {
            if (m.spec.hour && t != *m.spec.hour)
                continue; // only that hour's load is observed
            h.load_p_mw[t][m.bus[k]] = m.p_shape[k][t] * p[k];
            h.load_q_mvar[t][m.bus[k]] = m.q_shape[k][t] * p[k];
        }
    return h;
}

} // namespace gridcarbon::region
