// `gridcarbon-cli cef` end to end: the JSON contract of the design notes, a whole day with
// storage, and the exit codes of refused input.
#include "CliRunner.h"

#include <cmath>
#include <regex>

namespace {

void expectBalancedPeriod(const json& p) {
    const double in = p["total_generation_emission_t_per_h"].get<double>() +
                      p["total_storage_discharge_emission_t_per_h"].get<double>();
    const double out = p["total_load_emission_t_per_h"].get<double>() +
                       p["total_loss_emission_t_per_h"].get<double>() +
                       p["total_export_emission_t_per_h"].get<double>() +
                       p["total_storage_charge_emission_t_per_h"].get<double>();
    EXPECT_NEAR(in, out, 1e-9 * std::max(1.0, in));
    EXPECT_LT(p["balance_error_relative"].get<double>(), 1e-9);
}

} // namespace

TEST(CliCef, JsonFollowsTheContract) {
    const CliRun r = cli("cef " + bundledCase("ieee14") + " --method ac --json -");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["method"], "ac");
    ASSERT_EQ(j["buses"].size(), 14u);
    for (const char* key : {"id", "carbon_intensity_t_per_mwh", "load_emission_t_per_h"})
        EXPECT_TRUE(j["buses"][0].contains(key)) << key;
    ASSERT_EQ(j["branches"].size(), 20u);
    for (const char* key : {"from", "to", "carbon_flow_t_per_h", "loss_emission_t_per_h"})
        EXPECT_TRUE(j["branches"][0].contains(key)) << key;
    for (const char* key : {"total_generation_emission_t_per_h", "total_load_emission_t_per_h",
                            "total_loss_emission_t_per_h"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_DOUBLE_EQ(j["buses"][0]["carbon_intensity_t_per_mwh"].get<double>(), 0.875);
    EXPECT_GT(j["total_loss_emission_t_per_h"].get<double>(), 0.0);
    expectBalancedPeriod(j);
}

TEST(CliCef, DcMethodHasNoLossEmission) {
    const CliRun r = cli("cef " + bundledCase("ieee14") + " --method dc --json -");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["method"], "dc");
    EXPECT_DOUBLE_EQ(j["total_loss_emission_t_per_h"].get<double>(), 0.0);
    expectBalancedPeriod(j);
}

TEST(CliCef, DayWritesPeriodsAndDailyTotalsWithStorage) {
    const fs::path out = scratch() / "cef-day.json";
    const CliRun r = cli("cef " + bundledCase("ieee33-der") +
                         " --day summer --dispatch opf --objective cost --json " + out.string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(slurp(out));
    ASSERT_EQ(j["periods"].size(), 24u);
    for (const json& p : j["periods"])
        expectBalancedPeriod(p);
    const json& d = j["daily"];
    ASSERT_EQ(d["storages"].size(), 4u);
    EXPECT_EQ(d["storages"][0]["hours"].size(), 24u);
    const double in =
        d["total_generation_emission_t"].get<double>() + d["stored_carbon_start_t"].get<double>();
    const double outSum = d["total_load_emission_t"].get<double>() +
                          d["total_loss_emission_t"].get<double>() +
                          d["total_export_emission_t"].get<double>() +
                          d["total_storage_conversion_loss_emission_t"].get<double>() +
                          d["stored_carbon_end_t"].get<double>();
    EXPECT_NEAR(in, outSum, 1e-9 * in);
    EXPECT_EQ(d["buses"].size(), 33u);
    EXPECT_TRUE(d["buses"][0].contains("mean_carbon_intensity_t_per_mwh"));
}

TEST(CliCef, PeriodReportsOneHourOfTheDay) {
    const CliRun r = cli("cef " + bundledCase("ieee33-der") + " --day summer --period 12 --json -");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["hour"], 12);
    EXPECT_FALSE(j.contains("periods"));
    // Midday PV and wind make some buses cleaner than the grid supply.
    double lowest = 1.0;
    for (const json& b : j["buses"])
        lowest = std::min(lowest, b["carbon_intensity_t_per_mwh"].get<double>());
    EXPECT_LT(lowest, 0.58);
}

TEST(CliCef, HumanSummaryNamesTheExtremeBuses) {
    const CliRun r = cli("cef " + bundledCase("ieee14"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("intensity from"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("at bus 1"), std::string::npos) << r.out;
}

TEST(CliCef, CaseWithoutCarbonDataExitsTwoUnlessIntensitiesAreGiven) {
    const CliRun r = cli("cef " + data("matpower/case14.m"));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("no carbon data"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    const CliRun fixed =
        cli("cef " + data("matpower/case14.m") + " --intensity G1=0.875,G2=0.525 --json -");
    ASSERT_EQ(fixed.exit_code, 0) << fixed.err;
}

TEST(CliCef, RefusedOptionsExitTwoWithOneLine) {
    for (const std::string args :
         {" --period 3", " --day monsoon", " --day summer --period 30", " --intensity GRID=abc",
          " --intensity NOPE=1", " --dispatch opf"}) {
        const CliRun r = cli("cef " + bundledCase("ieee33-der") + args);
        EXPECT_EQ(r.exit_code, 2) << args << ": " << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << args << ": " << r.err;
    }
}

TEST(CliCef, NonConvergedPowerFlowExitsThree) {
    std::string text = slurp(data("feeder5.json"));
    text.replace(text.find("\"p_mw\": 1.2"), 11, "\"p_mw\": 900");
    const CliRun r = cli("cef " + writeTemp("heavy.json", text).string());
    EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
    // Said once, naming the bus of the largest mismatch in MVA.
    EXPECT_TRUE(std::regex_match(r.err, std::regex("error: case 'feeder5': the power flow did not "
                                                   "converge after 200 iterations: the largest "
                                                   "mismatch is [0-9.]+ MVA at bus '3', so there "
                                                   "is no operating state to trace carbon "
                                                   "through\n")))
        << r.err;
}
