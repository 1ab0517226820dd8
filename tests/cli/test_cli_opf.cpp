// `gridcarbon-cli opf` end to end: the JSON contract of the issue, the exit codes of an
// impossible case and of a refused option, and the human summary.
#include "CliRunner.h"

#include <regex>

TEST(CliOpf, JsonFollowsTheContract) {
    const CliRun r =
        cli("opf " + bundledCase("ieee33") + " --formulation socr --objective loss --json -");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["status"], "optimal");
    EXPECT_NEAR(j["objective"].get<double>(), 0.202677, 1e-6);
    EXPECT_EQ(j["objective_unit"], "MW");
    EXPECT_LT(j["relaxation_gap_max"].get<double>(), 1e-6);
    ASSERT_EQ(j["periods"].size(), 1u);
    const json& p = j["periods"][0];
    ASSERT_EQ(p["buses"].size(), 33u);
    for (const char* key : {"id", "vm_pu", "p_price_per_mwh", "q_price_per_mvarh"})
        EXPECT_TRUE(p["buses"][0].contains(key)) << key;
    ASSERT_FALSE(p["devices"].empty());
    for (const char* key : {"id", "p_mw", "q_mvar", "energy_mwh"})
        EXPECT_TRUE(p["devices"][0].contains(key)) << key;
    for (const char* key :
         {"interior_point_iterations", "lp_solves", "cuts", "simplex_iterations", "seconds"})
        EXPECT_TRUE(j["stats"].contains(key)) << key;
    // A continuous conic model goes to the interior point by default.
    EXPECT_GE(j["stats"]["interior_point_iterations"].get<int>(), 1);
}

TEST(CliOpf, LossObjectiveCarriesProvenBoundsWithinTheDefaultGap) {
    // IEEE 33 at base load with the DERs of ieee33-der: the reactive optimum is interior, and
    // the losses (16 kW) are small next to the flows, the case the cone tolerance got wrong.
    const CliRun r = cli("opf " + bundledCase("ieee33-der") + " --no-ac --json -");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    const double lower = j["lower_bound"].get<double>(), upper = j["upper_bound"].get<double>();
    const double objective = j["objective"].get<double>();
    EXPECT_LE(lower, objective);
    EXPECT_LE(objective, upper);
    EXPECT_LE(j["gap"].get<double>(), 1e-6);
    EXPECT_NEAR(j["gap"].get<double>(), (upper - lower) / upper, 1e-12);
    // cvxopt's optimum of the same model (tests/crosscheck/opf_cvxopt.py, reltol 3e-10),
    // which itself is right to about 1e-9.
    const double cvxopt = 0.016283035457;
    EXPECT_NEAR(objective, cvxopt, 1e-6 * cvxopt);
    EXPECT_LE(lower, cvxopt * (1 + 1e-9));
    EXPECT_GE(upper, cvxopt * (1 - 1e-9));
}

TEST(CliOpf, SummarySaysTheBoundsAndTheGap) {
    const CliRun r = cli("opf " + bundledCase("ieee33-der") + " --no-ac");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(
        std::regex_search(r.out, std::regex(R"(bounds [0-9.]+ \.\. [0-9.]+, gap [0-9.e-]+)")))
        << r.out;
}

TEST(CliOpf, DayGivesOnePeriodPerHourWithStorageEnergyAndMwhObjective) {
    const fs::path out = scratch() / "opf-day.json";
    const CliRun r = cli("opf " + bundledCase("ieee33-der") + " --objective carbon --day winter" +
                         " --no-ac --json " + out.string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(slurp(out));
    EXPECT_EQ(j["objective_unit"], "tCO2");
    ASSERT_EQ(j["periods"].size(), 24u);
    bool storageSeen = false;
    for (const json& d : j["periods"][5]["devices"])
        if (d["id"] == "ES16") {
            storageSeen = true;
            EXPECT_TRUE(d["energy_mwh"].is_number());
        }
    EXPECT_TRUE(storageSeen);
    EXPECT_NEAR(j["objective"].get<double>(), j["totals"]["carbon_t"].get<double>(), 1e-9);
}

TEST(CliOpf, ImpossibleLoadsAreExit3NamingWhatGivesInEngineeringUnits) {
    json c = json::parse(slurp(bundledCase("ieee33")));
    for (json& l : c["loads"])
        l["p_mw"] = l["p_mw"].get<double>() * 10.0;
    const fs::path in = writeTemp("impossible.json", c.dump());
    const CliRun r = cli("opf " + in.string());
    EXPECT_EQ(r.exit_code, 3) << r.err;
    // One line per family that gives, each naming its largest item and amount.
    for (const std::string line :
         {"error: the OPF is infeasible: grid connection 'GRID' needs to "
          "import ",
          " MW above its import limit of 10 MW\n", "error: the OPF is infeasible: bus '",
          " p.u. below its minimum voltage of 0.9 p.u. (the largest of "})
        EXPECT_NE(r.err.find(line), std::string::npos) << line << "\n" << r.err;
    EXPECT_EQ(r.err.find("|V|^2"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("infeasible"), std::string::npos) << r.out;
    // The JSON keeps the raw items: side and limit in the model's own units.
    const CliRun j = cli("opf " + in.string() + " --json -");
    const json out = json::parse(j.out);
    ASSERT_FALSE(out["infeasibility"].empty());
    for (const json& v : out["infeasibility"])
        EXPECT_TRUE(v["side"] == "upper" || v["side"] == "lower") << v.dump();
    bool named = false;
    for (const json& d : out["diagnostics"])
        named = named || (d["item"] == "GRID" && d["severity"] == "error");
    EXPECT_TRUE(named) << out["diagnostics"].dump();
}

TEST(CliOpf, TooTightVoltageLimitsAreExit3NamingTheBusAndThePerUnitVoltage) {
    json c = json::parse(slurp(bundledCase("ieee33")));
    for (json& b : c["buses"])
        if (b["id"] != "1")
            b["vmin_pu"] = 0.97;
    const CliRun r = cli("opf " + writeTemp("tight-voltage.json", c.dump()).string());
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_TRUE(std::regex_match(r.err, std::regex("error: the OPF is infeasible: bus '18' needs "
                                                   "0\\.9[0-9]+ p\\.u\\., 0\\.0[0-9]+ p\\.u\\. "
                                                   "below its minimum voltage of 0\\.97 p\\.u\\. "
                                                   "\\(the largest of [0-9]+ voltage limits that "
                                                   "give\\)\n")))
        << r.err;
}

TEST(CliOpf, TooSmallGridImportIsExit3NamingTheImportLimitInMegawatts) {
    json c = json::parse(slurp(bundledCase("ieee33")));
    c["generators"][0]["p_max_mw"] = 2.0;
    const CliRun r = cli("opf " + writeTemp("small-import.json", c.dump()).string() +
                         " --formulation dc" + " --objective cost");
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_EQ(r.err, "error: the OPF is infeasible: grid connection 'GRID' needs to import 3.71 "
                     "MW, 1.71 MW above its import limit of 2 MW\n");
}

TEST(CliOpf, LossObjectiveInALosslessFormulationIsExit2) {
    expectOneLineError(cli("opf " + bundledCase("ieee33") + " --formulation dc"), 2,
                       "loss objective needs the socr formulation");
}

TEST(CliOpf, BadWeightsAndBinariesAreExit2NamingTheItem) {
    expectOneLineError(
        cli("opf " + bundledCase("ieee33") + " --objective weighted --weights carbon=lots"), 2,
        "carbon=lots");
    expectOneLineError(cli("opf " + bundledCase("ieee33") + " --binaries pv"), 2, "'pv'");
}

// The integer columns of an MPS file, by either of the format's marks: a binary as a BV bound
// (what COIN-OR's writer uses for a 0-1 column), another integer between MARKER 'INTORG' and
// 'INTEND' lines of the COLUMNS section, or with a UI or LI bound.
std::set<std::string> mpsIntegerColumns(const std::string& text) {
    std::set<std::string> out;
    std::istringstream lines(text);
    std::string section;
    bool inMarkers = false;
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] == '*')
            continue;
        std::istringstream words(line);
        if (line[0] != ' ') {
            words >> section;
            continue;
        }
        if (section == "COLUMNS") {
            std::string column, marker, kind;
            words >> column >> marker >> kind;
            if (marker == "'MARKER'")
                inMarkers = kind == "'INTORG'";
            else if (inMarkers)
                out.insert(column);
        } else if (section == "BOUNDS") {
            std::string kind, bound, column;
            words >> kind >> bound >> column;
            if (kind == "BV" || kind == "UI" || kind == "LI")
                out.insert(column);
        }
    }
    return out;
}

TEST(CliOpf, WriteModelMpsHasTheConesAndAnIntegerColumnPerBinary) {
    const fs::path d = freshDirectory("write-model-mps");
    const fs::path model = d / "ieee33-der.mps";
    const CliRun r = cli("opf " + bundledCase("ieee33-der") + " --binaries all --no-ac" +
                         " --write-model " + model.string() + " --json " + (d / "r.json").string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string text = slurp(model);
    EXPECT_EQ(text.substr(text.size() - 7), "ENDATA\n");

    // One period at the base values, the loss objective: a cone per branch in service (no
    // quadratic costs), an on/off binary per micro-turbine or thermal unit, a charging binary
    // per store and one binary per step of each switched capacitor bank.
    const json c = json::parse(slurp(bundledCase("ieee33-der")));
    std::ptrdiff_t branches = 0;
    for (const json& b : c["branches"])
        branches += b.value("in_service", true) ? 1 : 0;
    std::ptrdiff_t cones = 0;
    for (std::size_t at = text.find("\nCSECTION "); at != std::string::npos;
         at = text.find("\nCSECTION ", at + 1))
        ++cones;
    EXPECT_EQ(cones, branches);
    std::size_t expected = 0;
    for (const json& g : c["generators"])
        if ((g["kind"] == "mt" || g["kind"] == "thermal") && !g.value("candidate", false) &&
            g.value("in_service", true))
            ++expected;
    for (const json& s : c["storages"])
        if (!s.value("candidate", false) && s.value("in_service", true))
            ++expected;
    for (const json& cap : c["capacitors"])
        if (cap.value("in_service", true))
            expected += cap["steps"].get<std::size_t>();
    ASSERT_EQ(expected, 8u); // MT2, four stores, C30's three steps
    const std::set<std::string> integers = mpsIntegerColumns(text);
    EXPECT_EQ(integers.size(), expected);
    for (const std::string& column : integers)
        EXPECT_TRUE(column.find("_on_") != std::string::npos ||
                    column.find("_charging_") != std::string::npos ||
                    column.find("_step_") != std::string::npos)
            << column;
}

TEST(CliOpf, WriteModelLpIsTheRelaxationAndSaysSo) {
    const fs::path d = freshDirectory("write-model-lp");
    const fs::path model = d / "ieee33-der.lp";
    const CliRun r =
        cli("opf " + bundledCase("ieee33-der") + " --no-ac --write-model " + model.string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string text = slurp(model);
    EXPECT_NE(text.find("this LP is a relaxation"), std::string::npos) << text.substr(0, 400);
    EXPECT_EQ(text.find("CSECTION"), std::string::npos);
}

TEST(CliOpf, WriteModelWithAnotherExtensionIsExit2NamingTheFileAndWritesNothing) {
    const fs::path d = freshDirectory("write-model-bad");
    const fs::path model = d / "ieee33-der.txt";
    expectOneLineError(cli("opf " + bundledCase("ieee33-der") + " --binaries all --write-model " +
                           model.string() + " --json " + (d / "r.json").string()),
                       2, model.string());
    EXPECT_TRUE(filesIn(d).empty());
}
