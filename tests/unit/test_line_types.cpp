// Lines by engineering data (core/model/LineTypes.h): per-unit values from a type and a length,
// in the case file, in validation and in property edits.
#include "TestSupport.h"

#include "model/LineTypes.h"
#include "model/Properties.h"
#include "model/Validate.h"
#include "powerflow/PowerFlow.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace gridcarbon {
namespace {

using test::bundledCase;

LineType lgj120() {
    return LineType{"LGJ-120", 0.2496, 0.365, 10.7, 380.0};
}

// IEEE 33 (12.66 kV, 10 MVA) with branch L1 a 2 km LGJ-120 line.
Case typedFeeder() {
    Case c = bundledCase("ieee33");
    c.line_types.push_back(lgj120());
    c.branches[0].line_type = "LGJ-120";
    c.branches[0].length_km = 2.0;
    applyLineTypes(c);
    return c;
}

std::vector<std::string> errorMessages(const Case& c) {
    std::vector<std::string> out;
    for (const Problem& p : validateCase(c))
        if (p.severity == Severity::Error)
            out.push_back(problemText(p));
    return out;
}

bool anyContains(const std::vector<std::string>& messages, const std::string& part) {
    return std::any_of(messages.begin(), messages.end(),
                       [&](const std::string& m) { return m.find(part) != std::string::npos; });
}

TEST(LineTypes, PerUnitValuesFollowFromOhmsPerKmLengthAndBase) {
    // By hand: Z_base = 12.66² / 10 = 16.02756 ohm; r = 0.2496 x 2 / Z_base; x likewise;
    // b = 2π 50 Hz x 10.7 nF x 2 km x Z_base; rate = √3 x 12.66 kV x 0.38 kA.
    const Case c = typedFeeder();
    const Branch& br = c.branches[0];
    EXPECT_NEAR(br.r_pu, 0.031146350411416, 1e-15);
    EXPECT_NEAR(br.x_pu, 0.045546546074387, 1e-15);
    EXPECT_NEAR(br.b_pu, 1.0775341856708e-4, 1e-17);
    EXPECT_NEAR(br.rate_mva, 8.3325500250524, 1e-12);
}

TEST(LineTypes, BaranWuOhmsGiveTheBundledIeee33PerUnitValues) {
    // Baran & Wu list IEEE 33's branches in ohms: branch 1-2 is 0.0922 + j0.0470 ohm.
    Case c = bundledCase("ieee33");
    const double r_pu = c.branches[0].r_pu;
    const double x_pu = c.branches[0].x_pu;
    c.line_types.push_back(LineType{"Baran-Wu 1-2", 0.0922, 0.0470, 0.0, 0.0});
    c.branches[0].line_type = "Baran-Wu 1-2";
    c.branches[0].length_km = 1.0;
    applyLineTypes(c);
    EXPECT_NEAR(c.branches[0].r_pu, r_pu, 1e-15);
    EXPECT_NEAR(c.branches[0].x_pu, x_pu, 1e-15);
    EXPECT_EQ(c.branches[0].rate_mva, 0.0); // no ampacity: unlimited
    EXPECT_TRUE(errorMessages(c).empty());
    const PowerFlowResult typed = runPowerFlow(c);
    const PowerFlowResult given = runPowerFlow(bundledCase("ieee33"));
    EXPECT_NEAR(typed.total_loss_kw, given.total_loss_kw, 1e-9);
}

TEST(LineTypes, CaseFileStoresTypeAndLengthNotPerUnitValues) {
    const Case c = typedFeeder();
    const std::string text = writeCaseJson(c);
    const auto doc = nlohmann::json::parse(text);
    const auto& branch = doc["branches"][0];
    EXPECT_EQ(branch["line_type"], "LGJ-120");
    EXPECT_EQ(branch["length_km"], 2.0);
    for (const char* derived : {"r_pu", "x_pu", "b_pu", "rate_mva"})
        EXPECT_FALSE(branch.contains(derived)) << derived;
    EXPECT_EQ(doc["line_types"][0]["ampacity_a"], 380.0);
    EXPECT_EQ(readCaseJson(text), c);
}

TEST(LineTypes, CaseFileGivingBothTypeAndPerUnitValueIsRefusedAtThePath) {
    auto doc = nlohmann::json::parse(writeCaseJson(typedFeeder()));
    doc["branches"][0]["r_pu"] = 0.01;
    std::string message;
    EXPECT_EQ(test::errorOf([&] { readCaseJson(doc.dump()); }, &message), ErrorCode::BadInput);
    EXPECT_NE(message.find("$.branches[0].r_pu"), std::string::npos) << message;
    EXPECT_NE(message.find("line type 'LGJ-120'"), std::string::npos) << message;
}

TEST(LineTypes, ValidationNamesTheBranchAndWhatTheTypeNeeds) {
    Case unknown = typedFeeder();
    unknown.branches[0].line_type = "AL-50";
    EXPECT_TRUE(anyContains(errorMessages(unknown),
                            "branch L1: line type 'AL-50' is not among the case's line types"));

    Case no_length = typedFeeder();
    no_length.branches[0].length_km = 0.0;
    EXPECT_TRUE(
        anyContains(errorMessages(no_length),
                    "branch L1: a branch with a line type needs a length greater than 0 km"));

    Case transformer = typedFeeder();
    transformer.branches[0].kind = BranchKind::Transformer;
    EXPECT_TRUE(
        anyContains(errorMessages(transformer), "branch L1: a transformer takes no line type"));

    Case two_voltages = typedFeeder();
    two_voltages.buses[1].base_kv = 0.4;
    EXPECT_TRUE(anyContains(errorMessages(two_voltages),
                            "branch L1: line type 'LGJ-120' needs both ends at one base voltage"));

    Case stale = typedFeeder();
    stale.branches[0].r_pu = 0.01; // written around applyLineTypes
    EXPECT_TRUE(anyContains(errorMessages(stale), "branch L1: resistance 0.01 differs from"));

    Case bad_type = typedFeeder();
    bad_type.line_types[0].c_nf_per_km = -1.0;
    EXPECT_FALSE(errorMessages(bad_type).empty());
}

TEST(LineTypes, PerUnitValuesOfATypedLineCannotBeEnteredByHand) {
    const Case c = typedFeeder();
    const PropertyDescriptor* r = findProperty(ElementKind::Branch, "r_pu");
    const auto why = checkProperty(c, r->set(Element(c.branches[0]), 0.02), "r_pu");
    ASSERT_TRUE(why.has_value());
    EXPECT_EQ(*why, "branch L1: resistance comes from line type 'LGJ-120' and the length; choose "
                    "no line type to enter it");
    EXPECT_TRUE(derivedFromLineType(Element(c.branches[0]), "rate_mva"));
    EXPECT_FALSE(derivedFromLineType(Element(c.branches[1]), "r_pu"));
}

TEST(LineTypes, ChoosingATypeWithoutALengthIsRefusedNamingTheLength) {
    Case c = bundledCase("ieee33");
    c.line_types.push_back(lgj120());
    const PropertyDescriptor* type = findProperty(ElementKind::Branch, "line_type");
    const auto why =
        checkProperty(c, type->set(Element(c.branches[2]), std::string("LGJ-120")), "line_type");
    ASSERT_TRUE(why.has_value());
    EXPECT_NE(why->find("branch L3"), std::string::npos) << *why;
    EXPECT_NE(why->find("length greater than 0 km"), std::string::npos) << *why;

    const auto unknown =
        checkProperty(c, type->set(Element(c.branches[2]), std::string("AL-50")), "line_type");
    ASSERT_TRUE(unknown.has_value());
    EXPECT_NE(unknown->find("there is no line type 'AL-50'"), std::string::npos) << *unknown;
}

TEST(LineTypes, BaseVoltageOfZeroUnderATypedLineIsRefusedNamingTheLine) {
    const Case c = typedFeeder();
    const PropertyDescriptor* kv = findProperty(ElementKind::Bus, "base_kv");
    const auto why = checkProperty(c, kv->set(Element(c.buses[0]), 0.0), "base_kv");
    ASSERT_TRUE(why.has_value());
    EXPECT_NE(why->find("bus 1: base voltage: branch L1: line type 'LGJ-120' needs the base"),
              std::string::npos)
        << *why;
}

TEST(LineTypes, AnEditStoresTheLinesItChangesInTheSameStep) {
    const Case c = typedFeeder();
    Bus from = c.buses[0];
    from.base_kv = 20.0;
    Bus to = c.buses[1];
    to.base_kv = 20.0;
    const std::vector<Element> stored = withDerivedLines(c, {Element(from), Element(to)});
    ASSERT_EQ(stored.size(), 3u);
    EXPECT_EQ(std::get<Bus>(stored[0]).base_kv, 20.0);
    const Branch& line = std::get<Branch>(stored[2]);
    EXPECT_EQ(line.id, "L1");
    EXPECT_NEAR(line.r_pu, 0.2496 * 2.0 / (20.0 * 20.0 / 10.0), 1e-15);
    EXPECT_NEAR(line.rate_mva, std::sqrt(3.0) * 20.0 * 0.38, 1e-12);

    // Setting the type stores the values it gives with it.
    Branch untyped = c.branches[3];
    untyped.line_type = "LGJ-120";
    untyped.length_km = 0.5;
    const std::vector<Element> typed = withDerivedLines(c, {Element(untyped)});
    ASSERT_EQ(typed.size(), 1u);
    EXPECT_NEAR(std::get<Branch>(typed[0]).r_pu, 0.2496 * 0.5 / (12.66 * 12.66 / 10.0), 1e-15);
}

TEST(LineTypes, StandardTypesAreValidAndNamedOnce) {
    Case c = bundledCase("ieee33");
    for (const LineType& t : standardLineTypes()) {
        EXPECT_GT(t.r_ohm_per_km, 0.0) << t.id;
        EXPECT_GT(t.x_ohm_per_km, 0.0) << t.id;
        EXPECT_GT(t.ampacity_a, 0.0) << t.id;
        c.line_types.push_back(t);
    }
    EXPECT_GE(c.line_types.size(), 6u);
    EXPECT_TRUE(errorMessages(c).empty()); // ids unique, values in range
}

} // namespace
} // namespace gridcarbon
