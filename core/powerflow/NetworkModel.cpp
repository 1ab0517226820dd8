#include "powerflow/NetworkModel.h"

#include "devices/DevicePhysics.h"
#include "model/Profiles.h"
#include "model/Validate.h"
#include "powerflow/Solvers.h"
#include "util/Error.h"
#include "util/Text.h"

#include <cmath>
#include <numbers>
#include <unordered_map>
#include <utility>

namespace gridcarbon {
namespace {

// A coupler makes its two ends one node: two units holding them at different voltages cannot
// both be right, and Newton would chase the difference through a near-zero impedance.
//
// A loop made only of couplers is refused too: the split of the flow around it depends on
// impedances whose products underflow, so it cannot be solved for (open one of them).
void requireConsistentCouplers(const NetworkModel& m, const Case& c) {
    std::vector<std::size_t> group(m.bus_count);
    for (std::size_t i = 0; i < group.size(); ++i)
        group[i] = i;
    const auto root = [&](std::size_t i) {
        while (group[i] != i)
            i = group[i] = group[group[i]];
        return i;
    };
    for (const std::size_t k : m.couplers) {
        const CompiledBranch& b = m.branches[k];
        const std::size_t from = root(b.from), to = root(b.to);
        if (from == to)
            throw badInput("branch '" + c.branches[b.index].id + "' has an impedance below " +
                           roundedNumber(kCouplerImpedancePu) + " p.u. and closes a loop of such " +
                           "branches between buses '" + c.branches[b.index].from + "' and '" +
                           c.branches[b.index].to + "': the flow's split around it cannot be " +
                           "solved for; open it or give it a real impedance");
        group[from] = to;
    }
    for (const std::size_t k : m.couplers) {
        const CompiledBranch& b = m.branches[k];
        const auto held = [&](std::size_t i) {
            return m.type[i] == BusType::Slack || m.type[i] == BusType::PV;
        };
        if (!held(b.from) || !held(b.to))
            continue;
        const Complex across = m.v_start[b.from] / b.ratio;
        const Complex to = m.v_start[b.to];
        const bool bothSlack = m.type[b.from] == BusType::Slack && m.type[b.to] == BusType::Slack;
        const double differs =
            bothSlack ? std::abs(across - to) : std::abs(std::abs(across) - std::abs(to));
        if (differs > 1e-9)
            throw badInput("branch '" + c.branches[b.index].id + "' has an impedance below " +
                           roundedNumber(kCouplerImpedancePu) + " p.u. and joins buses '" +
                           c.branches[b.index].from + "' and '" + c.branches[b.index].to +
                           "', which units hold at different voltages (" +
                           roundedNumber(std::abs(m.v_start[b.from]), 6) + " and " +
                           roundedNumber(std::abs(to), 6) + " p.u.): give it a real impedance or " +
                           "one voltage set point");
    }
}

} // namespace

NetworkModel compileNetwork(const Case& c, const Snapshot& snapshot) {
    requireStudyCase(c);
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
    m.v_start = Eigen::VectorXcd::Ones(n);
    m.regulating.assign(n, {});
    m.bus_shunt = Eigen::VectorXcd::Zero(n);
    for (std::size_t i = 0; i < n; ++i)
        m.bus_shunt[i] = Complex(c.buses[i].gs_mw, c.buses[i].bs_mvar) / base;
    for (const Storage& st : c.storages) {
        m.storage_bus.push_back(index.at(st.bus));
        m.storage_in_service.push_back(st.in_service);
    }
    for (const Capacitor& cap : c.capacitors) {
        m.capacitor_bus.push_back(index.at(cap.bus));
        m.capacitor_step_mvar.push_back(cap.q_step_mvar);
        m.capacitor_in_service.push_back(cap.in_service);
    }

    // Slack generators first, so that a bus with a slack and a voltage unit stays the slack.
    // Only the first slack unit of a bus takes the balance; every other unit injects its set
    // point (as MATPOWER keeps the Pg of all but the first unit at a reference bus).
    const std::size_t units = c.generators.size();
    m.balancing.assign(units, false);
    m.unit_specifies_q.assign(units, false);
    m.unit_injects_set_point.assign(units, false);
    for (const Generator& gen : c.generators)
        m.unit_bus.push_back(index.at(gen.bus));
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t g = 0; g < units; ++g) {
            const Generator& gen = c.generators[g];
            if (!gen.in_service || (pass == 0) != (gen.control == Control::Slack))
                continue;
            const std::size_t b = m.unit_bus[g];
            if (m.type[b] == BusType::Dead)
                continue;
            const bool firstRegulator = m.regulating[b].empty();
            if (gen.control == Control::Slack && firstRegulator) {
                m.balancing[g] = true;
            } else {
                m.unit_injects_set_point[g] = true;
                m.unit_specifies_q[g] = gen.control == Control::Power;
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
        cb.ratio = std::polar(br.tap, br.shift_deg * std::numbers::pi / 180.0);
        cb.b_half = br.b_pu / 2.0;
        if (std::abs(cb.z) < kCouplerImpedancePu) {
            cb.coupler = static_cast<long>(m.couplers.size());
            m.couplers.push_back(m.branches.size());
        } else {
            cb.ys = 1.0 / cb.z;
        }
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
    requireConsistentCouplers(m, c);
    // Every diagonal entry exists, so that the banks' shunts can be changed in place.
    for (std::size_t i = 0; i < n; ++i)
        y.emplace_back(i, i, m.bus_shunt[i]);
    m.ybus.resize(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    m.ybus.setFromTriplets(y.begin(), y.end());
    m.ybus.makeCompressed();
    m.y_shunt = m.bus_shunt;
    applyOperatingPoint(m, operatingPointOf(c, snapshot));
    m.sweep_obstacle = sweepObstacle(m, c);
    compileSweep(m, c);
    return m;
}

OperatingPoint operatingPointOf(const Case& c, const Snapshot& snapshot) {
    OperatingPoint x;
    devices::BusLoads loads = devices::busLoads(c, snapshot.day, snapshot.hour);
    x.load_p_mw = std::move(loads.p_mw);
    x.load_q_mvar = std::move(loads.q_mvar);
    for (const Generator& g : c.generators) {
        x.unit_p_mw.push_back(devices::scheduledMw(c, g, snapshot.day, snapshot.hour));
        x.unit_q_mvar.push_back(g.q_mvar);
    }
    for (const Storage& st : c.storages)
        x.storage_p_mw.push_back(st.p_mw);
    for (const Capacitor& cap : c.capacitors)
        x.capacitor_steps.push_back(cap.steps_on);
    return x;
}

void applyOperatingPoint(NetworkModel& m, const OperatingPoint& x) {
    const auto sized = [](const auto& v, std::size_t n, const char* what) {
        if (v.size() != n)
            throw badInput(std::string("operating point: ") + what + " has " +
                           std::to_string(v.size()) + " entries for " + std::to_string(n));
    };
    const std::size_t n = m.bus_count;
    sized(x.load_p_mw, n, "load_p_mw");
    sized(x.load_q_mvar, n, "load_q_mvar");
    sized(x.unit_p_mw, m.unit_bus.size(), "unit_p_mw");
    sized(x.unit_q_mvar, m.unit_bus.size(), "unit_q_mvar");
    sized(x.storage_p_mw, m.storage_bus.size(), "storage_p_mw");
    sized(x.capacitor_steps, m.capacitor_bus.size(), "capacitor_steps");
    const double base = m.base_mva;
    for (std::size_t i = 0; i < n; ++i)
        m.s_spec[i] = -Complex(x.load_p_mw[i], x.load_q_mvar[i]) / base;
    for (std::size_t k = 0; k < m.storage_bus.size(); ++k)
        if (m.storage_in_service[k])
            m.s_spec[m.storage_bus[k]] += Complex(x.storage_p_mw[k], 0.0) / base;
    m.unit_p_mw.assign(m.unit_bus.size(), 0.0);
    m.unit_q_mvar.assign(m.unit_bus.size(), 0.0);
    for (std::size_t g = 0; g < m.unit_bus.size(); ++g) {
        if (!m.unit_injects_set_point[g])
            continue;
        m.unit_p_mw[g] = x.unit_p_mw[g];
        m.unit_q_mvar[g] = m.unit_specifies_q[g] ? x.unit_q_mvar[g] : 0.0;
        m.s_spec[m.unit_bus[g]] += Complex(m.unit_p_mw[g], m.unit_q_mvar[g]) / base;
    }
    Eigen::VectorXcd shunt = m.bus_shunt;
    for (std::size_t k = 0; k < m.capacitor_bus.size(); ++k)
        if (m.capacitor_in_service[k])
            shunt[m.capacitor_bus[k]] +=
                Complex(0.0, m.capacitor_step_mvar[k] * x.capacitor_steps[k] / base);
    for (std::size_t i = 0; i < n; ++i) {
        const Complex change = shunt[i] - m.y_shunt[i];
        if (change != Complex(0.0, 0.0)) {
            const auto e = static_cast<Eigen::Index>(i);
            m.ybus.coeffRef(e, e) += change;
        }
    }
    m.y_shunt = shunt;
}

Eigen::VectorXcd injectedCurrent(const NetworkModel& m, const Eigen::VectorXcd& v,
                                 const Eigen::VectorXcd& couplerCurrent) {
    Eigen::VectorXcd i = m.ybus * v;
    for (std::size_t k = 0; k < m.couplers.size(); ++k) {
        const CompiledBranch& b = m.branches[m.couplers[k]];
        const Complex series = couplerCurrent[static_cast<Eigen::Index>(k)];
        i[static_cast<Eigen::Index>(b.from)] += series / std::conj(b.ratio);
        i[static_cast<Eigen::Index>(b.to)] -= series;
    }
    return i;
}

Eigen::VectorXcd injectedPower(const NetworkModel& m, const Eigen::VectorXcd& v,
                               const Eigen::VectorXcd& couplerCurrent) {
    return v.cwiseProduct(injectedCurrent(m, v, couplerCurrent).conjugate());
}

Complex seriesCurrent(const CompiledBranch& b, const Eigen::VectorXcd& v,
                      const Eigen::VectorXcd& couplerCurrent) {
    if (b.coupler >= 0)
        return couplerCurrent[b.coupler];
    return b.ys *
           (v[static_cast<Eigen::Index>(b.from)] / b.ratio - v[static_cast<Eigen::Index>(b.to)]);
}

} // namespace gridcarbon
