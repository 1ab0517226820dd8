#include "operation/Infeasibility.h"

#include "devices/DevicePhysics.h"
#include "formulations/ItemNames.h"
#include "model/Enums.h"
#include "model/Properties.h"
#include "opt/Families.h"
#include "util/Text.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace gridcarbon::operation {
namespace {

namespace item = formulations::item;

std::string r(double v) {
    return roundedNumber(v);
}

const Generator* findUnit(const Case& c, const std::string& id, std::size_t* index) {
    for (std::size_t g = 0; g < c.generators.size(); ++g)
        if (c.generators[g].id == id) {
            *index = g;
            return &c.generators[g];
        }
    return nullptr;
}

const Storage* findStore(const Case& c, const std::string& id) {
    for (const Storage& s : c.storages)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::string unitName(const Generator& g) {
    return (g.kind == GeneratorKind::Grid ? "grid connection '" : "generator '") + g.id + "'";
}

// "<subject> needs <verb><value> <unit><hour>, <excess> <unit> above|below its <limit name> of
// <limit> <unit>", with the amount and the limit kept for the diagnostic.
ViolationText beyond(const std::string& id, const std::string& subject, const std::string& verb,
                     double limit, double excess, bool upper, const std::string& unit,
                     const std::string& hour, const std::string& limitName) {
    const double value = upper ? limit + excess : limit - excess;
    return {id,
            subject + " needs " + verb + r(value) + " " + unit + hour + ", " + r(excess) + " " +
                unit + (upper ? " above" : " below") + " its " + limitName + " of " + r(limit) +
                " " + unit,
            excess, limit};
}

ViolationText voltage(const opt::Violation& v, const formulations::ItemNameParts& n,
                      const std::string& hour) {
    const double limit = std::sqrt(std::max(v.limit, 0.0));
    const double needed =
        std::sqrt(std::max(v.upper ? v.limit + v.amount : v.limit - v.amount, 0.0));
    return beyond(n.id, "bus '" + n.id + "'", "", limit, std::abs(needed - limit), v.upper, "p.u.",
                  hour, fieldLabel(ElementKind::Bus, v.upper ? "vmax_pu" : "vmin_pu"));
}

ViolationText balance(const Case& c, const opt::Violation& v, const formulations::ItemNameParts& n,
                      const std::string& hour) {
    const bool active = n.what == item::kActiveBalance;
    const std::string unit = active ? " MW" : " MVAr";
    const std::string amount = r(v.amount * c.base_mva) + unit;
    // The row is injection minus withdrawal = 0: below it the bus takes more than it is given.
    const std::string text =
        v.upper ? "bus '" + n.id + "' has " + amount + " more " + (active ? "active" : "reactive") +
                      " power" + hour + " than the network and its devices can take"
                : "bus '" + n.id + "' lacks " + amount + " of " + (active ? "active" : "reactive") +
                      " power supply" + hour;
    return {n.id, text, v.amount * c.base_mva, std::nullopt};
}

ViolationText unitLimit(const Case& c, const Horizon& h, const opt::Violation& v,
                        const formulations::ItemNameParts& n, const std::string& hour) {
    std::size_t gi = 0;
    const Generator* g = findUnit(c, n.id, &gi);
    if (!g)
        return {};
    const double base = c.base_mva;
    const double excess = v.amount * base;
    const std::string who = unitName(*g);
    const int t = std::clamp(n.period, 0, h.periods - 1);
    if (n.what == item::kImport)
        return beyond(n.id, who, "to import ", v.limit * base, excess, true, "MW", hour,
                      "import limit");
    if (n.what == item::kExport)
        return beyond(n.id, who, "to export ", v.limit * base, excess, true, "MW", hour,
                      "export limit");
    if (n.what == item::kActivePower || n.what == item::kActiveMax || n.what == item::kActiveMin) {
        const bool upper = n.what == item::kActiveMax || (n.what == item::kActivePower && v.upper);
        if (upper) {
            const double available = h.p_max_mw[t][gi];
            const bool profiled = !g->profile.empty() && available != g->p_max_mw;
            return beyond(n.id, who, "", available, excess, true, "MW", hour,
                          profiled ? "available output"
                                   : fieldLabel(ElementKind::Generator, "p_max_mw"));
        }
        const double floor = devices::isCurtailable(*g) ? 0.0 : g->p_min_mw;
        return beyond(n.id, who, "", floor, excess, false, "MW", hour,
                      fieldLabel(ElementKind::Generator, "p_min_mw"));
    }
    if (n.what == item::kReactivePower || n.what == item::kReactiveMax ||
        n.what == item::kReactiveMin) {
        const bool upper =
            n.what == item::kReactiveMax || (n.what == item::kReactivePower && v.upper);
        return beyond(n.id, who, "", upper ? g->q_max_mvar : g->q_min_mvar, excess, upper, "MVAr",
                      hour,
                      fieldLabel(ElementKind::Generator, upper ? "q_max_mvar" : "q_min_mvar"));
    }
    if (n.what == item::kRamp) {
        const double step = std::abs(v.limit) * base; // MW allowed from one period to the next
        return {n.id,
                who + " needs to change its output by " + r(step + excess) + " MW" + hour + ", " +
                    r(excess) + " MW more than its " +
                    fieldLabel(ElementKind::Generator, "ramp_mw_per_h") + " of " +
                    r(g->ramp_mw_per_h) + " MW/h allows",
                excess, step};
    }
    return {};
}

ViolationText storageLimit(const Case& c, const opt::Violation& v,
                           const formulations::ItemNameParts& n, const std::string& hour) {
    const Storage* s = findStore(c, n.id);
    if (!s)
        return {};
    const std::string who = "storage '" + n.id + "'";
    const std::string power = fieldLabel(ElementKind::Storage, "p_max_mw");
    if (n.what == item::kCharge || n.what == item::kDischarge)
        return beyond(n.id, who, n.what == item::kCharge ? "to charge " : "to discharge ",
                      v.limit * c.base_mva, v.amount * c.base_mva, true, "MW", hour, power);
    if (n.what == item::kEnergy)
        return beyond(n.id, who, "to hold ", v.limit, v.amount, v.upper, "MWh", hour,
                      v.upper ? "energy limit" : "energy floor");
    if (n.what == item::kEndOfDayEnergy)
        return {n.id,
                who + " ends the day with " + r(v.limit - v.amount) + " MWh, " + r(v.amount) +
                    " MWh short of the " + r(v.limit) + " MWh it started with",
                v.amount, v.limit};
    if (n.what == item::kChargeIfCharging || n.what == item::kDischargeIfNotCharging)
        return {n.id,
                who + " needs to charge and discharge at once" + hour + " (" +
                    r(v.amount * c.base_mva) + " MW)",
                v.amount * c.base_mva, std::nullopt};
    return {};
}

ViolationText rating(const Case& c, const opt::Violation& v, const formulations::ItemNameParts& n,
                     const std::string& hour) {
    const std::string unit = n.what == item::kRating ? "MVA" : "MW";
    return beyond(n.id, "branch '" + n.id + "'", "to carry ", std::abs(v.limit) * c.base_mva,
                  v.amount * c.base_mva, true, unit, hour,
                  fieldLabel(ElementKind::Branch, "rate_mva"));
}

// How the family's items are counted in "the largest of N ...".
std::string familyItems(const std::string& family) {
    static const std::map<std::string, std::string> kNouns{
        {opt::family::kBalance, "power balances"},      {opt::family::kVoltage, "voltage limits"},
        {opt::family::kThermal, "branch ratings"},      {opt::family::kDevice, "device limits"},
        {opt::family::kGrid, "grid connection limits"}, {opt::family::kCarbon, "carbon caps"}};
    const auto it = kNouns.find(family);
    return it == kNouns.end() ? family + " items" : it->second;
}

} // namespace

std::map<std::string, double> diagnosisWeights() {
    return {{opt::family::kBalance, 1e3}, {opt::family::kGrid, 0.5}};
}

ViolationText describeViolation(const Case& c, const Horizon& h, const opt::Violation& v) {
    if (v.family == opt::family::kStructure) // "constraints without a family contradict ..."
        return {{}, v.name, 0.0, std::nullopt};
    if (v.name == item::kCarbonCap) // its limit excludes the emission no dispatch can change
        return {{},
                "the day's emission needs to exceed the daily carbon cap by " + r(v.amount) + " t",
                v.amount,
                std::nullopt};
    ViolationText text;
    if (const auto n = formulations::parseItemName(v.name)) {
        const std::string hour = h.day.empty() ? "" : " at hour " + std::to_string(n->period);
        if (n->what == item::kVoltage)
            text = voltage(v, *n, hour);
        else if (n->what == item::kActiveBalance || n->what == item::kReactiveBalance)
            text = balance(c, v, *n, hour);
        else if (n->what == item::kRating || n->what == item::kActiveRating)
            text = rating(c, v, *n, hour);
        else if (text = unitLimit(c, h, v, *n, hour); text.message.empty())
            text = storageLimit(c, v, *n, hour);
    }
    if (text.message.empty())
        text = {{}, v.name + " gives by " + r(v.amount), v.amount, std::nullopt};
    return text;
}

std::vector<Diagnostic> infeasibilityDiagnostics(const Case& c, const Horizon& h,
                                                 const std::vector<opt::Violation>& violations,
                                                 const std::string& what) {
    std::map<std::string, std::vector<ViolationText>> byFamily;
    for (const opt::Violation& v : violations)
        byFamily[v.family].push_back(describeViolation(c, h, v));
    std::vector<Diagnostic> out;
    for (const auto& [family, items] : byFamily) {
        const auto worst = std::max_element(
            items.begin(), items.end(),
            [](const ViolationText& a, const ViolationText& b) { return a.amount < b.amount; });
        std::string message = (what.empty() ? "" : what + ": ") + worst->message;
        if (items.size() > 1)
            message += " (the largest of " + std::to_string(items.size()) + " " +
                       familyItems(family) + " that give)";
        out.push_back(
            {Diagnostic::Severity::Error, worst->item_id, message, worst->amount, worst->limit});
    }
    return out;
}

} // namespace gridcarbon::operation
