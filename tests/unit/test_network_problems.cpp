#include "TestSupport.h"

#include "io/CaseJson.h"
#include "powerflow/PowerFlow.h"
#include "topology/NetworkProblems.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace gridcarbon;

namespace {

// buses 1(GRID) - 2 - 3 - 4(PV4), 2 - 5(ES5); tie 4-5 open; capacitor C3 on 3.
Case feeder5() {
    return loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
}

std::vector<Problem> at(const std::vector<Problem>& problems, const std::string& path) {
    std::vector<Problem> out;
    std::copy_if(problems.begin(), problems.end(), std::back_inserter(out),
                 [&](const Problem& p) { return p.path == path; });
    return out;
}

// The one problem at `path`, or a test failure.
Problem only(const Case& c, const std::string& path, Severity severity) {
    const auto found = at(findNetworkProblems(c), path);
    EXPECT_EQ(found.size(), 1u) << path;
    if (found.empty())
        return {};
    EXPECT_EQ(found.front().severity, severity) << path << ": " << found.front().message;
    return found.front();
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(NetworkProblems, EmptyCaseAndTheTestFeederHaveNone) {
    EXPECT_TRUE(findNetworkProblems(Case{}).empty());
    for (const Problem& p : findNetworkProblems(feeder5()))
        ADD_FAILURE() << p.path << ": " << p.message;
}

TEST(NetworkProblems, IslandWithoutSlackIsReportedOnceAtItsFirstBus) {
    Case c = feeder5();
    c.branches[1].in_service = false; // 2-3 open: buses 3 and 4 (D3, D4, PV4) are cut off
    const auto problems = findNetworkProblems(c);
    ASSERT_EQ(problems.size(), 1u);
    const Problem& p = problems.front();
    EXPECT_EQ(p.severity, Severity::Error);
    EXPECT_EQ(p.path, "buses[2]");
    EXPECT_EQ(p.item_id, "3");
    EXPECT_TRUE(contains(p.message, "buses '3', '4'")) << p.message;
    EXPECT_TRUE(contains(p.message, "no slack source")) << p.message;
}

TEST(NetworkProblems, LongIslandNamesItsFirstBusesAndCountsTheRest) {
    Case c = feeder5();
    c.branches[0].in_service = false; // 1-2 open: buses 2 to 5 are cut off from GRID
    for (int k = 6; k <= 9; ++k) {
        c.buses.push_back({.id = std::to_string(k), .base_kv = 12.66});
        c.branches.push_back({.id = "L" + std::to_string(k),
                              .from = std::to_string(k - 1),
                              .to = std::to_string(k),
                              .r_pu = 0.01,
                              .x_pu = 0.01});
    }
    const Problem p = only(c, "buses[1]", Severity::Error);
    EXPECT_TRUE(contains(p.message, "island of buses '2', '3', '4', '5', '6', … and 3 more has "))
        << p.message;
    // The power flow refuses the case naming the island in the same words.
    std::string message;
    EXPECT_EQ(test::errorOf([&] { runPowerFlow(c); }, &message), ErrorCode::BadInput);
    EXPECT_TRUE(contains(message, "island of buses '2', '3', '4', '5', '6', … and 3 more has "))
        << message;
}

TEST(NetworkProblems, IslandWithNothingToSupplyIsADeEnergisedWarning) {
    Case c = feeder5();
    c.buses.push_back({.id = "6", .base_kv = 12.66});
    const Problem p = only(c, "buses[5]", Severity::Warning);
    EXPECT_EQ(p.item_id, "6");
    EXPECT_TRUE(contains(p.message, "bus '6'")) << p.message;
    EXPECT_TRUE(contains(p.message, "de-energised")) << p.message;
}

TEST(NetworkProblems, NoSlackAtAllIsOneErrorNotOnePerIsland) {
    Case c = feeder5();
    c.generators[0].control = Control::Power; // GRID no longer balances
    c.branches[3].in_service = false;         // and bus 5 is an island of its own
    const auto problems = findNetworkProblems(c);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().severity, Severity::Error);
    EXPECT_EQ(problems.front().path, "generators");
    EXPECT_EQ(problems.front().item_id, "");
    EXPECT_TRUE(contains(problems.front().message, "slack")) << problems.front().message;
}

TEST(NetworkProblems, NoSlackAndNoLoadIsOneWarning) {
    Case c;
    c.buses = {{.id = "1", .base_kv = 11.0}, {.id = "2", .base_kv = 11.0}};
    const auto problems = findNetworkProblems(c);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().severity, Severity::Warning);
    EXPECT_EQ(problems.front().path, "generators");
}

TEST(NetworkProblems, LoadOnMissingBusIsReportedWithoutIslandNoise) {
    Case c = feeder5();
    c.loads[1].bus = "99";
    const auto problems = findNetworkProblems(c);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().path, "loads[1].bus");
    EXPECT_EQ(problems.front().item_id, "D3");
    EXPECT_EQ(problems.front().severity, Severity::Error);
}

TEST(NetworkProblems, BranchToMissingBusDoesNotThrowAndIsReported) {
    Case c = feeder5();
    c.branches[2].to = "99"; // L34: bus 4 (D4, PV4) loses its only closed branch
    std::vector<Problem> problems;
    ASSERT_NO_THROW(problems = findNetworkProblems(c));
    EXPECT_EQ(only(c, "branches[2].to", Severity::Error).item_id, "L34");
    EXPECT_EQ(only(c, "buses[3]", Severity::Error).item_id, "4");
}

TEST(NetworkProblems, SlackOnMissingBusDoesNotThrow) {
    Case c = feeder5();
    c.generators[0].bus = "99";
    std::vector<Problem> problems;
    ASSERT_NO_THROW(problems = findNetworkProblems(c));
    EXPECT_EQ(only(c, "generators[0].bus", Severity::Error).item_id, "GRID");
    only(c, "generators", Severity::Error);
}

TEST(NetworkProblems, NegativeLoadIsAWarning) {
    Case c = feeder5();
    c.loads[0].p_mw = -0.3;
    const Problem p = only(c, "loads[0].p_mw", Severity::Warning);
    EXPECT_EQ(p.item_id, "D2");
    EXPECT_EQ(p.message, "load 'D2' has a negative peak active power of -0.3 MW: it injects power "
                         "like a generator");
}

TEST(NetworkProblems, GeneratorOutputOutsideItsRangeIsAWarning) {
    Case c = feeder5();
    c.generators[1].p_mw = 1.5; // PV4: p_max_mw 1
    EXPECT_TRUE(contains(only(c, "generators[1].p_mw", Severity::Warning).message,
                         "generator 'PV4' active power 1.5 MW exceeds its maximum active power "
                         "1 MW"));

    c.generators[1].p_min_mw = 0.2;
    c.generators[1].p_mw = 0.1;
    EXPECT_EQ(only(c, "generators[1].p_mw", Severity::Warning).message,
              "generator 'PV4' active power 0.1 MW is below its minimum active power 0.2 MW");

    c.generators[1].p_mw = 0.0; // off: a minimum output does not apply
    EXPECT_TRUE(at(findNetworkProblems(c), "generators[1].p_mw").empty());
}

TEST(NetworkProblems, SlackOutputIsNotASetPoint) {
    Case c = feeder5();
    c.generators[0].p_mw = 50.0; // GRID: p_max_mw 10
    EXPECT_TRUE(findNetworkProblems(c).empty());
}

TEST(NetworkProblems, ReversedGeneratorLimitsAreReportedOnceByValidation) {
    Case c = feeder5();
    c.generators[1].p_min_mw = 2.0; // above p_max_mw 1 and p_mw 0.5
    const auto problems = findNetworkProblems(c);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().path, "generators[1].p_min_mw");
}

TEST(NetworkProblems, VoltageSetPointOutsideBusLimitsIsAWarning) {
    Case c = feeder5();
    c.generators[0].vm_pu = 1.08; // bus 1 allows 0.95-1.05
    const Problem p = only(c, "generators[0].vm_pu", Severity::Warning);
    EXPECT_TRUE(contains(p.message, "generator 'GRID'")) << p.message;
    EXPECT_TRUE(contains(p.message, "0.95-1.05")) << p.message;
}

TEST(NetworkProblems, ImplausibleBusVoltageLimitsAreWarnings) {
    Case c = feeder5();
    c.buses[2].vmin_pu = 1.02;
    c.buses[2].vmax_pu = 1.08;
    EXPECT_TRUE(contains(only(c, "buses[2].vmin_pu", Severity::Warning).message,
                         "bus '3' voltage limits 1.02-1.08 p.u. exclude"));

    c.buses[2].vmin_pu = 0.9;
    c.buses[2].vmax_pu = 11.0; // kV typed for p.u.
    EXPECT_TRUE(contains(only(c, "buses[2].vmax_pu", Severity::Warning).message, "beyond"));

    c.buses[2].vmin_pu = 1.1; // reversed: validation's error, no warning on top
    c.buses[2].vmax_pu = 0.9;
    const auto problems = findNetworkProblems(c);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().severity, Severity::Error);
}

TEST(NetworkProblems, StorageWarnings) {
    Case c = feeder5();
    Storage& s = c.storages[0]; // ES5: 2 MWh, 0.5 MW, p_mw 0.2
    s.p_mw = -0.7;
    EXPECT_TRUE(contains(only(c, "storages[0].p_mw", Severity::Warning).message,
                         "storage 'ES5' power -0.7 MW exceeds its power limit 0.5 MW"));
    s.p_mw = 0.0;

    s.soc_min = s.soc_initial = s.soc_max = 0.5;
    EXPECT_EQ(only(c, "storages[0].soc_max", Severity::Warning).message,
              "storage 'ES5' has its minimum state of charge equal to its maximum state of charge "
              "(0.5): no usable energy");
    s.soc_min = 0.1;
    s.soc_max = 0.9;

    s.energy_mwh = 0.0;
    EXPECT_TRUE(
        contains(only(c, "storages[0].energy_mwh", Severity::Warning).message, "storage 'ES5'"));

    s.candidate = true;
    s.candidate_max_mw = 1.0;
    s.candidate_hours = 0.0;
    EXPECT_EQ(only(c, "storages[0].candidate_hours", Severity::Warning).message,
              "candidate storage 'ES5' has a largest candidate power of 1 MW and a candidate "
              "energy-to-power ratio of 0 h: nothing can be installed");
}

TEST(NetworkProblems, CapacitorAndCandidateWarnings) {
    Case c = feeder5();
    c.capacitors[0].q_step_mvar = 0.0;
    EXPECT_EQ(only(c, "capacitors[0].q_step_mvar", Severity::Warning).message,
              "capacitor 'C3' has a rating of one step of 0 MVAr: it compensates nothing");

    c.generators[1].candidate = true;
    c.generators[1].candidate_max_mw = 0.0;
    EXPECT_EQ(only(c, "generators[1].candidate_max_mw", Severity::Warning).message,
              "candidate generator 'PV4' has a largest candidate capacity of 0 MW: nothing can be "
              "installed");
}

TEST(NetworkProblems, CapacitorStepsBeyondItsBankAreReportedOnceByValidation) {
    Case c = feeder5();
    c.capacitors[0].steps_on = 5; // of 4
    const auto problems = findNetworkProblems(c);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().path, "capacitors[0].steps_on");
}

TEST(NetworkProblems, ErrorsComeFirstInTheOrderFound) {
    Case c = feeder5();
    c.loads[0].p_mw = -0.1;     // warning
    c.loads[1].bus = "98";      // error
    c.loads[2].p_mw = -0.2;     // warning
    c.branches[2].r_pu = -0.01; // error (validation lists branches before loads)
    const auto problems = findNetworkProblems(c);
    std::vector<std::string> paths;
    for (const Problem& p : problems)
        paths.push_back(p.path);
    EXPECT_EQ(paths, (std::vector<std::string>{"branches[2].r_pu", "loads[1].bus", "loads[0].p_mw",
                                               "loads[2].p_mw"}));
}

TEST(NetworkProblems, ProblemElementParsesTheCollectionOfThePath) {
    const auto ref = [](std::string path, std::string id) {
        return problemElement(Problem{Severity::Error, std::move(path), std::move(id), "x"});
    };
    EXPECT_EQ(ref("branches[4].to", "L4"), (ElementRef{ElementKind::Branch, "L4"}));
    EXPECT_EQ(ref("buses[2]", "3"), (ElementRef{ElementKind::Bus, "3"}));
    EXPECT_EQ(ref("loads[0].p_mw", "D2"), (ElementRef{ElementKind::Load, "D2"}));
    EXPECT_EQ(ref("generators[1].vm_pu", "G"), (ElementRef{ElementKind::Generator, "G"}));
    EXPECT_EQ(ref("storages[0].soc_initial", "S"), (ElementRef{ElementKind::Storage, "S"}));
    EXPECT_EQ(ref("capacitors[3].steps", "C"), (ElementRef{ElementKind::Capacitor, "C"}));
    EXPECT_EQ(ref("generators", ""), std::nullopt);
    EXPECT_EQ(ref("loads[1].id", ""), std::nullopt); // an empty id names nothing to select
    EXPECT_EQ(ref("profiles[0].days[1].name", "P"), std::nullopt);
    EXPECT_EQ(ref("economics.sale_price_profile", ""), std::nullopt);
    EXPECT_EQ(ref("base_mva", ""), std::nullopt);
}

TEST(NetworkProblems, BundledCasesHaveNoErrors) {
    for (const char* name : {"case85", "case141", "ieee14", "ieee33", "ieee33-der", "pge69",
                             "pge69-der", "microgrid-a", "microgrid-b"}) {
        for (const Problem& p : findNetworkProblems(test::bundledCase(name)))
            EXPECT_NE(p.severity, Severity::Error) << name << " " << p.path << ": " << p.message;
    }
}
