#include "model/NewElements.h"

#include "model/Element.h"
#include "model/LineTypes.h"

#include <numbers>

namespace gridcarbon {
namespace {

constexpr double kDefaultKv = 10.0;
constexpr double kGridIntensity = 0.5703;

double busKv(const Case& c, const std::string& id) {
    for (const Bus& b : c.buses)
        if (b.id == id && b.base_kv > 0.0)
            return b.base_kv;
    return kDefaultKv;
}

std::string firstProfile(const Case& c, ProfileQuantity quantity) {
    for (const Profile& p : c.profiles)
        if (p.quantity == quantity)
            return p.id;
    return {};
}

Generator unit(const Case& c, const std::string& bus, GeneratorKind kind, const char* prefix,
               const char* fuel, double p_max_mw) {
    Generator g;
    g.id = freeId(c, ElementKind::Generator, prefix);
    g.bus = bus;
    g.kind = kind;
    g.fuel = fuel;
    g.control = Control::Power;
    g.p_mw = p_max_mw;
    g.p_max_mw = p_max_mw;
    return g;
}

Capacitor capacitor(const Case& c, const std::string& bus, CompensationLayer layer) {
    Capacitor cap;
    cap.id = freeId(c, ElementKind::Capacitor, "C");
    cap.bus = bus;
    cap.layer = layer;
    cap.q_step_mvar = 0.05;
    cap.steps = 4;
    return cap;
}

} // namespace

Bus newBus(const Case& c, Point position) {
    Bus b;
    b.id = freeId(c, ElementKind::Bus, "");
    b.base_kv =
        c.buses.empty() || !(c.buses.front().base_kv > 0.0) ? kDefaultKv : c.buses.front().base_kv;
    b.position = position;
    return b;
}

Branch newBranch(const Case& c, const std::string& from, const std::string& to) {
    // 1 km of a typical 10 kV overhead line: 0.27 + j0.35 ohm/km and 3 uS/km of charging
    // (9.55 nF/km at 50 Hz), entered as per-unit values the user may overwrite.
    const LineType overhead{"", 0.27, 0.35, 3e-6 / (2.0 * std::numbers::pi * 50.0) * 1e9, 0.0};
    const LineParameters p =
        perUnitLine(overhead, 1.0, busKv(c, from), c.base_mva > 0.0 ? c.base_mva : 100.0, 50.0);
    Branch br;
    br.id = freeId(c, ElementKind::Branch, "BR");
    br.from = from;
    br.to = to;
    br.r_pu = p.r_pu;
    br.x_pu = p.x_pu;
    br.b_pu = p.b_pu;
    br.length_km = 1.0;
    return br;
}

Element newDevice(const Case& c, NewDevice kind, const std::string& bus) {
    switch (kind) {
    case NewDevice::Grid: {
        Generator g = unit(c, bus, GeneratorKind::Grid, "GRID", "grid", 10.0);
        g.control = Control::Slack;
        g.p_mw = 0.0;
        g.p_min_mw = -10.0;
        g.q_min_mvar = -10.0;
        g.q_max_mvar = 10.0;
        g.carbon_intensity_t_per_mwh = kGridIntensity;
        return g;
    }
    case NewDevice::Load: {
        Load l;
        l.id = freeId(c, ElementKind::Load, "LD");
        l.bus = bus;
        l.p_mw = 0.1;
        l.q_mvar = 0.05;
        l.profile = firstProfile(c, ProfileQuantity::Load);
        return l;
    }
    case NewDevice::PV: {
        Generator g = unit(c, bus, GeneratorKind::PV, "PV", "solar", 0.5);
        g.profile = firstProfile(c, ProfileQuantity::PV);
        return g;
    }
    case NewDevice::WT: {
        Generator g = unit(c, bus, GeneratorKind::WT, "WT", "wind", 0.5);
        g.profile = firstProfile(c, ProfileQuantity::Wind);
        return g;
    }
    case NewDevice::HT:
        return unit(c, bus, GeneratorKind::HT, "HT", "hydro", 0.5);
    case NewDevice::MT: {
        Generator g = unit(c, bus, GeneratorKind::MT, "MT", "gas", 0.2);
        g.carbon_intensity_t_per_mwh = 0.55;
        return g;
    }
    case NewDevice::Storage: {
        Storage s;
        s.id = freeId(c, ElementKind::Storage, "ES");
        s.bus = bus;
        s.energy_mwh = 1.0;
        s.p_max_mw = 0.25;
        return s;
    }
    case NewDevice::CapacitorUser:
        return capacitor(c, bus, CompensationLayer::User);
    case NewDevice::CapacitorStationArea:
        return capacitor(c, bus, CompensationLayer::DistributionStationArea);
    case NewDevice::CapacitorLine:
        return capacitor(c, bus, CompensationLayer::Line);
    case NewDevice::CapacitorSubstation:
        break;
    }
    return capacitor(c, bus, CompensationLayer::Substation);
}

} // namespace gridcarbon
