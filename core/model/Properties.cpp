#include "model/Properties.h"

#include "model/Enums.h"
#include "model/LineTypes.h"
#include "model/Validate.h"
#include "util/Error.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

// lupdate finds the labels by this macro's name; core has no Qt, so it is the identity here.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace gridcarbon {
namespace {

// The enumerations are contiguous from 0; the count is the last enumerator plus one.
template <typename E> inline constexpr int kEnumCount = 0;
template <> inline constexpr int kEnumCount<BranchKind> = int(BranchKind::Transformer) + 1;
template <> inline constexpr int kEnumCount<GeneratorKind> = int(GeneratorKind::MT) + 1;
template <> inline constexpr int kEnumCount<Control> = int(Control::Power) + 1;
template <>
inline constexpr int kEnumCount<CompensationLayer> = int(CompensationLayer::Substation) + 1;

template <typename E> std::vector<std::string_view> enumNames() {
    std::vector<std::string_view> names;
    for (int i = 0; i < kEnumCount<E>; ++i)
        names.push_back(toString(static_cast<E>(i)));
    return names;
}

template <typename E> std::optional<E> enumFromName(std::string_view s) {
    for (int i = 0; i < kEnumCount<E>; ++i)
        if (toString(static_cast<E>(i)) == s)
            return static_cast<E>(i);
    return std::nullopt;
}

// The class and the value type of a pointer to data member.
template <typename C, typename V> C classOf(V C::*);
template <typename C, typename V> V valueOf(V C::*);

// Enumerations travel as their case-file names; everything else as itself.
template <auto M> PropertyValue getMember(const Element& e) {
    using C = decltype(classOf(M));
    using V = decltype(valueOf(M));
    const C& item = std::get<C>(e);
    if constexpr (std::is_enum_v<V>)
        return PropertyValue(std::in_place_type<std::string>, toString(item.*M));
    else
        return PropertyValue(std::in_place_type<V>, item.*M);
}

// nullopt for a value of the wrong type or an unknown choice.
template <auto M> std::optional<Element> setMember(const Element& e, const PropertyValue& v) {
    using C = decltype(classOf(M));
    using V = decltype(valueOf(M));
    C item = std::get<C>(e);
    if constexpr (std::is_enum_v<V>) {
        const auto* name = std::get_if<std::string>(&v);
        const std::optional<V> parsed = name ? enumFromName<V>(*name) : std::nullopt;
        if (!parsed)
            return std::nullopt;
        item.*M = *parsed;
    } else {
        const auto* value = std::get_if<V>(&v);
        if (!value)
            return std::nullopt;
        item.*M = *value;
    }
    return Element(std::in_place_type<C>, std::move(item));
}

template <typename V> constexpr ValueType valueTypeOf() {
    if constexpr (std::is_same_v<V, double>)
        return ValueType::Real;
    else if constexpr (std::is_same_v<V, std::optional<double>>)
        return ValueType::OptionalReal;
    else if constexpr (std::is_same_v<V, int>)
        return ValueType::Integer;
    else if constexpr (std::is_same_v<V, bool>)
        return ValueType::Bool;
    else if constexpr (std::is_enum_v<V>)
        return ValueType::Choice;
    else
        return ValueType::Text;
}

template <typename C> ElementKind kindOfClass() {
    return kindOf(Element(std::in_place_type<C>));
}

// The largest magnitude a value of `unit` may have: far beyond any distribution network, and
// far enough inside what a double holds that sums, squares and products of the quantities a
// study forms stay finite (a load of 1e308 MW would make its power flow print "-nan MVA").
std::optional<double> sanityLimit(std::string_view unit) {
    static const std::pair<std::string_view, double> kLimits[] = {
        {"MW", 1e6},    {"MVAr", 1e6}, {"MVA", 1e6},     {"MWh", 1e7},     {"MW/h", 1e6},
        {"kV", 2000.0}, {"p.u.", 1e6}, {"°", 360.0},     {"t/MWh", 100.0}, {"t/h", 1e6},
        {"km", 1e5},    {"h", 1e5},    {"CNY/MWh", 1e9}, {"CNY/MW²h", 1e9}};
    for (const auto& [name, limit] : kLimits)
        if (name == unit)
            return limit;
    return std::nullopt;
}

// A property whose type follows from the member (strings are free text); a real with a unit
// is also kept within that unit's sanity limit.
template <auto M>
PropertyDescriptor field(const char* key, const char* label, const char* unit = "",
                         Range range = {}) {
    using V = decltype(valueOf(M));
    PropertyDescriptor d;
    d.kind = kindOfClass<decltype(classOf(M))>();
    d.key = key;
    d.label = label;
    d.unit = unit;
    d.type = valueTypeOf<V>();
    d.range = range;
    if (const std::optional<double> limit = sanityLimit(unit)) {
        d.range.max = std::min(range.max.value_or(*limit), *limit);
        d.range.min = std::max(range.min.value_or(-*limit), -*limit);
    }
    if constexpr (std::is_enum_v<V>)
        d.choices = enumNames<V>();
    d.getter = &getMember<M>;
    d.setter = &setMember<M>;
    return d;
}

template <auto M> PropertyDescriptor idField() {
    PropertyDescriptor d = field<M>("id", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Id"));
    d.read_only = true; // renaming has to update every reference: not a plain property edit
    return d;
}

template <auto M> PropertyDescriptor busField(const char* key, const char* label) {
    PropertyDescriptor d = field<M>(key, label);
    d.type = ValueType::BusRef;
    return d;
}

template <auto M>
PropertyDescriptor profileField(const char* label, std::vector<ProfileQuantity> allowed) {
    PropertyDescriptor d = field<M>("profile", label);
    d.type = ValueType::ProfileRef;
    d.profile_quantities = std::move(allowed);
    return d;
}

PropertyDescriptor lineTypeField() {
    PropertyDescriptor d = field<&Branch::line_type>(
        "line_type", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Line type"));
    d.type = ValueType::LineTypeRef;
    return d;
}

// The ranges below repeat, as intervals, the per-value rules of validateCase.
const Range kNonNegative{.min = 0.0};
const Range kPositive{.min = 0.0, .min_inclusive = false};
const Range kFraction{.min = 0.0, .max = 1.0};
const Range kEfficiency{.min = 0.0, .max = 1.0, .min_inclusive = false};
const Range kAtLeastOne{.min = 1.0};

std::vector<PropertyDescriptor> busProperties() {
    return {
        idField<&Bus::id>(),
        field<&Bus::name>("name", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Name")),
        field<&Bus::base_kv>("base_kv", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Base voltage"),
                             "kV", kNonNegative),
        field<&Bus::vmin_pu>("vmin_pu",
                             QT_TRANSLATE_NOOP("gridcarbon::Properties", "Minimum voltage"), "p.u.",
                             kPositive),
        field<&Bus::vmax_pu>("vmax_pu",
                             QT_TRANSLATE_NOOP("gridcarbon::Properties", "Maximum voltage"), "p.u.",
                             kPositive),
        field<&Bus::gs_mw>("gs_mw",
                           QT_TRANSLATE_NOOP("gridcarbon::Properties", "Shunt conductance"), "MW"),
        field<&Bus::bs_mvar>(
            "bs_mvar", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Shunt susceptance"), "MVAr"),
    };
}

std::vector<PropertyDescriptor> branchProperties() {
    return {
        idField<&Branch::id>(),
        busField<&Branch::from>("from", QT_TRANSLATE_NOOP("gridcarbon::Properties", "From bus")),
        busField<&Branch::to>("to", QT_TRANSLATE_NOOP("gridcarbon::Properties", "To bus")),
        field<&Branch::kind>("kind", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Kind")),
        field<&Branch::length_km>(
            "length_km", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Length"), "km", kNonNegative),
        lineTypeField(),
        field<&Branch::r_pu>("r_pu", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Resistance"),
                             "p.u.", kNonNegative),
        field<&Branch::x_pu>("x_pu", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Reactance"),
                             "p.u."),
        field<&Branch::b_pu>(
            "b_pu", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Charging susceptance"), "p.u."),
        field<&Branch::tap>("tap", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Tap ratio"), "",
                            kPositive),
        field<&Branch::shift_deg>("shift_deg",
                                  QT_TRANSLATE_NOOP("gridcarbon::Properties", "Phase shift"), "°"),
        field<&Branch::rate_mva>(
            "rate_mva", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Rating (0: unlimited)"), "MVA",
            kNonNegative),
        field<&Branch::in_service>("in_service",
                                   QT_TRANSLATE_NOOP("gridcarbon::Properties", "In service")),
    };
}

std::vector<PropertyDescriptor> loadProperties() {
    return {
        idField<&Load::id>(),
        busField<&Load::bus>("bus", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Bus")),
        field<&Load::p_mw>("p_mw", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Peak active power"),
                           "MW"),
        field<&Load::q_mvar>(
            "q_mvar", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Peak reactive power"), "MVAr"),
        profileField<&Load::profile>(QT_TRANSLATE_NOOP("gridcarbon::Properties", "Load profile"),
                                     {ProfileQuantity::Load}),
    };
}

std::vector<PropertyDescriptor> generatorProperties() {
    using G = Generator;
    return {
        idField<&G::id>(),
        busField<&G::bus>("bus", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Bus")),
        field<&G::kind>("kind", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Kind")),
        field<&G::fuel>("fuel", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Fuel")),
        field<&G::control>("control", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Control")),
        field<&G::p_mw>("p_mw", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Active power"), "MW"),
        field<&G::q_mvar>("q_mvar", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Reactive power"),
                          "MVAr"),
        field<&G::vm_pu>("vm_pu", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Voltage set point"),
                         "p.u.", kPositive),
        field<&G::va_deg>("va_deg", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Angle reference"),
                          "°"),
        field<&G::p_min_mw>(
            "p_min_mw", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Minimum active power"), "MW"),
        field<&G::p_max_mw>(
            "p_max_mw", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Maximum active power"), "MW"),
        field<&G::q_min_mvar>("q_min_mvar",
                              QT_TRANSLATE_NOOP("gridcarbon::Properties", "Minimum reactive power"),
                              "MVAr"),
        field<&G::q_max_mvar>("q_max_mvar",
                              QT_TRANSLATE_NOOP("gridcarbon::Properties", "Maximum reactive power"),
                              "MVAr"),
        field<&G::carbon_intensity_t_per_mwh>(
            "carbon_intensity_t_per_mwh",
            QT_TRANSLATE_NOOP("gridcarbon::Properties", "Carbon intensity"), "t/MWh", kNonNegative),
        field<&G::carbon_no_load_t_per_h>(
            "carbon_no_load_t_per_h",
            QT_TRANSLATE_NOOP("gridcarbon::Properties", "No-load emission"), "t/h", kNonNegative),
        field<&G::cost_per_mwh>(
            "cost_per_mwh", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Energy cost"), "CNY/MWh"),
        field<&G::cost_per_mw2h>("cost_per_mw2h",
                                 QT_TRANSLATE_NOOP("gridcarbon::Properties", "Quadratic cost"),
                                 "CNY/MW²h"),
        field<&G::ramp_mw_per_h>(
            "ramp_mw_per_h", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Ramp limit (0: none)"),
            "MW/h", kNonNegative),
        // Validation accepts a load shape too, e.g. for a unit that follows demand.
        profileField<&G::profile>(
            QT_TRANSLATE_NOOP("gridcarbon::Properties", "Availability profile"),
            {ProfileQuantity::Wind, ProfileQuantity::PV, ProfileQuantity::Load}),
        field<&G::candidate>("candidate",
                             QT_TRANSLATE_NOOP("gridcarbon::Properties", "Planning candidate")),
        field<&G::candidate_max_mw>(
            "candidate_max_mw",
            QT_TRANSLATE_NOOP("gridcarbon::Properties", "Largest candidate capacity"), "MW",
            kNonNegative),
        field<&G::in_service>("in_service",
                              QT_TRANSLATE_NOOP("gridcarbon::Properties", "In service")),
    };
}

std::vector<PropertyDescriptor> storageProperties() {
    using S = Storage;
    return {
        idField<&S::id>(),
        busField<&S::bus>("bus", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Bus")),
        field<&S::energy_mwh>("energy_mwh",
                              QT_TRANSLATE_NOOP("gridcarbon::Properties", "Energy capacity"), "MWh",
                              kNonNegative),
        field<&S::p_max_mw>("p_max_mw", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Power limit"),
                            "MW", kNonNegative),
        field<&S::soc_min>("soc_min",
                           QT_TRANSLATE_NOOP("gridcarbon::Properties", "Minimum state of charge"),
                           "", kFraction),
        field<&S::soc_max>("soc_max",
                           QT_TRANSLATE_NOOP("gridcarbon::Properties", "Maximum state of charge"),
                           "", kFraction),
        field<&S::soc_initial>(
            "soc_initial", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Initial state of charge"),
            "", kFraction),
        field<&S::eta_charge>("eta_charge",
                              QT_TRANSLATE_NOOP("gridcarbon::Properties", "Charging efficiency"),
                              "", kEfficiency),
        field<&S::eta_discharge>(
            "eta_discharge", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Discharging efficiency"),
            "", kEfficiency),
        field<&S::p_mw>(
            "p_mw", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Power (discharging > 0)"), "MW"),
        field<&S::carbon_intensity_t_per_mwh>(
            "carbon_intensity_t_per_mwh",
            QT_TRANSLATE_NOOP("gridcarbon::Properties",
                              "Carbon intensity of stored energy (empty: from grid)"),
            "t/MWh", kNonNegative),
        field<&S::candidate>("candidate",
                             QT_TRANSLATE_NOOP("gridcarbon::Properties", "Planning candidate")),
        field<&S::candidate_max_mw>(
            "candidate_max_mw",
            QT_TRANSLATE_NOOP("gridcarbon::Properties", "Largest candidate power"), "MW",
            kNonNegative),
        field<&S::candidate_hours>(
            "candidate_hours",
            QT_TRANSLATE_NOOP("gridcarbon::Properties", "Candidate energy-to-power ratio"), "h",
            kNonNegative),
        field<&S::in_service>("in_service",
                              QT_TRANSLATE_NOOP("gridcarbon::Properties", "In service")),
    };
}

std::vector<PropertyDescriptor> capacitorProperties() {
    using C = Capacitor;
    return {
        idField<&C::id>(),
        busField<&C::bus>("bus", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Bus")),
        field<&C::layer>("layer",
                         QT_TRANSLATE_NOOP("gridcarbon::Properties", "Compensation layer")),
        field<&C::q_step_mvar>("q_step_mvar",
                               QT_TRANSLATE_NOOP("gridcarbon::Properties", "Rating of one step"),
                               "MVAr", kNonNegative),
        field<&C::steps>("steps", QT_TRANSLATE_NOOP("gridcarbon::Properties", "Steps"), "",
                         kAtLeastOne),
        field<&C::steps_on>("steps_on",
                            QT_TRANSLATE_NOOP("gridcarbon::Properties", "Steps switched on"), "",
                            kNonNegative),
        field<&C::in_service>("in_service",
                              QT_TRANSLATE_NOOP("gridcarbon::Properties", "In service")),
    };
}

constexpr std::size_t kKindCount = std::variant_size_v<Element>;

// Indexed by ElementKind; built once, on first use.
const std::array<std::vector<PropertyDescriptor>, kKindCount>& allProperties() {
    static const std::array<std::vector<PropertyDescriptor>, kKindCount> all{
        busProperties(),       branchProperties(),  loadProperties(),
        generatorProperties(), storageProperties(), capacitorProperties()};
    return all;
}

// Indexed by ElementKind, like Element's alternatives.
const Element& defaultElement(ElementKind kind) {
    static const std::array<Element, kKindCount> defaults{Bus{},       Branch{},  Load{},
                                                          Generator{}, Storage{}, Capacitor{}};
    return defaults[static_cast<std::size_t>(kind)];
}

// The shortest text that reads back as the same double, independent of any locale.
std::string number(double v) {
    std::array<char, 32> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return ec == std::errc{} ? std::string(buf.data(), end) : std::to_string(v);
}

} // namespace

std::string outOfRangeText(const Range& r, double v) {
    // A natural interval ([0, 1] for a fraction) is said whole; a wide one (a sanity limit)
    // only on the side that was crossed.
    const bool natural = r.min && r.max && *r.max - *r.min <= 100.0;
    std::string need;
    if (natural && r.min_inclusive && r.max_inclusive) {
        need = "between " + number(*r.min) + " and " + number(*r.max);
    } else {
        const bool below = r.min && (r.min_inclusive ? v < *r.min : v <= *r.min);
        const bool above = r.max && (r.max_inclusive ? v > *r.max : v >= *r.max);
        if (r.min && (below || natural || !above))
            need = (r.min_inclusive ? "at least " : "greater than ") + number(*r.min);
        if (r.max && (above || natural || !below))
            need += std::string(need.empty() ? "" : " and ") +
                    (r.max_inclusive ? "at most " : "less than ") + number(*r.max);
    }
    return "must be " + need + " (got " + number(v) + ")";
}

namespace {

std::string quantityList(const std::vector<ProfileQuantity>& allowed) {
    std::string list;
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i > 0)
            list += i + 1 == allowed.size() ? " or " : ", ";
        list += toString(allowed[i]);
    }
    return list;
}

// The value's own rules (finite, range, reference); a phrase to follow "<element>: <key> ".
std::optional<std::string> valueProblem(const Case& c, const PropertyDescriptor& d,
                                        const PropertyValue& v) {
    std::optional<double> number_value;
    if (const auto* x = std::get_if<double>(&v))
        number_value = *x;
    else if (const auto* ox = std::get_if<std::optional<double>>(&v))
        number_value = *ox; // empty is always allowed
    else if (const auto* i = std::get_if<int>(&v))
        number_value = *i;
    if (number_value) {
        if (!std::isfinite(*number_value))
            return "must be finite";
        if (!d.range.contains(*number_value))
            return outOfRangeText(d.range, *number_value);
    }
    const auto* text = std::get_if<std::string>(&v);
    if (d.type == ValueType::BusRef && text) {
        if (text->empty())
            return "must name a bus";
        if (!busIndexMap(c).count(*text))
            return "must name an existing bus (there is no bus '" + *text + "')";
    }
    if (d.type == ValueType::ProfileRef && text && !text->empty()) {
        const Profile* p = findProfile(c, *text);
        if (!p)
            return "must name an existing profile (there is no profile '" + *text + "')";
        bool fits = false;
        for (ProfileQuantity q : d.profile_quantities)
            fits = fits || p->quantity == q;
        if (!fits)
            return "must name a " + quantityList(d.profile_quantities) + " profile (profile '" +
                   *text + "' holds " + std::string(toString(p->quantity)) + " values)";
    }
    if (d.type == ValueType::LineTypeRef && text && !text->empty() && !findLineType(c, *text))
        return "must name one of the case's line types (there is no line type '" + *text + "')";
    return std::nullopt;
}

std::vector<Problem> errors(const Case& c) {
    std::vector<Problem> out;
    for (Problem& p : validateCase(c))
        if (p.severity == Severity::Error)
            out.push_back(std::move(p));
    return out;
}

// Whether `p` is about the element at `index` of `kind`'s collection.
bool about(const Problem& p, ElementKind kind, std::size_t index) {
    const std::string prefix =
        std::string(collectionName(kind)) + "[" + std::to_string(index) + "]";
    return p.path.compare(0, prefix.size(), prefix) == 0 &&
           (p.path.size() == prefix.size() || p.path[prefix.size()] == '.');
}

} // namespace

bool Range::contains(double v) const {
    if (min && (min_inclusive ? v < *min : v <= *min))
        return false;
    if (max && (max_inclusive ? v > *max : v >= *max))
        return false;
    return true;
}

PropertyValue PropertyDescriptor::get(const Element& e) const {
    if (kindOf(e) != kind)
        throw badInput(elementName(e) + " has no property '" + key + "'");
    return getter(e);
}

Element PropertyDescriptor::set(const Element& e, const PropertyValue& v) const {
    if (kindOf(e) != kind)
        throw badInput(elementName(e) + " has no property '" + key + "'");
    std::optional<Element> changed = setter(e, v);
    if (!changed)
        throw badInput(
            elementName(e) + ": " + key +
            (type == ValueType::Choice ? ": not one of the choices" : ": value of the wrong type"));
    return std::move(*changed);
}

PropertyValue PropertyDescriptor::defaultValue() const {
    return getter(defaultElement(kind));
}

std::span<const PropertyDescriptor> properties(ElementKind kind) {
    return allProperties()[static_cast<std::size_t>(kind)];
}

const PropertyDescriptor* findProperty(ElementKind kind, std::string_view key) {
    for (const PropertyDescriptor& d : properties(kind))
        if (d.key == key)
            return &d;
    return nullptr;
}

std::string_view kindWord(ElementKind kind) {
    constexpr std::array<std::string_view, kKindCount> kWords{"bus",       "branch",  "load",
                                                              "generator", "storage", "capacitor"};
    return kWords[static_cast<std::size_t>(kind)];
}

std::string elementName(const Element& e) {
    return std::string(kindWord(kindOf(e))) + " " + idOf(e);
}

std::string fieldLabel(ElementKind kind, std::string_view key) {
    const PropertyDescriptor* d = findProperty(kind, key);
    if (!d)
        return {};
    std::string label = d->label;
    if (const auto note = label.find(" ("); note != std::string::npos)
        label.erase(note);
    if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z')
        label[0] = static_cast<char>(label[0] - 'A' + 'a');
    return label;
}

std::string rangeText(const Range& r) {
    if (r.min && r.max)
        return (r.min_inclusive ? "[" : "(") + number(*r.min) + ", " + number(*r.max) +
               (r.max_inclusive ? "]" : ")");
    if (r.min)
        return (r.min_inclusive ? "≥ " : "> ") + number(*r.min);
    if (r.max)
        return (r.max_inclusive ? "≤ " : "< ") + number(*r.max);
    return {};
}

std::optional<std::string> checkProperty(const Case& c, const Element& candidate,
                                         std::string_view key) {
    const std::string who = elementName(candidate);
    const ElementKind kind = kindOf(candidate);
    const std::optional<PlacedElement> current = findElement(c, refOf(candidate));
    if (!current)
        return who + " is not in the case";
    const PropertyDescriptor* d = findProperty(kind, key);
    if (!d)
        return who + " has no property '" + std::string(key) + "'";
    const std::string label = fieldLabel(kind, key);
    if (d->read_only)
        return who + ": " + label + " cannot be edited";
    if (derivedFromLineType(current->element, key))
        return who + ": " + label + " comes from line type '" +
               std::get<Branch>(current->element).line_type +
               "' and the length; choose no line type to enter it";
    if (auto why = valueProblem(c, *d, d->get(candidate)))
        return who + ": " + label + " " + *why;

    // Rules that tie fields together live in validateCase; only errors the edit introduces
    // count, so that an element that was already inconsistent can still be repaired stepwise.
    Case edited = c;
    replaceElement(edited, candidate);
    applyLineTypes(edited);
    // An error at a path that had one before is the old error, whatever values it now quotes.
    const std::vector<Problem> before = errors(c);
    for (const Problem& error : errors(edited)) {
        if (std::any_of(before.begin(), before.end(),
                        [&](const Problem& p) { return p.path == error.path; }))
            continue;
        std::string message = error.message;
        if (!about(error, kind, current->index)) // another element: a line at an edited bus
            return who + ": " + label + ": " + problemText(error);
        // Name the edited property first, unless the message already names it ("minimum
        // active power exceeds maximum active power (0.3 > 0.2 MW)").
        if (message.find(label) == std::string::npos)
            message = label + ": " + message;
        return who + ": " + message;
    }
    return std::nullopt;
}

} // namespace gridcarbon
