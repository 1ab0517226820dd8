#include "io/CaseJson.h"

#include "io/TextFile.h"
#include "model/Element.h"
#include "model/Enums.h"
#include "model/LineTypes.h"
#include "model/Properties.h"
#include "model/Validate.h"
#include "util/Error.h"
#include "util/Text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string_view>

namespace gridcarbon {
namespace {

using json = nlohmann::ordered_json;

// A JSON value together with its path, so that every complaint can say where it is, and, for
// an element's field, the element's kind and the key, so that it can also say what the field
// is called (its property label: "$.branches[2].r_pu: resistance must be a number").
class Node {
public:
    Node(const json& j, std::string path, std::optional<ElementKind> owner = std::nullopt,
         const char* key = nullptr)
        : j_(j), path_(std::move(path)), owner_(owner), key_(key) {}

    [[noreturn]] void fail(const std::string& why) const { throw badInput(path_ + ": " + why); }

    const std::string& path() const { return path_; }
    const json& raw() const { return j_; }

    // The node is an element of this kind: its fields are named by their labels.
    Node asElement(ElementKind kind) const { return Node(j_, path_, kind, nullptr); }

    void requireObject() const {
        if (!j_.is_object())
            fail("expected an object");
    }

    bool has(const char* key) const { return j_.is_object() && j_.contains(key); }

    Node operator[](const char* key) const {
        requireObject();
        auto it = j_.find(key);
        if (it == j_.end()) {
            const std::string label = element() ? fieldLabel(*owner_, key) : std::string();
            fail(std::string("missing required field '") + key + "'" +
                 (label.empty() ? "" : " (" + label + ")"));
        }
        return Node(*it, path_ + "." + key, element() ? owner_ : std::nullopt, key);
    }

    std::vector<Node> array() const {
        if (!j_.is_array())
            fail("expected an array");
        std::vector<Node> out;
        out.reserve(j_.size());
        for (std::size_t i = 0; i < j_.size(); ++i)
            out.emplace_back(j_[i], path_ + "[" + std::to_string(i) + "]");
        return out;
    }

    double number() const {
        if (!j_.is_number())
            expected("a number");
        double v = j_.get<double>();
        if (!std::isfinite(v))
            expected("a finite number");
        return v;
    }

    int integer() const {
        if (!j_.is_number_integer())
            expected("an integer");
        auto v = j_.get<long long>();
        if (v < -1'000'000'000LL || v > 1'000'000'000LL)
            expected("an integer between -1e9 and 1e9");
        return static_cast<int>(v);
    }

    bool boolean() const {
        if (!j_.is_boolean())
            expected("true or false");
        return j_.get<bool>();
    }

    std::string string() const {
        if (!j_.is_string())
            expected("a string");
        return j_.get<std::string>();
    }

    // Ids may be written as strings or as integers (MATPOWER-style bus numbers).
    std::string id() const {
        if (j_.is_number_integer())
            return std::to_string(j_.get<long long>());
        if (!j_.is_string())
            expected("an id (a string)");
        std::string s = j_.get<std::string>();
        if (s.empty())
            expected("a non-empty id");
        return s;
    }

    double number(const char* key, double fallback) const {
        return has(key) ? (*this)[key].number() : fallback;
    }
    int integer(const char* key, int fallback) const {
        return has(key) ? (*this)[key].integer() : fallback;
    }
    bool boolean(const char* key, bool fallback) const {
        return has(key) ? (*this)[key].boolean() : fallback;
    }
    std::string string(const char* key, const std::string& fallback = {}) const {
        return has(key) ? (*this)[key].string() : fallback;
    }

    template <typename E, typename Parse>
    E enumeration(const char* key, E fallback, Parse parse) const {
        if (!has(key))
            return fallback;
        Node n = (*this)[key];
        auto v = parse(n.string());
        if (!v) {
            const PropertyDescriptor* d = element() ? findProperty(*owner_, key) : nullptr;
            if (!d)
                n.fail("unknown value '" + n.string() + "'");
            std::vector<std::string> choices(d->choices.begin(), d->choices.end());
            n.fail(fieldLabel(*owner_, key) + " '" + n.string() + "' is not one of " +
                   listWithMore(choices, choices.size()));
        }
        return *v;
    }

    // A misspelt key would otherwise be ignored and its default used: refuse it instead.
    void onlyKeys(std::initializer_list<std::string_view> known) const {
        requireObject();
        for (auto it = j_.begin(); it != j_.end(); ++it)
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                fail("unknown field '" + it.key() + "'");
    }

    std::vector<Node> arrayOrEmpty(const char* key) const {
        return has(key) ? (*this)[key].array() : std::vector<Node>{};
    }

private:
    // "expected a number", or with the field's label "resistance must be a number".
    bool element() const { return owner_ && !key_; }

    [[noreturn]] void expected(const std::string& what) const {
        const std::string label = owner_ && key_ ? fieldLabel(*owner_, key_) : std::string();
        fail(label.empty() ? "expected " + what : label + " must be " + what);
    }

    const json& j_;
    std::string path_;
    std::optional<ElementKind> owner_; // the element this node is a field of (or is)
    const char* key_ = nullptr;        // the field's key; null for the element itself
};

Bus readBus(const Node& n) {
    n.onlyKeys({"id", "name", "base_kv", "vmin_pu", "vmax_pu", "gs_mw", "bs_mvar", "x", "y"});
    Bus b;
    b.id = n["id"].id();
    b.name = n.string("name");
    b.base_kv = n.number("base_kv", 0.0);
    b.vmin_pu = n.number("vmin_pu", 0.9);
    b.vmax_pu = n.number("vmax_pu", 1.1);
    b.gs_mw = n.number("gs_mw", 0.0);
    b.bs_mvar = n.number("bs_mvar", 0.0);
    if (n.has("x") || n.has("y"))
        b.position = Point{n["x"].number(), n["y"].number()};
    return b;
}

Branch readBranch(const Node& n) {
    n.onlyKeys({"id", "from", "to", "kind", "r_pu", "x_pu", "b_pu", "tap", "shift_deg", "rate_mva",
                "in_service", "line_type", "length_km"});
    Branch br;
    br.id = n["id"].id();
    br.from = n["from"].id();
    br.to = n["to"].id();
    br.kind = n.enumeration("kind", BranchKind::Line, branchKindFrom);
    br.line_type = n.string("line_type");
    br.length_km = n.number("length_km", 0.0);
    if (br.line_type.empty()) {
        br.r_pu = n["r_pu"].number();
        br.x_pu = n["x_pu"].number();
        br.b_pu = n.number("b_pu", 0.0);
        br.rate_mva = n.number("rate_mva", 0.0);
    } else {
        // The type and length give them (applyLineTypes); two sources could disagree.
        for (const char* derived : {"r_pu", "x_pu", "b_pu", "rate_mva"})
            if (n.has(derived))
                n[derived].fail("comes from line type '" + br.line_type +
                                "' and its length; give one or the other");
    }
    br.tap = n.number("tap", 1.0);
    br.shift_deg = n.number("shift_deg", 0.0);
    br.in_service = n.boolean("in_service", true);
    return br;
}

LineType readLineType(const Node& n) {
    n.onlyKeys({"id", "r_ohm_per_km", "x_ohm_per_km", "c_nf_per_km", "ampacity_a"});
    LineType t;
    t.id = n["id"].id();
    t.r_ohm_per_km = n["r_ohm_per_km"].number();
    t.x_ohm_per_km = n["x_ohm_per_km"].number();
    t.c_nf_per_km = n.number("c_nf_per_km", 0.0);
    t.ampacity_a = n.number("ampacity_a", 0.0);
    return t;
}

Load readLoad(const Node& n) {
    n.onlyKeys({"id", "bus", "p_mw", "q_mvar", "profile"});
    Load l;
    l.id = n["id"].id();
    l.bus = n["bus"].id();
    l.p_mw = n["p_mw"].number();
    l.q_mvar = n.number("q_mvar", 0.0);
    l.profile = n.string("profile");
    return l;
}

Generator readGenerator(const Node& n) {
    n.onlyKeys({"id",
                "bus",
                "kind",
                "fuel",
                "control",
                "p_mw",
                "q_mvar",
                "vm_pu",
                "va_deg",
                "p_min_mw",
                "p_max_mw",
                "q_min_mvar",
                "q_max_mvar",
                "carbon_intensity_t_per_mwh",
                "carbon_no_load_t_per_h",
                "cost_per_mwh",
                "cost_per_mw2h",
                "ramp_mw_per_h",
                "profile",
                "candidate",
                "candidate_max_mw",
                "in_service"});
    Generator g;
    g.id = n["id"].id();
    g.bus = n["bus"].id();
    g.kind = n.enumeration("kind", GeneratorKind::Thermal, generatorKindFrom);
    g.fuel = n.string("fuel");
    g.control = n.enumeration("control", Control::Power, controlFrom);
    g.p_mw = n.number("p_mw", 0.0);
    g.q_mvar = n.number("q_mvar", 0.0);
    g.vm_pu = n.number("vm_pu", 1.0);
    g.va_deg = n.number("va_deg", 0.0);
    g.p_min_mw = n.number("p_min_mw", 0.0);
    g.p_max_mw = n.number("p_max_mw", 0.0);
    g.q_min_mvar = n.number("q_min_mvar", 0.0);
    g.q_max_mvar = n.number("q_max_mvar", 0.0);
    g.carbon_intensity_t_per_mwh = n.number("carbon_intensity_t_per_mwh", 0.0);
    g.carbon_no_load_t_per_h = n.number("carbon_no_load_t_per_h", 0.0);
    g.cost_per_mwh = n.number("cost_per_mwh", 0.0);
    g.cost_per_mw2h = n.number("cost_per_mw2h", 0.0);
    g.ramp_mw_per_h = n.number("ramp_mw_per_h", 0.0);
    g.profile = n.string("profile");
    g.candidate = n.boolean("candidate", false);
    g.candidate_max_mw = n.number("candidate_max_mw", 0.0);
    g.in_service = n.boolean("in_service", true);
    return g;
}

Storage readStorage(const Node& n) {
    n.onlyKeys({"id", "bus", "energy_mwh", "p_max_mw", "soc_min", "soc_max", "soc_initial",
                "eta_charge", "eta_discharge", "p_mw", "carbon_intensity_t_per_mwh", "candidate",
                "candidate_max_mw", "candidate_hours", "in_service"});
    Storage s;
    s.id = n["id"].id();
    s.bus = n["bus"].id();
    s.energy_mwh = n.number("energy_mwh", 0.0);
    s.p_max_mw = n.number("p_max_mw", 0.0);
    s.soc_min = n.number("soc_min", s.soc_min);
    s.soc_max = n.number("soc_max", s.soc_max);
    s.soc_initial = n.number("soc_initial", s.soc_initial);
    s.eta_charge = n.number("eta_charge", s.eta_charge);
    s.eta_discharge = n.number("eta_discharge", s.eta_discharge);
    s.p_mw = n.number("p_mw", 0.0);
    if (n.has("carbon_intensity_t_per_mwh"))
        s.carbon_intensity_t_per_mwh = n["carbon_intensity_t_per_mwh"].number();
    s.candidate = n.boolean("candidate", false);
    s.candidate_max_mw = n.number("candidate_max_mw", 0.0);
    s.candidate_hours = n.number("candidate_hours", 0.0);
    s.in_service = n.boolean("in_service", true);
    return s;
}

Capacitor readCapacitor(const Node& n) {
    n.onlyKeys({"id", "bus", "layer", "q_step_mvar", "steps", "steps_on", "in_service"});
    Capacitor c;
    c.id = n["id"].id();
    c.bus = n["bus"].id();
    c.layer = n.enumeration("layer", CompensationLayer::User, compensationLayerFrom);
    c.q_step_mvar = n["q_step_mvar"].number();
    c.steps = n.integer("steps", 1);
    c.steps_on = n.integer("steps_on", 0);
    c.in_service = n.boolean("in_service", true);
    return c;
}

Profile readProfile(const Node& n) {
    n.onlyKeys({"id", "quantity", "days"});
    Profile p;
    p.id = n["id"].id();
    p.quantity = n.enumeration("quantity", ProfileQuantity::Load, profileQuantityFrom);
    for (const Node& d : n["days"].array()) {
        d.onlyKeys({"name", "weight_days", "values"});
        TypicalDay day;
        day.name = d["name"].string();
        day.weight_days = d.number("weight_days", 0.0);
        for (const Node& v : d["values"].array())
            day.values.push_back(v.number());
        p.days.push_back(std::move(day));
    }
    return p;
}

Economics readEconomics(const Node& n) {
    n.onlyKeys({"currency", "carbon_price_per_t", "free_carbon_quota_t", "purchase_price_profile",
                "sale_price_profile", "loss_price_per_mwh", "daily_carbon_cap_t"});
    Economics e;
    e.currency = n.string("currency", e.currency);
    e.carbon_price_per_t = n.number("carbon_price_per_t", 0.0);
    e.free_carbon_quota_t = n.number("free_carbon_quota_t", 0.0);
    e.purchase_price_profile = n.string("purchase_price_profile");
    e.sale_price_profile = n.string("sale_price_profile");
    e.loss_price_per_mwh = n.number("loss_price_per_mwh", 0.0);
    e.daily_carbon_cap_t = n.number("daily_carbon_cap_t", 0.0);
    return e;
}

template <typename T, typename Read>
std::vector<T> readAll(const Node& root, const char* key, Read read) {
    std::vector<T> out;
    const std::optional<ElementKind> kind = kindFromCollection(key);
    for (const Node& n : root.arrayOrEmpty(key))
        out.push_back(read(kind ? n.asElement(*kind) : n));
    return out;
}

json toJson(const Bus& b) {
    json j{{"id", b.id}};
    if (!b.name.empty())
        j["name"] = b.name;
    j["base_kv"] = b.base_kv;
    j["vmin_pu"] = b.vmin_pu;
    j["vmax_pu"] = b.vmax_pu;
    if (b.gs_mw != 0.0)
        j["gs_mw"] = b.gs_mw;
    if (b.bs_mvar != 0.0)
        j["bs_mvar"] = b.bs_mvar;
    if (b.position) {
        j["x"] = b.position->x;
        j["y"] = b.position->y;
    }
    return j;
}

json toJson(const Branch& br) {
    json j{{"id", br.id}, {"from", br.from}, {"to", br.to}, {"kind", toString(br.kind)}};
    if (br.line_type.empty()) {
        j["r_pu"] = br.r_pu;
        j["x_pu"] = br.x_pu;
        if (br.b_pu != 0.0)
            j["b_pu"] = br.b_pu;
    } else {
        j["line_type"] = br.line_type;
    }
    if (br.length_km != 0.0)
        j["length_km"] = br.length_km;
    if (br.tap != 1.0)
        j["tap"] = br.tap;
    if (br.shift_deg != 0.0)
        j["shift_deg"] = br.shift_deg;
    if (br.line_type.empty() && br.rate_mva != 0.0)
        j["rate_mva"] = br.rate_mva;
    if (!br.in_service)
        j["in_service"] = false;
    return j;
}

json toJson(const LineType& t) {
    return json{{"id", t.id},
                {"r_ohm_per_km", t.r_ohm_per_km},
                {"x_ohm_per_km", t.x_ohm_per_km},
                {"c_nf_per_km", t.c_nf_per_km},
                {"ampacity_a", t.ampacity_a}};
}

json toJson(const Load& l) {
    json j{{"id", l.id}, {"bus", l.bus}, {"p_mw", l.p_mw}, {"q_mvar", l.q_mvar}};
    if (!l.profile.empty())
        j["profile"] = l.profile;
    return j;
}

json toJson(const Generator& g) {
    json j{{"id", g.id},
           {"bus", g.bus},
           {"kind", toString(g.kind)},
           {"control", toString(g.control)},
           {"p_mw", g.p_mw},
           {"q_mvar", g.q_mvar}};
    if (!g.fuel.empty())
        j["fuel"] = g.fuel;
    if (g.control != Control::Power || g.vm_pu != 1.0)
        j["vm_pu"] = g.vm_pu;
    if (g.control == Control::Slack || g.va_deg != 0.0)
        j["va_deg"] = g.va_deg;
    j["p_min_mw"] = g.p_min_mw;
    j["p_max_mw"] = g.p_max_mw;
    j["q_min_mvar"] = g.q_min_mvar;
    j["q_max_mvar"] = g.q_max_mvar;
    j["carbon_intensity_t_per_mwh"] = g.carbon_intensity_t_per_mwh;
    if (g.carbon_no_load_t_per_h != 0.0)
        j["carbon_no_load_t_per_h"] = g.carbon_no_load_t_per_h;
    if (g.cost_per_mwh != 0.0)
        j["cost_per_mwh"] = g.cost_per_mwh;
    if (g.cost_per_mw2h != 0.0)
        j["cost_per_mw2h"] = g.cost_per_mw2h;
    if (g.ramp_mw_per_h != 0.0)
        j["ramp_mw_per_h"] = g.ramp_mw_per_h;
    if (!g.profile.empty())
        j["profile"] = g.profile;
    if (g.candidate)
        j["candidate"] = true;
    if (g.candidate || g.candidate_max_mw != 0.0)
        j["candidate_max_mw"] = g.candidate_max_mw;
    if (!g.in_service)
        j["in_service"] = false;
    return j;
}

json toJson(const Storage& s) {
    json j{{"id", s.id},
           {"bus", s.bus},
           {"energy_mwh", s.energy_mwh},
           {"p_max_mw", s.p_max_mw},
           {"soc_min", s.soc_min},
           {"soc_max", s.soc_max},
           {"soc_initial", s.soc_initial},
           {"eta_charge", s.eta_charge},
           {"eta_discharge", s.eta_discharge}};
    if (s.p_mw != 0.0)
        j["p_mw"] = s.p_mw;
    if (s.carbon_intensity_t_per_mwh)
        j["carbon_intensity_t_per_mwh"] = *s.carbon_intensity_t_per_mwh;
    if (s.candidate)
        j["candidate"] = true;
    if (s.candidate || s.candidate_max_mw != 0.0)
        j["candidate_max_mw"] = s.candidate_max_mw;
    if (s.candidate || s.candidate_hours != 0.0)
        j["candidate_hours"] = s.candidate_hours;
    if (!s.in_service)
        j["in_service"] = false;
    return j;
}

json toJson(const Capacitor& c) {
    json j{{"id", c.id},
           {"bus", c.bus},
           {"layer", toString(c.layer)},
           {"q_step_mvar", c.q_step_mvar},
           {"steps", c.steps},
           {"steps_on", c.steps_on}};
    if (!c.in_service)
        j["in_service"] = false;
    return j;
}

json toJson(const Profile& p) {
    json days = json::array();
    for (const TypicalDay& d : p.days)
        days.push_back({{"name", d.name}, {"weight_days", d.weight_days}, {"values", d.values}});
    return {{"id", p.id}, {"quantity", toString(p.quantity)}, {"days", days}};
}

json toJson(const Economics& e) {
    json j{{"currency", e.currency},
           {"carbon_price_per_t", e.carbon_price_per_t},
           {"free_carbon_quota_t", e.free_carbon_quota_t},
           {"loss_price_per_mwh", e.loss_price_per_mwh}};
    if (e.daily_carbon_cap_t != 0.0)
        j["daily_carbon_cap_t"] = e.daily_carbon_cap_t;
    if (!e.purchase_price_profile.empty())
        j["purchase_price_profile"] = e.purchase_price_profile;
    if (!e.sale_price_profile.empty())
        j["sale_price_profile"] = e.sale_price_profile;
    return j;
}

template <typename T> json arrayOf(const std::vector<T>& items) {
    json a = json::array();
    for (const T& t : items)
        a.push_back(toJson(t));
    return a;
}

// nlohmann's messages start with "[json.exception.kind.N] "; keep what follows.
std::string withoutPrefix(const std::string& what) {
    const auto bracket = what.find("] ");
    return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

// JSON allows an object to repeat a key and keeps the last; a case that says base_kv twice
// has a mistake in it, and taking either value silently would hide it. Follows the parse to
// name where the repeated key is.
class DuplicateKeyGuard {
public:
    bool operator()(int, json::parse_event_t event, json& parsed) {
        using E = json::parse_event_t;
        switch (event) {
        case E::object_start:
        case E::array_start:
            countElement();
            frames_.push_back({event == E::array_start, 0, {}, {}});
            break;
        case E::key: {
            Frame& f = frames_.back();
            f.key = parsed.get<std::string>();
            if (!f.keys.insert(f.key).second)
                throw badInput(objectPath() + ": duplicate key '" + f.key +
                               "' (JSON would keep only the last)");
            break;
        }
        case E::value:
            countElement();
            break;
        case E::object_end:
        case E::array_end:
            frames_.pop_back();
            break;
        }
        return true;
    }

private:
    struct Frame {
        bool array = false;
        std::size_t index = 0; // elements seen so far, in an array
        std::string key;       // the key being read, in an object
        std::set<std::string> keys;
    };

    void countElement() {
        if (!frames_.empty() && frames_.back().array)
            ++frames_.back().index;
    }

    // The JSON path of the innermost object, e.g. "$.buses[0]".
    std::string objectPath() const {
        std::string p = "$";
        for (std::size_t i = 0; i + 1 < frames_.size(); ++i)
            p += frames_[i].array ? "[" + std::to_string(frames_[i].index - 1) + "]"
                                  : "." + frames_[i].key;
        return p;
    }

    std::vector<Frame> frames_;
};

} // namespace

Case readCaseJson(const std::string& text) {
    json doc;
    try {
        doc = json::parse(text, DuplicateKeyGuard());
    } catch (const json::parse_error& e) {
        throw badInput("$: malformed JSON at byte " + std::to_string(e.byte) + ": " +
                       withoutPrefix(e.what()));
    } catch (const json::exception& e) {
        // e.g. out_of_range for a number such as 1E333 that no double can hold
        throw badInput("$: unreadable JSON: " + withoutPrefix(e.what()));
    }
    Node root(doc, "$");
    root.onlyKeys({"format", "version", "name", "description", "source", "base_mva", "frequency_hz",
                   "buses", "branches", "loads", "generators", "storages", "capacitors", "profiles",
                   "line_types", "economics"});
    if (root["format"].string() != "gridcarbon-case")
        root["format"].fail("expected \"gridcarbon-case\"");
    int version = root["version"].integer();
    if (version < 1 || version > kCaseFormatVersion)
        root["version"].fail("unsupported version " + std::to_string(version) +
                             " (this build reads 1.." + std::to_string(kCaseFormatVersion) + ")");
    Case c;
    c.name = root.string("name");
    c.description = root.string("description");
    c.source = root.string("source");
    c.base_mva = root.number("base_mva", 100.0);
    c.frequency_hz = root.number("frequency_hz", 50.0);
    c.buses = readAll<Bus>(root, "buses", readBus);
    c.branches = readAll<Branch>(root, "branches", readBranch);
    c.loads = readAll<Load>(root, "loads", readLoad);
    c.generators = readAll<Generator>(root, "generators", readGenerator);
    c.storages = readAll<Storage>(root, "storages", readStorage);
    c.capacitors = readAll<Capacitor>(root, "capacitors", readCapacitor);
    c.profiles = readAll<Profile>(root, "profiles", readProfile);
    c.line_types = readAll<LineType>(root, "line_types", readLineType);
    if (root.has("economics"))
        c.economics = readEconomics(root["economics"]);
    applyLineTypes(c);
    requireValid(c, "$");
    return c;
}

Case loadCaseJson(const std::filesystem::path& file) {
    try {
        return readCaseJson(readTextFile(file));
    } catch (const Error& e) {
        const std::string prefix = file.string() + ": ";
        const std::string what = e.what();
        if (what.rfind(prefix, 0) == 0)
            throw;
        throw Error(e.code(), prefix + what);
    }
}

std::string writeCaseJson(const Case& c) {
    json j{{"format", "gridcarbon-case"}, {"version", kCaseFormatVersion}, {"name", c.name}};
    if (!c.description.empty())
        j["description"] = c.description;
    if (!c.source.empty())
        j["source"] = c.source;
    j["base_mva"] = c.base_mva;
    if (c.frequency_hz != 50.0)
        j["frequency_hz"] = c.frequency_hz;
    j["buses"] = arrayOf(c.buses);
    j["branches"] = arrayOf(c.branches);
    j["loads"] = arrayOf(c.loads);
    j["generators"] = arrayOf(c.generators);
    j["storages"] = arrayOf(c.storages);
    j["capacitors"] = arrayOf(c.capacitors);
    j["profiles"] = arrayOf(c.profiles);
    if (!c.line_types.empty())
        j["line_types"] = arrayOf(c.line_types);
    j["economics"] = toJson(c.economics);
    // Names imported from files in other encodings (GBK, Latin-1) must not make saving fail.
    return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

void saveCaseJson(const Case& c, const std::filesystem::path& file) {
    writeTextFileAtomic(file, writeCaseJson(c));
}

} // namespace gridcarbon
