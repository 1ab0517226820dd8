#include "model/LineTypes.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

namespace gridcarbon {
namespace {

const Bus* findBus(const Case& c, const std::string& id) {
    const auto it =
        std::find_if(c.buses.begin(), c.buses.end(), [&](const Bus& b) { return b.id == id; });
    return it == c.buses.end() ? nullptr : &*it;
}

bool usable(const LineType* type, const Branch& br, const Bus* from, const Case& c) {
    return type && from && br.length_km > 0.0 && from->base_kv > 0.0 && c.base_mva > 0.0;
}

void store(Branch& br, const LineParameters& p) {
    br.r_pu = p.r_pu;
    br.x_pu = p.x_pu;
    br.b_pu = p.b_pu;
    br.rate_mva = p.rate_mva;
}

} // namespace

const LineType* findLineType(const Case& c, std::string_view id) {
    const auto it = std::find_if(c.line_types.begin(), c.line_types.end(),
                                 [&](const LineType& t) { return t.id == id; });
    return it == c.line_types.end() ? nullptr : &*it;
}

LineParameters perUnitLine(const LineType& type, double length_km, double base_kv, double base_mva,
                           double frequency_hz) {
    const double z_base = base_kv * base_kv / base_mva; // ohm
    const double l = length_km;
    LineParameters p;
    p.r_pu = type.r_ohm_per_km * l / z_base;
    p.x_pu = type.x_ohm_per_km * l / z_base;
    p.b_pu = 2.0 * std::numbers::pi * frequency_hz * type.c_nf_per_km * 1e-9 * l * z_base;
    p.rate_mva = std::sqrt(3.0) * base_kv * type.ampacity_a / 1000.0;
    return p;
}

std::optional<LineParameters> lineParameters(const Case& c, const Branch& br) {
    if (br.line_type.empty())
        return std::nullopt;
    const LineType* type = findLineType(c, br.line_type);
    const Bus* from = findBus(c, br.from);
    if (!usable(type, br, from, c))
        return std::nullopt;
    return perUnitLine(*type, br.length_km, from->base_kv, c.base_mva, c.frequency_hz);
}

bool derivedFromLineType(const Element& e, std::string_view key) {
    const auto* br = std::get_if<Branch>(&e);
    return br && !br->line_type.empty() &&
           (key == "r_pu" || key == "x_pu" || key == "b_pu" || key == "rate_mva");
}

std::vector<std::size_t> applyLineTypes(Case& c) {
    std::vector<std::size_t> changed;
    if (std::none_of(c.branches.begin(), c.branches.end(),
                     [](const Branch& br) { return !br.line_type.empty(); }))
        return changed;
    // Looked up once: a large feeder may have thousands of typed lines.
    const auto buses = busIndexMap(c);
    std::unordered_map<std::string_view, const LineType*> types;
    for (const LineType& t : c.line_types)
        types.emplace(t.id, &t);
    for (std::size_t i = 0; i < c.branches.size(); ++i) {
        Branch& br = c.branches[i];
        if (br.line_type.empty())
            continue;
        const auto type = types.find(br.line_type);
        const auto from = buses.find(br.from);
        const LineType* t = type == types.end() ? nullptr : type->second;
        const Bus* bus = from == buses.end() ? nullptr : &c.buses[from->second];
        if (!usable(t, br, bus, c))
            continue;
        const LineParameters p =
            perUnitLine(*t, br.length_km, bus->base_kv, c.base_mva, c.frequency_hz);
        if (LineParameters{br.r_pu, br.x_pu, br.b_pu, br.rate_mva} == p)
            continue;
        store(br, p);
        changed.push_back(i);
    }
    return changed;
}

std::vector<Element> withDerivedLines(const Case& c, const std::vector<Element>& edited) {
    Case after = c;
    for (const Element& e : edited)
        replaceElement(after, e);
    const std::vector<std::size_t> changed = applyLineTypes(after);
    std::vector<Element> out;
    for (const Element& e : edited) {
        const std::optional<PlacedElement> placed = findElement(after, refOf(e));
        out.push_back(placed ? placed->element : e);
    }
    for (std::size_t i : changed) {
        const ElementRef ref{ElementKind::Branch, after.branches[i].id};
        if (std::none_of(edited.begin(), edited.end(),
                         [&](const Element& e) { return refOf(e) == ref; }))
            out.emplace_back(after.branches[i]);
    }
    return out;
}

std::span<const LineType> standardLineTypes() {
    // Overhead conductors: DC resistance at 20 °C, reactance and capacitance for a 10 kV pole
    // line (about 1.25 m geometric mean spacing), current for 70 °C conductor in 25 °C air.
    // Cables: DC resistance at 20 °C, current laid direct in ground at 25 °C.
    static const LineType kTypes[] = {
        {"LGJ-70/10 (10 kV overhead)", 0.4217, 0.380, 10.3, 275.0},
        {"LGJ-95/20 (10 kV overhead)", 0.3019, 0.370, 10.5, 335.0},
        {"LGJ-120/20 (10 kV overhead)", 0.2496, 0.365, 10.7, 380.0},
        {"LGJ-150/25 (10 kV overhead)", 0.1939, 0.358, 10.9, 445.0},
        {"LGJ-185/30 (10 kV overhead)", 0.1592, 0.350, 11.1, 515.0},
        {"LGJ-240/30 (10 kV overhead)", 0.1181, 0.340, 11.5, 610.0},
        {"YJV22-8.7/15 3x70 (cable)", 0.268, 0.110, 220.0, 215.0},
        {"YJV22-8.7/15 3x150 (cable)", 0.124, 0.097, 290.0, 320.0},
        {"YJV22-8.7/15 3x240 (cable)", 0.0754, 0.090, 340.0, 410.0},
        {"YJV22-8.7/15 3x300 (cable)", 0.0601, 0.087, 370.0, 465.0},
        {"NA2XS2Y 1x185 RM/25 12/20 kV (cable)", 0.161, 0.117, 273.0, 362.0},
        {"NAYY 4x150 SE 0.6/1 kV (cable)", 0.208, 0.080, 261.0, 270.0},
    };
    return kTypes;
}

} // namespace gridcarbon
