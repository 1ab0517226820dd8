#include "operation/DeviceConstraints.h"

#include "devices/DevicePhysics.h"
#include "formulations/ItemNames.h"
#include "model/Enums.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace gridcarbon::operation {
namespace {

using formulations::Injections;
using formulations::NetworkVariables;
using opt::Affine;
using opt::kInf;
using opt::Var;

using formulations::itemName;
using opt::family::kDevice;
namespace item = formulations::item;

UnitVariables addUnit(opt::Model& m, const Case& c, std::size_t gi, const Horizon& h, bool withQ,
                      bool binary, bool quadratic) {
    const Generator& g = c.generators[gi];
    const double base = c.base_mva;
    UnitVariables u;
    u.generator = gi;
    for (int t = 0; t < h.periods; ++t) {
        const double pMax = h.p_max_mw[t][gi] / base;
        if (g.kind == GeneratorKind::Grid) {
            // Import and export cannot be negative: only their upper bounds (the import and
            // the export limit) may give in the infeasibility diagnosis.
            const Var imp = m.addVariable(0.0, std::max(pMax, 0.0), 0.0,
                                          itemName(item::kImport, g.id, t), opt::family::kGrid);
            const Var exp = m.addVariable(0.0, std::max(-g.p_min_mw / base, 0.0), 0.0,
                                          itemName(item::kExport, g.id, t), opt::family::kGrid);
            m.keepLowerBound(imp);
            m.keepLowerBound(exp);
            u.import.push_back(imp);
            u.exports.push_back(exp);
            u.p.push_back(Affine(imp) - Affine(exp));
        } else {
            const double pMin = devices::isCurtailable(g) ? 0.0 : g.p_min_mw / base;
            Var p;
            if (binary) {
                const Var on = m.addBinary(0.0, itemName("on", g.id, t));
                p = m.addVariable(std::min(pMin, 0.0), std::max(pMax, 0.0), 0.0,
                                  itemName(item::kActivePower, g.id, t), kDevice);
                m.addRow(Affine(p) - Affine(on, pMax), -kInf, 0.0,
                         itemName(item::kActiveMax, g.id, t), kDevice);
                m.addRow(Affine(p) - Affine(on, pMin), 0.0, kInf,
                         itemName(item::kActiveMin, g.id, t), kDevice);
                u.on.push_back(on);
            } else {
                p = m.addVariable(pMin, pMax, 0.0, itemName(item::kActivePower, g.id, t), kDevice);
            }
            // A unit that cannot absorb power (a floor of 0): only its limits may give.
            if (m.variables()[p.index].lower == 0.0)
                m.keepLowerBound(p);
            u.p.push_back(Affine(p));
            if (quadratic && g.cost_per_mw2h > 0.0) {
                const Var z = m.addVariable(0.0, kInf, 0.0, itemName("p squared", g.id, t));
                // 2 z (1/2) >= p^2
                m.addRotatedCone(Affine(z), Affine(0.5), {u.p.back()},
                                 itemName("quadratic cost", g.id, t));
                u.p_squared.push_back(z);
            }
        }
        if (!withQ)
            continue;
        const double qMin = g.q_min_mvar / base, qMax = g.q_max_mvar / base;
        if (binary) {
            const Var q = m.addVariable(std::min(qMin, 0.0), std::max(qMax, 0.0), 0.0,
                                        itemName(item::kReactivePower, g.id, t), kDevice);
            m.addRow(Affine(q) - Affine(u.on.back(), qMax), -kInf, 0.0,
                     itemName(item::kReactiveMax, g.id, t), kDevice);
            m.addRow(Affine(q) - Affine(u.on.back(), qMin), 0.0, kInf,
                     itemName(item::kReactiveMin, g.id, t), kDevice);
            u.q.push_back(q);
        } else {
            u.q.push_back(
                m.addVariable(qMin, qMax, 0.0, itemName(item::kReactivePower, g.id, t), kDevice));
        }
    }
    if (g.ramp_mw_per_h > 0.0 && devices::isCommitted(g)) // docs/opf.md: MT and thermal units
        for (int t = 1; t < h.periods; ++t) {
            const double ramp = g.ramp_mw_per_h * h.hours / base;
            m.addRow(u.p[t] - u.p[t - 1], -ramp, ramp, itemName(item::kRamp, g.id, t), kDevice);
        }
    return u;
}

StorageVariables addStorage(opt::Model& m, const Case& c, std::size_t si, const Horizon& h,
                            bool binary) {
    const Storage& s = c.storages[si];
    const double base = c.base_mva;
    const double pMax = s.p_max_mw / base;
    StorageVariables v;
    v.storage = si;
    const double initial = devices::initialEnergyMwh(s);
    for (int t = 0; t < h.periods; ++t) {
        const Var ch = m.addVariable(0.0, pMax, 0.0, itemName(item::kCharge, s.id, t), kDevice);
        const Var dis = m.addVariable(0.0, pMax, 0.0, itemName(item::kDischarge, s.id, t), kDevice);
        m.keepLowerBound(ch); // charging and discharging power cannot be negative
        m.keepLowerBound(dis);
        const Var e = m.addVariable(devices::minEnergyMwh(s), devices::maxEnergyMwh(s), 0.0,
                                    itemName(item::kEnergy, s.id, t), kDevice);
        // e_t - e_{t-1} - (gain c - cost d) base hours = 0
        Affine balance = Affine(e) - Affine(ch, devices::chargeGain(s) * base * h.hours) +
                         Affine(dis, devices::dischargeCost(s) * base * h.hours);
        if (t > 0)
            balance.add(v.energy.back(), -1.0);
        else
            balance.constant -= initial;
        m.addEquality(balance, 0.0, itemName("energy balance", s.id, t));
        if (binary) {
            const Var b = m.addBinary(0.0, itemName("charging", s.id, t));
            m.addRow(Affine(ch) - Affine(b, pMax), -kInf, 0.0,
                     itemName(item::kChargeIfCharging, s.id, t), kDevice);
            m.addRow(Affine(dis) + Affine(b, pMax), -kInf, pMax,
                     itemName(item::kDischargeIfNotCharging, s.id, t), kDevice);
            v.charging.push_back(b);
        }
        v.charge.push_back(ch);
        v.discharge.push_back(dis);
        v.energy.push_back(e);
    }
    if (h.periods > 1)
        m.addRow(Affine(v.energy.back()), initial, kInf, itemName(item::kEndOfDayEnergy, s.id, 0),
                 kDevice);
    return v;
}

// The bank's injection q_step n v: with n integer the product n v is made exact by one
// binary per step and the McCormick envelope, which is exact when the step variable is 0/1.
CapacitorVariables addCapacitor(opt::Model& m, const Case& c, std::size_t ci, const Horizon& h,
                                const formulations::NetworkData& data, const NetworkVariables& net,
                                std::size_t bus, bool switched, Injections& inj) {
    const Capacitor& cap = c.capacitors[ci];
    const double qStep = cap.q_step_mvar / c.base_mva;
    CapacitorVariables v;
    v.capacitor = ci;
    for (int t = 0; t < h.periods; ++t) {
        const Affine volt = formulations::voltageSquared(net, t, bus);
        if (!switched) {
            v.steps.push_back(Affine(static_cast<double>(cap.steps_on)));
            inj.q[t][bus] += (qStep * cap.steps_on) * volt;
            continue;
        }
        const formulations::NetworkBus& b = data.buses[bus];
        const double vLo = b.v2_fixed.value_or(b.v2_min);
        const double vHi = b.v2_fixed.value_or(b.v2_max);
        Affine steps;
        Var previous;
        for (int k = 0; k < cap.steps; ++k) {
            const std::string name = itemName("step " + std::to_string(k + 1), cap.id, t);
            const Var on = m.addBinary(0.0, name);
            const Var y = m.addVariable(0.0, vHi, 0.0, name + " v");
            m.addRow(Affine(y) - Affine(on, vHi), -kInf, 0.0, name + " envelope 1");
            m.addRow(Affine(y) - Affine(on, vLo), 0.0, kInf, name + " envelope 2");
            m.addRow(Affine(y) - volt - Affine(on, vLo), -kInf, -vLo, name + " envelope 3");
            m.addRow(Affine(y) - volt - Affine(on, vHi), -vHi, kInf, name + " envelope 4");
            if (k > 0) // steps switch in order: no symmetric copies for the branch-and-bound
                m.addRow(Affine(previous) - Affine(on), 0.0, kInf, name + " order");
            previous = on;
            steps.add(on, 1.0);
            inj.q[t][bus].add(y, qStep);
        }
        v.steps.push_back(steps);
    }
    return v;
}

} // namespace

DeviceVariables addDevices(opt::Model& m, const Case& c, const Horizon& h,
                           const formulations::NetworkData& data, const NetworkVariables& net,
                           const Binaries& binaries, bool quadraticCost, Injections& inj) {
    const auto index = busIndexMap(c);
    const bool withQ = net.formulation != formulations::Formulation::DC;
    const double base = c.base_mva;
    DeviceVariables d;
    for (int t = 0; t < h.periods; ++t)
        for (std::size_t n = 0; n < c.buses.size(); ++n) {
            inj.p[t][n] += -h.load_p_mw[t][n] / base;
            if (withQ)
                inj.q[t][n] += -h.load_q_mvar[t][n] / base;
        }
    for (std::size_t gi = 0; gi < c.generators.size(); ++gi) {
        const Generator& g = c.generators[gi];
        if (!devices::isInstalled(g))
            continue;
        const bool binary = binaries.units && devices::isCommitted(g);
        d.units.push_back(addUnit(m, c, gi, h, withQ, binary, quadraticCost));
        const std::size_t bus = index.at(g.bus);
        for (int t = 0; t < h.periods; ++t) {
            inj.p[t][bus] += d.units.back().p[t];
            if (withQ)
                inj.q[t][bus].add(d.units.back().q[t], 1.0);
        }
    }
    for (std::size_t si = 0; si < c.storages.size(); ++si) {
        if (!devices::isInstalled(c.storages[si]))
            continue;
        d.storages.push_back(addStorage(m, c, si, h, binaries.storage));
        const std::size_t bus = index.at(c.storages[si].bus);
        for (int t = 0; t < h.periods; ++t)
            inj.p[t][bus] +=
                Affine(d.storages.back().discharge[t]) - Affine(d.storages.back().charge[t]);
    }
    if (withQ)
        for (std::size_t ci = 0; ci < c.capacitors.size(); ++ci)
            if (c.capacitors[ci].in_service)
                d.capacitors.push_back(addCapacitor(m, c, ci, h, data, net,
                                                    index.at(c.capacitors[ci].bus),
                                                    binaries.capacitors, inj));
    return d;
}

std::vector<DeviceResult> deviceResults(const Case& c, const DeviceVariables& dv,
                                        const opt::Solution& s, int t,
                                        const std::vector<double>& vmPu) {
    const double base = c.base_mva;
    const auto index = busIndexMap(c);
    std::vector<DeviceResult> out;
    for (const UnitVariables& u : dv.units) {
        const Generator& g = c.generators[u.generator];
        DeviceResult d;
        d.id = g.id;
        d.kind = std::string(toString(g.kind));
        d.p_mw = opt::Model::value(u.p[t], s.x) * base;
        d.q_mvar = u.q.empty() ? 0.0 : s.value(u.q[t]) * base;
        if (!u.on.empty())
            d.on = s.value(u.on[t]) > 0.5;
        out.push_back(d);
    }
    for (const StorageVariables& sv : dv.storages) {
        DeviceResult d;
        d.id = c.storages[sv.storage].id;
        d.kind = "es";
        d.p_mw = (s.value(sv.discharge[t]) - s.value(sv.charge[t])) * base;
        d.energy_mwh = s.value(sv.energy[t]);
        out.push_back(d);
    }
    for (const CapacitorVariables& cv : dv.capacitors) {
        const Capacitor& cap = c.capacitors[cv.capacitor];
        DeviceResult d;
        d.id = cap.id;
        d.kind = "cap";
        d.steps = static_cast<int>(std::lround(opt::Model::value(cv.steps[t], s.x)));
        const double vm = vmPu.at(index.at(cap.bus));
        d.q_mvar = cap.q_step_mvar * *d.steps * vm * vm;
        out.push_back(d);
    }
    return out;
}

Affine costExpression(const Case& c, const Horizon& h, const DeviceVariables& d) {
    const double scale = c.base_mva * h.hours;
    Affine cost;
    for (const UnitVariables& u : d.units) {
        const Generator& g = c.generators[u.generator];
        for (int t = 0; t < h.periods; ++t) {
            if (g.kind == GeneratorKind::Grid) {
                // Buying and selling in the same hour through one connection is not physical;
                // with a sale price above the purchase price the continuous model would do
                // it. Crediting export at most at the purchase price keeps the cost convex.
                const double buy = h.purchase_price_per_mwh[t];
                cost.add(u.import[t], buy * scale);
                cost.add(u.exports[t], -std::min(h.sale_price_per_mwh[t], buy) * scale);
                continue;
            }
            cost += (g.cost_per_mwh * scale) * u.p[t];
            if (!u.p_squared.empty())
                cost.add(u.p_squared[t], g.cost_per_mw2h * c.base_mva * scale);
        }
    }
    return cost;
}

Affine carbonExpression(const Case& c, const Horizon& h, const DeviceVariables& d) {
    const double scale = c.base_mva * h.hours;
    Affine carbon;
    for (const UnitVariables& u : d.units) {
        const Generator& g = c.generators[u.generator];
        const devices::EmissionLine line = devices::emissionLine(g);
        const double rho = line.t_per_mwh * scale;
        // Without on/off binaries a unit with a no-load emission is taken to run all day.
        const double noLoad = line.no_load_t_per_h * h.hours;
        for (int t = 0; t < h.periods; ++t) {
            if (g.kind == GeneratorKind::Grid) {
                if (rho != 0.0)
                    carbon.add(u.import[t], rho);
                continue;
            }
            if (rho != 0.0)
                carbon += rho * u.p[t];
            if (noLoad != 0.0) {
                if (u.on.empty())
                    carbon += Affine(noLoad);
                else
                    carbon.add(u.on[t], noLoad);
            }
        }
    }
    return carbon;
}

} // namespace gridcarbon::operation
