#include "region/RegionModel.h"

#include "devices/DevicePhysics.h"
#include "formulations/ItemNames.h"
#include "operation/AcOperatingPoint.h"
#include "operation/OperationBuilder.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

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
        if (devices::isInstalled(g))
            total += std::max(g.p_max_mw, 0.0);
    for (const Storage& s : c.storages)
        if (devices::isInstalled(s))
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
    m.horizon = operation::makeHorizon(c, m.spec.day);
    operation::Horizon& h = m.horizon;
    if (spec.hour && (*spec.hour < 0 || *spec.hour >= h.periods))
        throw badInput("hour " + std::to_string(*spec.hour) + " is not in day '" + m.spec.day +
                       "' (0.." + std::to_string(h.periods - 1) + ")");

    // The observed loads leave the fixed horizon and come back as shape x p.
    operation::Horizon fixed = h;
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
    operation::OperationSpec op;
    op.formulation = spec.formulation;
    op.extra_flow_bound_pu = static_cast<double>(m.bus.size()) * 4.0 * m.p_limit_mw / base;
    operation::OperationBuilder builder(c, fixed, op);
    const bool withQ = spec.formulation != formulations::Formulation::DC;
    for (std::size_t k = 0; k < m.bus.size(); ++k) {
        m.p.push_back(builder.model().addVariable(0.0, m.p_limit_mw, 0.0, m.axis_names[k]));
        for (int t = 0; t < h.periods; ++t) {
            builder.injections().p[t][m.bus[k]].add(m.p[k], -m.p_shape[k][t] / base);
            if (withQ)
                builder.injections().q[t][m.bus[k]].add(m.p[k], -m.q_shape[k][t] / base);
        }
    }
    operation::OperationProblem problem = builder.close();
    m.model = std::move(problem.model);
    m.net = std::move(problem.net);
    m.vars = std::move(problem.vars);
    m.devices = std::move(problem.devices);
    m.carbon = std::move(problem.carbon);
    m.loss = std::move(problem.loss);
    m.period_loss = std::move(problem.period_loss);
    m.cap_row = m.model.addRow(m.carbon, -opt::kInf, spec.cap_t, formulations::item::kCarbonCap,
                               opt::family::kCarbon);
    try {
        m.ac_network = std::make_shared<CompiledNetwork>(operation::acCheckCase(c));
    } catch (const Error& e) {
        m.ac_network_error = e.what();
    }
    return m;
}

operation::Horizon horizonAt(const RegionModel& m, const std::vector<double>& p) {
    operation::Horizon h = m.horizon;
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
