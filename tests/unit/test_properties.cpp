// The property descriptors: typed accessors that round-trip every property of every kind, keys
// that are the case file's, and the edit check (finite, range, references, cross-field rules).
#include "TestSupport.h"

#include "io/CaseJson.h"
#include "model/Element.h"
#include "model/Properties.h"

#include <cmath>
#include <limits>
#include <set>

using namespace gridcarbon;

namespace {

constexpr ElementKind kAllKinds[] = {ElementKind::Bus,     ElementKind::Branch,
                                     ElementKind::Load,    ElementKind::Generator,
                                     ElementKind::Storage, ElementKind::Capacitor};

Case der() {
    static const Case c = test::bundledCase("ieee33-der");
    return c;
}

Element elementOf(const Case& c, ElementKind kind, const std::string& id) {
    auto placed = findElement(c, {kind, id});
    if (!placed)
        throw std::runtime_error("no element " + id);
    return placed->element;
}

// The first element of `kind` in `c`.
Element firstOf(const Case& c, ElementKind kind) {
    switch (kind) {
    case ElementKind::Bus:
        return c.buses.front();
    case ElementKind::Branch:
        return c.branches.front();
    case ElementKind::Load:
        return c.loads.front();
    case ElementKind::Generator:
        return c.generators.front();
    case ElementKind::Storage:
        return c.storages.front();
    case ElementKind::Capacitor:
        break;
    }
    return c.capacitors.front();
}

// The check of `key` after setting it to `v` on element `id` of `c`.
std::optional<std::string> checkEdit(const Case& c, ElementKind kind, const std::string& id,
                                     const std::string& key, const PropertyValue& v) {
    const PropertyDescriptor* d = findProperty(kind, key);
    if (!d)
        throw std::runtime_error("no property " + key);
    return checkProperty(c, d->set(elementOf(c, kind, id), v), key);
}

// A value of the descriptor's type that differs from `v` (not necessarily a valid one).
PropertyValue otherValue(const PropertyDescriptor& d, const PropertyValue& v) {
    switch (d.type) {
    case ValueType::Real:
        return std::get<double>(v) + 1.5;
    case ValueType::OptionalReal:
        return std::optional<double>(0.25);
    case ValueType::Integer:
        return std::get<int>(v) + 2;
    case ValueType::Bool:
        return !std::get<bool>(v);
    case ValueType::Choice:
        for (std::string_view choice : d.choices)
            if (choice != std::get<std::string>(v))
                return std::string(choice);
        break;
    case ValueType::Text:
    case ValueType::ProfileRef:
    case ValueType::BusRef:
    case ValueType::LineTypeRef:
        return std::get<std::string>(v) + "x";
    }
    return v;
}

std::vector<Element> everyElement(const Case& c) {
    std::vector<Element> all;
    for (const auto& b : c.buses)
        all.emplace_back(b);
    for (const auto& b : c.branches)
        all.emplace_back(b);
    for (const auto& l : c.loads)
        all.emplace_back(l);
    for (const auto& g : c.generators)
        all.emplace_back(g);
    for (const auto& s : c.storages)
        all.emplace_back(s);
    for (const auto& k : c.capacitors)
        all.emplace_back(k);
    Storage with_intensity = c.storages.front();
    with_intensity.carbon_intensity_t_per_mwh = 0.3;
    all.emplace_back(with_intensity);
    return all;
}

} // namespace

TEST(Properties, EveryKindHasUniqueKeysWithIdFirstAndReadOnly) {
    for (ElementKind kind : kAllKinds) {
        const auto props = properties(kind);
        ASSERT_FALSE(props.empty());
        EXPECT_STREQ(props.front().key, "id");
        EXPECT_TRUE(props.front().read_only);
        std::set<std::string> keys;
        for (const PropertyDescriptor& d : props) {
            EXPECT_EQ(d.kind, kind) << d.key;
            EXPECT_TRUE(keys.insert(d.key).second) << "duplicate " << d.key;
            EXPECT_NE(std::string(d.label), "") << d.key;
            EXPECT_EQ(findProperty(kind, d.key), &d);
            EXPECT_EQ(d.read_only, d.key == std::string("id")) << d.key;
            if (d.type == ValueType::Choice) {
                EXPECT_GE(d.choices.size(), 2u) << d.key;
            }
            if (d.type == ValueType::ProfileRef) {
                EXPECT_FALSE(d.profile_quantities.empty()) << d.key;
            }
        }
    }
    EXPECT_EQ(findProperty(ElementKind::Load, "no_such_key"), nullptr);
}

TEST(Properties, GetSetRoundTripsEveryPropertyOfEveryElement) {
    for (const Element& e : everyElement(der())) {
        for (const PropertyDescriptor& d : properties(kindOf(e))) {
            const PropertyValue v = d.get(e);
            EXPECT_EQ(d.set(e, v), e) << elementName(e) << " " << d.key;
            // Setting another value changes this property and no other.
            const PropertyValue w = otherValue(d, v);
            ASSERT_NE(w, v) << d.key;
            const Element changed = d.set(e, w);
            EXPECT_EQ(d.get(changed), w) << elementName(e) << " " << d.key;
            for (const PropertyDescriptor& other : properties(kindOf(e))) {
                if (&other != &d) {
                    EXPECT_EQ(other.get(changed), other.get(e))
                        << d.key << " changed " << other.key;
                }
            }
            EXPECT_EQ(d.set(changed, v), e) << d.key;
        }
    }
}

TEST(Properties, KeysAreTheCaseFileKeys) {
    // Each property, set away from its default (the writer leaves some defaults out), appears
    // under its key in the written case file.
    for (ElementKind kind : kAllKinds) {
        for (const PropertyDescriptor& d : properties(kind)) {
            Case c;
            Element e = firstOf(der(), kind);
            e = d.set(e, otherValue(d, d.defaultValue()));
            insertElement(c, {e, 0});
            const std::string text = writeCaseJson(c);
            EXPECT_NE(text.find("\"" + std::string(d.key) + "\":"), std::string::npos)
                << collectionName(kind) << " " << d.key;
        }
    }
}

TEST(Properties, DefaultsAreTheModelsInitialisers) {
    EXPECT_EQ(findProperty(ElementKind::Storage, "soc_min")->defaultValue(), PropertyValue(0.1));
    EXPECT_EQ(findProperty(ElementKind::Storage, "carbon_intensity_t_per_mwh")->defaultValue(),
              PropertyValue(std::optional<double>()));
    EXPECT_EQ(findProperty(ElementKind::Branch, "tap")->defaultValue(), PropertyValue(1.0));
    EXPECT_EQ(findProperty(ElementKind::Capacitor, "steps")->defaultValue(), PropertyValue(1));
    EXPECT_EQ(findProperty(ElementKind::Branch, "in_service")->defaultValue(), PropertyValue(true));
    EXPECT_EQ(findProperty(ElementKind::Generator, "control")->defaultValue(),
              PropertyValue(std::string("power")));
}

TEST(Properties, SetRefusesWrongTypesAndUnknownChoices) {
    const Element load = elementOf(der(), ElementKind::Load, "D2");
    const PropertyDescriptor* p = findProperty(ElementKind::Load, "p_mw");
    EXPECT_EQ(test::errorOf([&] { p->set(load, std::string("1")); }), ErrorCode::BadInput);
    EXPECT_EQ(test::errorOf([&] { p->set(load, 1); }), ErrorCode::BadInput);
    const Element gen = elementOf(der(), ElementKind::Generator, "WT3");
    const PropertyDescriptor* kind = findProperty(ElementKind::Generator, "kind");
    EXPECT_EQ(test::errorOf([&] { kind->set(gen, std::string("nuclear")); }), ErrorCode::BadInput);
    EXPECT_EQ(std::get<Generator>(kind->set(gen, std::string("pv"))).kind, GeneratorKind::PV);
    // A descriptor of another kind.
    EXPECT_EQ(test::errorOf([&] { p->get(gen); }), ErrorCode::BadInput);
}

TEST(Properties, RangeText) {
    EXPECT_EQ(rangeText(findProperty(ElementKind::Storage, "soc_min")->range), "[0, 1]");
    EXPECT_EQ(rangeText(findProperty(ElementKind::Storage, "eta_charge")->range), "(0, 1]");
    // Quantities with a unit stay within its sanity limit.
    EXPECT_EQ(rangeText(findProperty(ElementKind::Storage, "energy_mwh")->range), "[0, 1e+07]");
    EXPECT_EQ(rangeText(findProperty(ElementKind::Branch, "tap")->range), "> 0");
    EXPECT_EQ(rangeText(findProperty(ElementKind::Load, "p_mw")->range), "[-1e+06, 1e+06]");
    EXPECT_EQ(rangeText(findProperty(ElementKind::Bus, "name")->range), "");
}

TEST(Properties, AValueBeyondItsUnitsSanityLimitIsRefusedOnTheSideCrossed) {
    const Case c = der();
    EXPECT_EQ(checkEdit(c, ElementKind::Load, "D2", "p_mw", 1e7),
              "load D2: peak active power must be at most 1e+06 (got 1e+07)");
    EXPECT_EQ(checkEdit(c, ElementKind::Load, "D2", "q_mvar", -2e6),
              "load D2: peak reactive power must be at least -1e+06 (got -2e+06)");
    EXPECT_EQ(checkEdit(c, ElementKind::Bus, "2", "base_kv", 5000.0),
              "bus 2: base voltage must be at most 2000 (got 5000)");
}

TEST(Properties, ValidEditsPass) {
    const Case c = der();
    EXPECT_EQ(checkEdit(c, ElementKind::Load, "D2", "p_mw", 0.2), std::nullopt);
    EXPECT_EQ(checkEdit(c, ElementKind::Load, "D2", "bus", std::string("5")), std::nullopt);
    EXPECT_EQ(checkEdit(c, ElementKind::Storage, "ES5", "soc_min", 0.0), std::nullopt);
    EXPECT_EQ(checkEdit(c, ElementKind::Storage, "ES5", "carbon_intensity_t_per_mwh",
                        std::optional<double>()),
              std::nullopt);
    EXPECT_EQ(checkEdit(c, ElementKind::Storage, "ES5", "carbon_intensity_t_per_mwh",
                        std::optional<double>(0.4)),
              std::nullopt);
    EXPECT_EQ(checkEdit(c, ElementKind::Capacitor, "C30", "steps_on", 3), std::nullopt);
    EXPECT_EQ(checkEdit(c, ElementKind::Generator, "MT2", "in_service", false), std::nullopt);
}

TEST(Properties, OutOfRangeAndNonFiniteValuesAreRefused) {
    const Case c = der();
    EXPECT_EQ(checkEdit(c, ElementKind::Storage, "ES5", "soc_min", 1.5),
              "storage ES5: minimum state of charge must be between 0 and 1 (got 1.5)");
    EXPECT_EQ(checkEdit(c, ElementKind::Storage, "ES5", "energy_mwh", -1.0),
              "storage ES5: energy capacity must be at least 0 (got -1)");
    EXPECT_EQ(checkEdit(c, ElementKind::Storage, "ES5", "eta_charge", 0.0),
              "storage ES5: charging efficiency must be greater than 0 and at most 1 (got 0)");
    EXPECT_EQ(
        checkEdit(c, ElementKind::Storage, "ES5", "carbon_intensity_t_per_mwh",
                  std::optional<double>(-0.1)),
        "storage ES5: carbon intensity of stored energy must be between 0 and 100 (got -0.1)");
    EXPECT_EQ(checkEdit(c, ElementKind::Load, "D2", "p_mw", std::nan("")),
              "load D2: peak active power must be finite");
    EXPECT_EQ(
        checkEdit(c, ElementKind::Load, "D2", "q_mvar", std::numeric_limits<double>::infinity()),
        "load D2: peak reactive power must be finite");
    EXPECT_EQ(checkEdit(c, ElementKind::Capacitor, "C30", "steps", 0),
              "capacitor C30: steps must be at least 1 (got 0)");
    EXPECT_EQ(checkEdit(c, ElementKind::Generator, "GRID", "vm_pu", 0.0),
              "generator GRID: voltage set point must be greater than 0 (got 0)");
}

TEST(Properties, CrossFieldRulesAreRefused) {
    const Case c = der();
    EXPECT_EQ(checkEdit(c, ElementKind::Generator, "MT2", "p_min_mw", 2.0),
              "generator MT2: minimum active power exceeds maximum active power (2 > 1 MW)");
    EXPECT_EQ(checkEdit(c, ElementKind::Generator, "MT2", "p_max_mw", 0.1),
              "generator MT2: minimum active power exceeds maximum active power (0.2 > 0.1 MW)");
    EXPECT_EQ(checkEdit(c, ElementKind::Storage, "ES5", "soc_min", 0.6),
              "storage ES5: needs 0 ≤ minimum state of charge ≤ initial state of charge ≤ maximum "
              "state of "
              "charge ≤ 1 (got 0.6, 0.5, 0.9)");
    EXPECT_EQ(checkEdit(c, ElementKind::Capacitor, "C30", "steps_on", 4),
              "capacitor C30: steps switched on must be between 0 and the bank's 3 steps (got 4)");
    const Case feeder = der();
    const std::string from = feeder.branches.front().from;
    EXPECT_EQ(checkEdit(feeder, ElementKind::Branch, feeder.branches.front().id, "to", from),
              "branch " + feeder.branches.front().id + ": to bus: connects bus '" + from +
                  "' to itself");
}

TEST(Properties, AnErrorTheCaseAlreadyHadDoesNotBlockOtherEdits) {
    Case c = der();
    c.generators.back().p_min_mw = 5.0; // MT2, above its p_max_mw
    ASSERT_EQ(c.generators.back().id, "MT2");
    EXPECT_EQ(checkEdit(c, ElementKind::Generator, "MT2", "q_mvar", 0.1), std::nullopt);
    // Repairing it is allowed too.
    EXPECT_EQ(checkEdit(c, ElementKind::Generator, "MT2", "p_min_mw", 0.5), std::nullopt);
}

TEST(Properties, ReferencesMustExistAndFit) {
    const Case c = der();
    EXPECT_EQ(checkEdit(c, ElementKind::Load, "D2", "profile", std::string("load")), std::nullopt);
    EXPECT_EQ(checkEdit(c, ElementKind::Load, "D2", "profile", std::string()), std::nullopt);
    EXPECT_EQ(checkEdit(c, ElementKind::Load, "D2", "profile", std::string("wind")),
              "load D2: load profile must name a load profile (profile 'wind' holds wind values)");
    EXPECT_EQ(checkEdit(c, ElementKind::Load, "D2", "profile", std::string("nope")),
              "load D2: load profile must name an existing profile (there is no profile 'nope')");
    EXPECT_EQ(checkEdit(c, ElementKind::Generator, "WT3", "profile", std::string("pv")),
              std::nullopt);
    EXPECT_EQ(checkEdit(c, ElementKind::Generator, "WT3", "profile", std::string("tou_purchase")),
              "generator WT3: availability profile must name a wind, pv or load profile (profile "
              "'tou_purchase' holds price values)");
    EXPECT_EQ(checkEdit(c, ElementKind::Load, "D2", "bus", std::string("99")),
              "load D2: bus must name an existing bus (there is no bus '99')");
    EXPECT_EQ(checkEdit(c, ElementKind::Branch, c.branches.front().id, "from", std::string()),
              "branch " + c.branches.front().id + ": from bus must name a bus");
}

TEST(Properties, ReadOnlyUnknownAndMissingAreRefused) {
    const Case c = der();
    const Element load = elementOf(c, ElementKind::Load, "D2");
    EXPECT_EQ(checkProperty(c, load, "id"), "load D2: id cannot be edited");
    EXPECT_EQ(checkProperty(c, load, "weight"), "load D2 has no property 'weight'");
    Load ghost = std::get<Load>(load);
    ghost.id = "GHOST";
    EXPECT_EQ(checkProperty(c, ghost, "p_mw"), "load GHOST is not in the case");
}
