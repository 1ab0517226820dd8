#include "model/Validate.h"

#include "model/Element.h"
#include "model/Enums.h"
#include "model/LineTypes.h"
#include "model/Profiles.h"
#include "model/Properties.h"
#include "util/Error.h"
#include "util/Text.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>
#include <unordered_map>

namespace gridcarbon {
namespace {

// A path into the case, turned into text only when a problem is recorded: validation runs
// before every solve, and building thousands of path strings up front would dominate a
// small feeder's power flow.
struct Where {
    const char* collection = "";
    std::size_t index = 0;
    const char* field = "";
    std::string suffix;
    std::string str() const {
        if (!*collection)
            return field;
        return std::string(collection) + "[" + std::to_string(index) + "]" + suffix +
               (*field ? "." : "") + field;
    }
};

using IdGroup = std::vector<std::pair<std::string_view, Where>>;

class Checker {
public:
    explicit Checker(const Case& c) : case_(c) {
        buses_.reserve(c.buses.size());
        for (const Bus& b : c.buses)
            buses_.push_back(b.id);
        std::sort(buses_.begin(), buses_.end());
    }

    void error(const Where& w, std::string id, std::string msg) {
        problems.push_back({Severity::Error, w.str(), std::move(id), std::move(msg)});
    }

    // Ids are collected as views and sorted: no per-id allocation, duplicates sit side by
    // side. `group` may collect several collections that share one id space.
    template <typename T>
    void collectIds(const std::vector<T>& items, const char* name, IdGroup& group) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id.empty())
                error(Where{name, i, "id", ""}, "", "empty id");
            else if (hasControl(items[i].id)) // a line break or a terminal escape in an id
                error(Where{name, i, "id", ""}, escapeControl(items[i].id),
                      "id '" + escapeControl(items[i].id) + "' holds a control character");
            else
                group.push_back({items[i].id, Where{name, i, "id", ""}});
        }
    }

    void reportDuplicates(IdGroup& group) {
        std::stable_sort(group.begin(), group.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t k = 1; k < group.size(); ++k)
            if (group[k].first == group[k - 1].first)
                error(group[k].second, std::string(group[k].first),
                      "duplicate id '" + std::string(group[k].first) + "'");
    }

    // How the message names the field at `w`: its property label ("resistance"), or nothing
    // when the field is no element property (profiles, economics).
    static std::string label(const Where& w) {
        const std::optional<ElementKind> kind = kindFromCollection(w.collection);
        return kind ? fieldLabel(*kind, w.field) : std::string();
    }
    // "resistance must be at least 0 (got -1)", or "must be at least 0 (got -1)" without a label.
    static std::string said(const Where& w, const std::string& phrase) {
        const std::string name = label(w);
        return name.empty() ? phrase : name + " " + phrase;
    }

    void busRef(const Where& path, const std::string& id, const std::string& bus) {
        if (!std::binary_search(buses_.begin(), buses_.end(), std::string_view(bus)))
            error(path, id, label(path) + " '" + bus + "' does not exist");
    }

    // A finite value inside the range the property table gives the field at `path` (its
    // sanity limit at least), or inside `fallback` for a field that is no element property.
    void finite(const Where& path, const std::string& id, double v) {
        within(path, id, v, rangeAt(path, Range{}));
    }
    void within(const Where& path, const std::string& id, double v) {
        within(path, id, v, rangeAt(path, Range{.min = 0.0}));
    }
    void within(const Where& path, const std::string& id, double v, const Range& r) {
        if (!std::isfinite(v))
            error(path, id, said(path, "is not a finite number"));
        else if (!r.contains(v))
            error(path, id, said(path, outOfRangeText(r, v)));
    }

    void profileRef(const Where& path, const std::string& id, const std::string& profile,
                    std::initializer_list<ProfileQuantity> allowed) {
        if (profile.empty())
            return;
        const std::string name = label(path).empty() ? "profile" : label(path);
        const Profile* p = findProfile(case_, profile);
        if (!p) {
            error(path, id, name + " '" + profile + "' does not exist");
            return;
        }
        for (ProfileQuantity q : allowed)
            if (p->quantity == q)
                return;
        error(path, id,
              name + " '" + profile + "' holds " + std::string(toString(p->quantity)) +
                  " values, which do not fit here");
    }

    std::vector<Problem> problems;

private:
    // The property table's range of the field at `path`; looked up once per field, as the
    // paths name their collection and field by string literals.
    Range rangeAt(const Where& path, const Range& fallback) {
        for (const auto& [collection, field, range] : ranges_)
            if (collection == path.collection && field == path.field)
                return range;
        const std::optional<ElementKind> kind = kindFromCollection(path.collection);
        const PropertyDescriptor* d = kind ? findProperty(*kind, path.field) : nullptr;
        ranges_.push_back({path.collection, path.field, d ? d->range : fallback});
        return ranges_.back().range;
    }

    struct FieldRange {
        const char* collection;
        const char* field;
        Range range;
    };
    const Case& case_;
    std::vector<std::string_view> buses_;
    std::vector<FieldRange> ranges_;
};

Where at(const char* name, std::size_t i, const char* field) {
    return Where{name, i, field, ""};
}

// A value quoted in a message.
std::string value(double v) {
    return roundedNumber(v, 6);
}

// The range the property table gives a field, for the fields whose rule is more than "not
// negative".
Range rangeOf(ElementKind kind, std::string_view key) {
    const PropertyDescriptor* d = findProperty(kind, key);
    return d ? d->range : Range{.min = 0.0};
}

// A branch with a line type: a line of positive length, a type the case has, ends at one base
// voltage, and per-unit values that are what the type gives (applyLineTypes keeps them so).
void checkLineType(Checker& k, const Case& c, std::size_t i,
                   const std::unordered_map<std::string, std::size_t>& index) {
    const Branch& br = c.branches[i];
    const Where where = at("branches", i, "line_type");
    const std::string type = "line type '" + br.line_type + "'";
    if (br.kind != BranchKind::Line) {
        k.error(where, br.id, "a transformer takes no line type (got " + type + ")");
        return;
    }
    const LineType* line_type = findLineType(c, br.line_type);
    if (!line_type) {
        k.error(where, br.id, type + " is not among the case's line types");
        return;
    }
    if (!(br.length_km > 0.0)) {
        k.error(at("branches", i, "length_km"), br.id,
                "a branch with a line type needs a length greater than 0 km (got " +
                    value(br.length_km) + ")");
        return;
    }
    const auto from = index.find(br.from);
    const auto to = index.find(br.to);
    if (from == index.end() || to == index.end())
        return; // reported as a missing bus
    const Bus& a = c.buses[from->second];
    const Bus& b = c.buses[to->second];
    if (!(a.base_kv > 0.0)) {
        k.error(where, br.id,
                type + " needs the base voltage of bus '" + a.id + "', which is 0 kV");
        return;
    }
    if (b.base_kv != a.base_kv) {
        k.error(where, br.id,
                type + " needs both ends at one base voltage (bus '" + a.id + "' " +
                    value(a.base_kv) + " kV, bus '" + b.id + "' " + value(b.base_kv) + " kV)");
        return;
    }
    const LineParameters p =
        perUnitLine(*line_type, br.length_km, a.base_kv, c.base_mva, c.frequency_hz);
    const std::pair<const char*, std::pair<double, double>> derived[] = {
        {"r_pu", {br.r_pu, p.r_pu}},
        {"x_pu", {br.x_pu, p.x_pu}},
        {"b_pu", {br.b_pu, p.b_pu}},
        {"rate_mva", {br.rate_mva, p.rate_mva}}};
    for (const auto& [field, v] : derived)
        if (std::abs(v.first - v.second) > 1e-12 * std::max(1.0, std::abs(v.second))) {
            k.error(at("branches", i, field), br.id,
                    fieldLabel(ElementKind::Branch, field) + " " + value(v.first) +
                        " differs from the " + value(v.second) + " that " + type + " gives");
            return;
        }
}

} // namespace

std::vector<Problem> validateCase(const Case& c) {
    Checker k(c);
    const Range positiveTap = rangeOf(ElementKind::Branch, "tap");
    const Range positiveSetPoint = rangeOf(ElementKind::Generator, "vm_pu");
    const Range efficiency = rangeOf(ElementKind::Storage, "eta_charge");
    const Range steps = rangeOf(ElementKind::Capacitor, "steps");
    if (!(c.base_mva > 0.0) || !std::isfinite(c.base_mva))
        k.error(Where{"", 0, "base_mva", ""}, "", "must be a positive number");

    if (!(c.frequency_hz > 0.0) || !std::isfinite(c.frequency_hz))
        k.error(Where{"", 0, "frequency_hz", ""}, "", "must be a positive number");

    IdGroup buses, branches, loads, devices, profiles, line_types;
    k.collectIds(c.buses, "buses", buses);
    k.collectIds(c.branches, "branches", branches);
    k.collectIds(c.loads, "loads", loads);
    // Generators, storages and capacitors share one id space: they all sit in one palette.
    k.collectIds(c.generators, "generators", devices);
    k.collectIds(c.storages, "storages", devices);
    k.collectIds(c.capacitors, "capacitors", devices);
    k.collectIds(c.profiles, "profiles", profiles);
    k.collectIds(c.line_types, "line_types", line_types);
    for (IdGroup* g : {&buses, &branches, &loads, &devices, &profiles, &line_types})
        k.reportDuplicates(*g);

    for (std::size_t i = 0; i < c.buses.size(); ++i) {
        const Bus& b = c.buses[i];
        k.within(at("buses", i, "base_kv"), b.id, b.base_kv);
        k.finite(at("buses", i, "gs_mw"), b.id, b.gs_mw);
        k.finite(at("buses", i, "bs_mvar"), b.id, b.bs_mvar);
        if (b.position && (!std::isfinite(b.position->x) || !std::isfinite(b.position->y)))
            k.error(at("buses", i, "x"), b.id, "position is not finite");
        if (!(b.vmin_pu > 0.0 && b.vmin_pu <= b.vmax_pu && std::isfinite(b.vmax_pu)))
            k.error(at("buses", i, "vmin_pu"), b.id,
                    "needs 0 < " + fieldLabel(ElementKind::Bus, "vmin_pu") + " ≤ " +
                        fieldLabel(ElementKind::Bus, "vmax_pu") + " (got " + value(b.vmin_pu) +
                        " and " + value(b.vmax_pu) + " p.u.)");
    }
    std::unordered_map<std::string, std::size_t> typed_index; // built at the first typed line
    for (std::size_t i = 0; i < c.branches.size(); ++i) {
        const Branch& br = c.branches[i];
        k.busRef(at("branches", i, "from"), br.id, br.from);
        k.busRef(at("branches", i, "to"), br.id, br.to);
        if (br.from == br.to)
            k.error(at("branches", i, "to"), br.id, "connects bus '" + br.from + "' to itself");
        k.finite(at("branches", i, "x_pu"), br.id, br.x_pu);
        k.finite(at("branches", i, "b_pu"), br.id, br.b_pu);
        k.within(at("branches", i, "r_pu"), br.id, br.r_pu);
        if (br.r_pu == 0.0 && br.x_pu == 0.0)
            k.error(at("branches", i, "x_pu"), br.id,
                    "zero impedance: " + fieldLabel(ElementKind::Branch, "r_pu") + " and " +
                        fieldLabel(ElementKind::Branch, "x_pu") + " are both 0");
        k.within(at("branches", i, "tap"), br.id, br.tap, positiveTap);
        k.finite(at("branches", i, "shift_deg"), br.id, br.shift_deg);
        k.within(at("branches", i, "rate_mva"), br.id, br.rate_mva);
        k.within(at("branches", i, "length_km"), br.id, br.length_km);
        if (!br.line_type.empty()) {
            if (typed_index.empty())
                typed_index = busIndexMap(c);
            checkLineType(k, c, i, typed_index);
        }
    }
    for (std::size_t i = 0; i < c.line_types.size(); ++i) {
        const LineType& t = c.line_types[i];
        k.within(at("line_types", i, "r_ohm_per_km"), t.id, t.r_ohm_per_km);
        k.finite(at("line_types", i, "x_ohm_per_km"), t.id, t.x_ohm_per_km);
        k.within(at("line_types", i, "c_nf_per_km"), t.id, t.c_nf_per_km);
        k.within(at("line_types", i, "ampacity_a"), t.id, t.ampacity_a);
        if (t.r_ohm_per_km == 0.0 && t.x_ohm_per_km == 0.0)
            k.error(at("line_types", i, "x_ohm_per_km"), t.id,
                    "zero impedance: resistance and reactance per km are both 0");
    }
    for (std::size_t i = 0; i < c.loads.size(); ++i) {
        const Load& l = c.loads[i];
        k.busRef(at("loads", i, "bus"), l.id, l.bus);
        k.finite(at("loads", i, "p_mw"), l.id, l.p_mw);
        k.finite(at("loads", i, "q_mvar"), l.id, l.q_mvar);
        k.profileRef(at("loads", i, "profile"), l.id, l.profile, {ProfileQuantity::Load});
    }
    for (std::size_t i = 0; i < c.generators.size(); ++i) {
        const Generator& g = c.generators[i];
        k.busRef(at("generators", i, "bus"), g.id, g.bus);
        const std::pair<const char*, double> numbers[] = {{"p_mw", g.p_mw},
                                                          {"q_mvar", g.q_mvar},
                                                          {"p_min_mw", g.p_min_mw},
                                                          {"p_max_mw", g.p_max_mw},
                                                          {"q_min_mvar", g.q_min_mvar},
                                                          {"q_max_mvar", g.q_max_mvar},
                                                          {"va_deg", g.va_deg},
                                                          {"cost_per_mwh", g.cost_per_mwh},
                                                          {"cost_per_mw2h", g.cost_per_mw2h}};
        for (const auto& [field, v] : numbers)
            k.finite(at("generators", i, field), g.id, v);
        k.within(at("generators", i, "vm_pu"), g.id, g.vm_pu, positiveSetPoint);
        if (g.p_min_mw > g.p_max_mw)
            k.error(at("generators", i, "p_min_mw"), g.id,
                    fieldLabel(ElementKind::Generator, "p_min_mw") + " exceeds " +
                        fieldLabel(ElementKind::Generator, "p_max_mw") + " (" + value(g.p_min_mw) +
                        " > " + value(g.p_max_mw) + " MW)");
        if (g.q_min_mvar > g.q_max_mvar)
            k.error(at("generators", i, "q_min_mvar"), g.id,
                    fieldLabel(ElementKind::Generator, "q_min_mvar") + " exceeds " +
                        fieldLabel(ElementKind::Generator, "q_max_mvar") + " (" +
                        value(g.q_min_mvar) + " > " + value(g.q_max_mvar) + " MVAr)");
        k.within(at("generators", i, "carbon_intensity_t_per_mwh"), g.id,
                 g.carbon_intensity_t_per_mwh);
        k.within(at("generators", i, "carbon_no_load_t_per_h"), g.id, g.carbon_no_load_t_per_h);
        k.within(at("generators", i, "ramp_mw_per_h"), g.id, g.ramp_mw_per_h);
        k.within(at("generators", i, "candidate_max_mw"), g.id, g.candidate_max_mw);
        k.profileRef(at("generators", i, "profile"), g.id, g.profile,
                     {ProfileQuantity::Wind, ProfileQuantity::PV, ProfileQuantity::Load});
    }
    for (std::size_t i = 0; i < c.storages.size(); ++i) {
        const Storage& s = c.storages[i];
        k.busRef(at("storages", i, "bus"), s.id, s.bus);
        k.within(at("storages", i, "energy_mwh"), s.id, s.energy_mwh);
        k.within(at("storages", i, "p_max_mw"), s.id, s.p_max_mw);
        k.finite(at("storages", i, "p_mw"), s.id, s.p_mw);
        if (s.carbon_intensity_t_per_mwh)
            k.within(at("storages", i, "carbon_intensity_t_per_mwh"), s.id,
                     *s.carbon_intensity_t_per_mwh);
        if (!(0.0 <= s.soc_min && s.soc_min <= s.soc_initial && s.soc_initial <= s.soc_max &&
              s.soc_max <= 1.0))
            k.error(at("storages", i, "soc_initial"), s.id,
                    "needs 0 ≤ " + fieldLabel(ElementKind::Storage, "soc_min") + " ≤ " +
                        fieldLabel(ElementKind::Storage, "soc_initial") + " ≤ " +
                        fieldLabel(ElementKind::Storage, "soc_max") + " ≤ 1 (got " +
                        value(s.soc_min) + ", " + value(s.soc_initial) + ", " + value(s.soc_max) +
                        ")");
        k.within(at("storages", i, "eta_charge"), s.id, s.eta_charge, efficiency);
        k.within(at("storages", i, "eta_discharge"), s.id, s.eta_discharge, efficiency);
        k.within(at("storages", i, "candidate_max_mw"), s.id, s.candidate_max_mw);
        k.within(at("storages", i, "candidate_hours"), s.id, s.candidate_hours);
    }
    for (std::size_t i = 0; i < c.capacitors.size(); ++i) {
        const Capacitor& cap = c.capacitors[i];
        k.busRef(at("capacitors", i, "bus"), cap.id, cap.bus);
        k.within(at("capacitors", i, "q_step_mvar"), cap.id, cap.q_step_mvar);
        k.within(at("capacitors", i, "steps"), cap.id, cap.steps, steps);
        if (cap.steps >= 1 && (cap.steps_on < 0 || cap.steps_on > cap.steps))
            k.error(at("capacitors", i, "steps_on"), cap.id,
                    fieldLabel(ElementKind::Capacitor, "steps_on") +
                        " must be between 0 and the bank's " + std::to_string(cap.steps) +
                        " steps (got " + std::to_string(cap.steps_on) + ")");
    }
    for (std::size_t i = 0; i < c.profiles.size(); ++i) {
        const Profile& p = c.profiles[i];
        if (p.days.empty())
            k.error(at("profiles", i, "days"), p.id, "needs at least one typical day");
        std::set<std::string> names;
        for (std::size_t d = 0; d < p.days.size(); ++d) {
            const auto path = [&](const char* field) {
                return Where{"profiles", i, field, ".days[" + std::to_string(d) + "]"};
            };
            const TypicalDay& day = p.days[d];
            if (!names.insert(day.name).second)
                k.error(path("name"), p.id, "duplicate day name '" + day.name + "'");
            if (day.values.empty())
                k.error(path("values"), p.id, "no values");
            else if (day.values.size() != p.days.front().values.size())
                k.error(path("values"), p.id, "days of one profile must have equal length");
            k.within(path("weight_days"), p.id, day.weight_days);
            const Range allowed = profileValueRange(p.quantity);
            for (std::size_t h = 0; h < day.values.size(); ++h) {
                const double v = day.values[h];
                if (!std::isfinite(v)) {
                    k.error(path("values"), p.id, "value is not a finite number");
                    break;
                }
                if (!allowed.contains(v)) { // a negative load would run the feeder backwards
                    k.error(path("values"), p.id,
                            std::string(toString(p.quantity)) + " value of period " +
                                std::to_string(h) + " " + outOfRangeText(allowed, v));
                    break;
                }
            }
        }
    }
    k.profileRef(Where{"", 0, "economics.purchase_price_profile", ""}, "",
                 c.economics.purchase_price_profile, {ProfileQuantity::Price});
    k.profileRef(Where{"", 0, "economics.sale_price_profile", ""}, "",
                 c.economics.sale_price_profile, {ProfileQuantity::Price});
    // Prices and amounts of money or carbon, far beyond any market.
    const Range money{.min = 0.0, .max = 1e9};
    k.within(Where{"", 0, "economics.carbon_price_per_t", ""}, "", c.economics.carbon_price_per_t,
             money);
    k.within(Where{"", 0, "economics.free_carbon_quota_t", ""}, "", c.economics.free_carbon_quota_t,
             money);
    k.within(Where{"", 0, "economics.loss_price_per_mwh", ""}, "", c.economics.loss_price_per_mwh,
             money);
    k.within(Where{"", 0, "economics.daily_carbon_cap_t", ""}, "", c.economics.daily_carbon_cap_t,
             money);
    return std::move(k.problems);
}

std::optional<ElementRef> problemElement(const Problem& p) {
    if (p.item_id.empty())
        return std::nullopt;
    const std::string_view path = p.path;
    const auto kind = kindFromCollection(path.substr(0, path.find_first_of("[.")));
    if (!kind)
        return std::nullopt;
    return ElementRef{*kind, p.item_id};
}

std::string problemText(const Problem& p) {
    const std::optional<ElementRef> e = problemElement(p);
    return e ? std::string(kindWord(e->kind)) + " " + e->id + ": " + p.message : p.message;
}

void requireValid(const Case& c, const std::string& where) {
    for (const Problem& p : validateCase(c))
        if (p.severity == Severity::Error)
            throw badInput(where + "." + p.path + ": " + p.message);
}

void requireStudyCase(const Case& c) {
    requireValid(c, "case");
    if (c.buses.empty())
        throw badInput("case '" + c.name + "' has no buses: there is nothing to solve");
}

} // namespace gridcarbon
