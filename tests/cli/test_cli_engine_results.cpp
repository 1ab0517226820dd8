// What every engine result carries reaches the command line: a day with one unsolved hour is
// reported with the hour named (exit 0), that hour alone fails (exit 3), and numeric settings
// come from the engines' own descriptors with their defaults and ranges.
#include "CliRunner.h"

namespace {

// IEEE 33 with DERs whose summer load at 14:00 is eight times its peak: that hour's power
// flow has no solution.
fs::path collapsedHourCase() {
    json c = json::parse(slurp(bundledCase("ieee33-der")));
    for (json& p : c["profiles"])
        if (p["id"] == "load")
            for (json& d : p["days"])
                if (d["name"] == "summer")
                    d["values"][14] = 8.0;
    return writeTemp("collapsed-hour.json", c.dump());
}

} // namespace

TEST(CliEngineResults, ADayWithOneUnsolvedHourIsPartialAndNamesTheHour) {
    const fs::path input = collapsedHourCase();
    const CliRun r = cli("cef " + input.string() + " --day summer");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("PARTIAL: 1 hour(s) not solved"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("23 periods"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("hour 14: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("did not converge"), std::string::npos) << r.err;

    const CliRun j = cli("cef " + input.string() + " --day summer --json -");
    ASSERT_EQ(j.exit_code, 0) << j.err;
    const json out = json::parse(j.out);
    EXPECT_EQ(out["outcome"], "partial");
    ASSERT_EQ(out["periods"].size(), 23u);
    ASSERT_EQ(out["diagnostics"].size(), 1u);
    EXPECT_EQ(out["diagnostics"][0]["severity"], "error");
    EXPECT_EQ(out["diagnostics"][0]["item"], "hour 14");
}

TEST(CliEngineResults, TheUnsolvedHourAloneExitsThreeNamingIt) {
    const fs::path input = collapsedHourCase();
    expectOneLineError(cli("cef " + input.string() + " --day summer --period 14"), 3, "hour 14");
    const CliRun other = cli("cef " + input.string() + " --day summer --period 15");
    EXPECT_EQ(other.exit_code, 0) << other.err;
}

TEST(CliEngineResults, NumericFlagsShowTheEngineDefaultsAndRefuseOutOfRangeValues) {
    const CliRun help = cli("opf --help");
    ASSERT_EQ(help.exit_code, 0) << help.err;
    // The OPF's own default gap (opt::SolveOptions), not a second one written in the CLI.
    EXPECT_NE(help.out.find("--gap"), std::string::npos) << help.out;
    EXPECT_NE(help.out.find("1e-06"), std::string::npos) << help.out;

    const CliRun tol = cli("region " + bundledCase("microgrid-a") + " --observe 3,5 --tol 0.7");
    EXPECT_EQ(tol.exit_code, 2) << tol.err;
    EXPECT_NE(tol.err.find("--tol"), std::string::npos) << tol.err;
    EXPECT_NE(tol.err.find("at most 0.5"), std::string::npos) << tol.err;

    const CliRun rays = cli("region " + bundledCase("microgrid-a") + " --observe 3,5 --rays 2.5");
    EXPECT_EQ(rays.exit_code, 2) << rays.err;
    EXPECT_NE(rays.err.find("whole number"), std::string::npos) << rays.err;
}

TEST(CliEngineResults, ResultFilesCarryOutcomeAndDiagnostics) {
    const CliRun pf = cli("pf " + bundledCase("ieee33") + " --json -");
    ASSERT_EQ(pf.exit_code, 0) << pf.err;
    const json j = json::parse(pf.out);
    EXPECT_EQ(j["outcome"], "complete");
    EXPECT_TRUE(j["diagnostics"].is_array());
}
