#include "powerflow/NetworkModel.h"

#include "model/Profiles.h"
#include "model/Validate.h"
#include "util/Error.h"

#include <cmath>
#include <numbers>
#include <unordered_map>

namespace gridcarbon {

NetworkModel compileNetwork(const Case& c, const Snapshot& snapshot) {
    requireValid(c, "case");
    if (!snapshot.day.empty())
        dayLength(c, snapshot.day); // refuses an unknown day before anything else
    NetworkModel m;
    m.base_mva = c.base_mva;
    const std::size_t n = c.buses.size();
    m.bus_count = n;
    m.topology = analyseTopology(c);
    const Topology& topo = m.topology;

    requireSuppliedIslands(c, topo);

    const auto index = busIndexMap(c);

    m.type.assign(n, BusType::PQ);
    for (std::size_t i = 0; i < n; ++i)
        if (topo.island_sources[topo.island[i]].empty())
            m.type[i] = BusType::Dead;
    for (std::size_t i = 0; i < n; ++i)
        if (m.type[i] == BusType::Dead)
            m.diagnostics.push_back({Diagnostic::Severity::Warning, c.buses[i].id,
                                     "bus is not connected to any source: de-energised"});

    const double base = c.base_mva;
    m.s_spec = Eigen::VectorXcd::Zero(n);
    m.y_shunt = Eigen::VectorXcd::Zero(n);
    m.v_start = Eigen::VectorXcd::Ones(n);
    m.regulating.assign(n, {});

    for (std::size_t i = 0; i < n; ++i)
        m.y_shunt[i] = Complex(c.buses[i].gs_mw, c.buses[i].bs_mvar) / base;
    for (const Capacitor& cap : c.capacitors)
        if (cap.in_service)
            m.y_shunt[index.at(cap.bus)] += Complex(0.0, cap.q_step_mvar * cap.steps_on / base);
    for (const Load& l : c.loads) {
        const double k =
            profileValue(c, l.profile, snapshot.day, snapshot.hour, "load '" + l.id + "'");
        m.s_spec[index.at(l.bus)] -= Complex(l.p_mw, l.q_mvar) * k / base;
    }
    for (const Storage& s : c.storages)
        if (s.in_service)
            m.s_spec[index.at(s.bus)] += Complex(s.p_mw, 0.0) / base;

    // Slack generators first, so that a bus with a slack and a voltage unit stays the slack.
    // Only the first slack unit of a bus takes the balance; every other unit injects its set
    // point (as MATPOWER keeps the Pg of all but the first unit at a reference bus).
    const std::size_t units = c.generators.size();
    m.unit_p_mw.assign(units, 0.0);
    m.unit_q_mvar.assign(units, 0.0);
    m.balancing.assign(units, false);
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t g = 0; g < units; ++g) {
            const Generator& gen = c.generators[g];
            if (!gen.in_service || (pass == 0) != (gen.control == Control::Slack))
                continue;
            const std::size_t b = index.at(gen.bus);
            if (m.type[b] == BusType::Dead)
                continue;
            const bool firstRegulator = m.regulating[b].empty();
            if (gen.control == Control::Slack && firstRegulator) {
                m.balancing[g] = true;
            } else {
                double p = gen.p_mw;
                if (!snapshot.day.empty() && !gen.profile.empty())
                    p = gen.p_max_mw * profileValue(c, gen.profile, snapshot.day, snapshot.hour,
                                                    "generator '" + gen.id + "'");
                m.unit_p_mw[g] = p;
                m.unit_q_mvar[g] = gen.control == Control::Power ? gen.q_mvar : 0.0;
                m.s_spec[b] += Complex(m.unit_p_mw[g], m.unit_q_mvar[g]) / base;
            }
            if (gen.control == Control::Power)
                continue;
            if (firstRegulator) {
                m.type[b] = gen.control == Control::Slack ? BusType::Slack : BusType::PV;
                const double va =
                    gen.control == Control::Slack ? gen.va_deg * std::numbers::pi / 180.0 : 0.0;
                m.v_start[b] = std::polar(gen.vm_pu, va);
            } else if (std::abs(std::abs(m.v_start[b]) - gen.vm_pu) > 1e-12) {
                m.diagnostics.push_back(
                    {Diagnostic::Severity::Warning, gen.id,
                     "voltage set point differs from that of another unit on bus '" + gen.bus +
                         "'; the first one holds"});
            }
            m.regulating[b].push_back(g);
        }
    // Start PQ buses at 1 p.u. and PV buses at their set point, both at the angle of their
    // island's slack, as MATPOWER's flat start does.
    for (std::size_t i = 0; i < n; ++i) {
        if (m.type[i] == BusType::Dead) {
            m.v_start[i] = 0.0;
            continue;
        }
        const double slackAngle = std::arg(m.v_start[topo.island_sources[topo.island[i]].front()]);
        if (m.type[i] == BusType::PQ)
            m.v_start[i] = std::polar(1.0, slackAngle);
        else if (m.type[i] == BusType::PV)
            m.v_start[i] = std::polar(std::abs(m.v_start[i]), slackAngle);
    }

    std::vector<Eigen::Triplet<Complex>> y;
    y.reserve(4 * c.branches.size() + n);
    for (std::size_t k = 0; k < c.branches.size(); ++k) {
        const Branch& br = c.branches[k];
        if (!br.in_service)
            continue;
        CompiledBranch cb;
        cb.index = k;
        cb.from = index.at(br.from);
        cb.to = index.at(br.to);
        cb.z = Complex(br.r_pu, br.x_pu);
        cb.ys = 1.0 / cb.z;
        cb.ratio = std::polar(br.tap, br.shift_deg * std::numbers::pi / 180.0);
        cb.b_half = br.b_pu / 2.0;
        const Complex ytt = cb.ys + Complex(0.0, cb.b_half);
        cb.yff = ytt / (br.tap * br.tap);
        cb.yft = -cb.ys / std::conj(cb.ratio);
        cb.ytf = -cb.ys / cb.ratio;
        cb.ytt = ytt;
        y.emplace_back(cb.from, cb.from, cb.yff);
        y.emplace_back(cb.from, cb.to, cb.yft);
        y.emplace_back(cb.to, cb.from, cb.ytf);
        y.emplace_back(cb.to, cb.to, cb.ytt);
        m.branches.push_back(cb);
    }
    for (std::size_t i = 0; i < n; ++i)
        y.emplace_back(i, i, m.y_shunt[i]);
    m.ybus.resize(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    m.ybus.setFromTriplets(y.begin(), y.end());
    m.ybus.makeCompressed();
    return m;
}

Eigen::VectorXcd injectedPower(const NetworkModel& m, const Eigen::VectorXcd& v) {
    Eigen::VectorXcd i = m.ybus * v;
    return v.cwiseProduct(i.conjugate());
}

} // namespace gridcarbon
