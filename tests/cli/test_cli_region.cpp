// `gridcarbon-cli region` end to end: the JSON contract, the hull files, and the exit codes
// and one-line errors of bad studies, which leave no output behind.
#include "CliRunner.h"

#include <set>
#include <vector>

namespace {

std::size_t countOf(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

std::string outputOptions(const fs::path& d) {
    return " --json " + (d / "out.json").string() + " --vtp " + (d / "r.vtp").string() + " --stl " +
           (d / "r.stl").string() + " --csv " + (d / "r.csv").string();
}

} // namespace

TEST(CliRegion, JsonAndHullFilesFollowTheContract) {
    const fs::path d = freshDirectory("region-files");
    const CliRun r = cli("region " + bundledCase("microgrid-a") + " --observe 3,5,7" +
                         outputOptions(d) + " --validate 50 --seed 3");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("microgrid-a: adaptive region of 3 5 7"), std::string::npos) << r.out;

    const json j = json::parse(slurp(d / "out.json"));
    for (const char* key :
         {"observed", "method", "volume_mw3", "inner_volume_mw3", "outer_volume_mw3", "vertices",
          "facets", "base_point", "indices", "validation", "stats"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["observed"], json({"3", "5", "7"}));
    EXPECT_EQ(j["method"], "adaptive");
    EXPECT_GT(j["volume_mw3"].get<double>(), 0.0);
    EXPECT_EQ(j["inner_volume_mw3"], j["volume_mw3"]);
    EXPECT_GE(j["outer_volume_mw3"].get<double>(), j["volume_mw3"].get<double>());
    EXPECT_EQ(j["base_point"].size(), 3u);
    ASSERT_GE(j["vertices"].size(), 4u);
    EXPECT_EQ(j["vertices"][0].size(), 3u);
    ASSERT_GE(j["facets"].size(), 4u);
    for (const char* key : {"margin", "sectional_area", "coupling_factor", "average_change_rate",
                            "equilibrium_degree"})
        EXPECT_TRUE(j["indices"].contains(key)) << key;
    EXPECT_GT(j["indices"]["margin"].get<double>(), 0.0);
    for (const char* key : {"samples", "inside_infeasible_pct", "outside_feasible_pct"})
        EXPECT_TRUE(j["validation"].contains(key)) << key;
    EXPECT_EQ(j["validation"]["samples"], 50);
    EXPECT_EQ(j["validation"]["seed"], 3);
    for (const char* key : {"lp_solves", "seconds"})
        EXPECT_TRUE(j["stats"].contains(key)) << key;
    EXPECT_GT(j["stats"]["lp_solves"].get<int>(), 0);

    const std::string vtp = slurp(d / "r.vtp");
    EXPECT_NE(vtp.find("<Polys"), std::string::npos);
    const std::string stl = slurp(d / "r.stl");
    EXPECT_EQ(countOf(stl, "facet normal"), j["facets"].size());
    EXPECT_EQ(countOf(stl, "endfacet"), j["facets"].size());
    const std::string csv = slurp(d / "r.csv");
    EXPECT_EQ(countOf(csv, "\n"), j["vertices"].size() + 1);
    EXPECT_EQ(csv.substr(0, csv.find('\n')), "p_3_mw,p_5_mw,p_7_mw");
    // Nothing but the four outputs: no temporary file left over.
    EXPECT_EQ(filesIn(d), (std::set<std::string>{"out.json", "r.vtp", "r.stl", "r.csv"}));
}

TEST(CliRegion, TwoAxesGiveAnAreaInSquareMegawatts) {
    const CliRun r = cli("region " + bundledCase("microgrid-a") + " --observe 3,5 --json -");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_TRUE(j.contains("volume_mw2"));
    EXPECT_TRUE(j.contains("inner_volume_mw2"));
    EXPECT_TRUE(j.contains("outer_volume_mw2"));
    EXPECT_FALSE(j.contains("volume_mw3"));
    EXPECT_GT(j["volume_mw2"].get<double>(), 0.0);
    EXPECT_EQ(j["vertices"][0].size(), 2u);
}

TEST(CliRegion, OneObservedBusIsExit2AndWritesNothing) {
    const fs::path d = freshDirectory("region-one-bus");
    const CliRun r =
        cli("region " + bundledCase("microgrid-a") + " --observe 3" + outputOptions(d));
    expectOneLineError(r, 2, "2 or 3 observed buses");
    EXPECT_TRUE(filesIn(d).empty());
}

TEST(CliRegion, StlOfTwoAxesIsExit2BeforeAnyFileIsWritten) {
    const fs::path d = freshDirectory("region-stl-2d");
    const CliRun r =
        cli("region " + bundledCase("microgrid-a") + " --observe 3,5" + outputOptions(d));
    expectOneLineError(r, 2, "STL needs a 3-D region");
    EXPECT_TRUE(filesIn(d).empty());
}

TEST(CliRegion, UnknownObservedBusIsExit2NamingIt) {
    const fs::path d = freshDirectory("region-unknown-bus");
    const CliRun r =
        cli("region " + bundledCase("microgrid-a") + " --observe 3,99" + outputOptions(d));
    expectOneLineError(r, 2, "'99'");
    EXPECT_TRUE(filesIn(d).empty());
}

TEST(CliRegion, UnknownMethodIsExit2) {
    const CliRun r = cli("region " + bundledCase("microgrid-a") + " --observe 3,5 --method foo");
    expectOneLineError(r, 2, "--method");
}

TEST(CliRegion, InfeasibleBasePointIsExit3AndLeavesAnExistingJsonUntouched) {
    const fs::path d = freshDirectory("region-infeasible");
    const fs::path out = d / "out.json";
    const std::string sentinel = "{\"sentinel\": true}\n";
    std::ofstream(out) << sentinel;
    const CliRun r = cli("region " + bundledCase("microgrid-a") +
                         " --observe 3,5,7 --cap 5 --json " + out.string());
    expectOneLineError(r, 3,
                       "the base operating point (p_3_mw = 0.3, p_5_mw = 0.25, p_7_mw = 0.3 MW) "
                       "is infeasible: the daily carbon cap of 5 t is below the least emission "
                       "of 27.9 t at this point");
    EXPECT_EQ(slurp(out), sentinel);
    EXPECT_EQ(filesIn(d), std::set<std::string>{"out.json"});
}
