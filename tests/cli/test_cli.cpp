// Runs the gridcarbon-cli executable as a user would and checks exit codes, messages and
// the JSON contract of the design notes.
#include "CliRunner.h"

#include <regex>

TEST(CliPf, JsonToStdoutFollowsTheContract) {
    const CliRun r = cli("pf " + data("matpower/case33bw.m") + " --json -");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_TRUE(j["converged"].get<bool>());
    EXPECT_GT(j["iterations"].get<int>(), 0);
    EXPECT_NEAR(j["total_loss_kw"].get<double>(), 202.677, 0.01);
    EXPECT_NEAR(j["min_vm_pu"].get<double>(), 0.91309, 1e-5);
    EXPECT_EQ(j["min_vm_bus"], "18");
    ASSERT_EQ(j["buses"].size(), 33u);
    for (const char* key : {"id", "vm_pu", "va_deg"})
        EXPECT_TRUE(j["buses"][0].contains(key)) << key;
    ASSERT_EQ(j["branches"].size(), 37u);
    for (const char* key :
         {"from", "to", "p_from_mw", "q_from_mvar", "p_to_mw", "q_to_mvar", "loss_kw"})
        EXPECT_TRUE(j["branches"][0].contains(key)) << key;
}

TEST(CliPf, HumanSummaryNamesLossAndLowestVoltage) {
    const CliRun r = cli("pf " + data("matpower/case69.m"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("total loss 224.99"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("at bus 65"), std::string::npos) << r.out;
}

TEST(CliPf, JsonToFileAndMethodChoice) {
    const fs::path out = scratch() / "pf.json";
    const CliRun r =
        cli("pf " + data("matpower/case14.m") + " --method newton --json " + out.string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(slurp(out));
    EXPECT_EQ(j["method"], "newton");
    EXPECT_NEAR(j["total_loss_kw"].get<double>(), 13393.27, 0.1);
}

TEST(CliConvert, MatpowerToJsonThenPfGivesTheSameResult) {
    const fs::path converted = scratch() / "case33.json";
    const CliRun c = cli("convert " + data("matpower/case33bw.m") + " -o " + converted.string());
    ASSERT_EQ(c.exit_code, 0) << c.err;
    const json a = json::parse(cli("pf " + data("matpower/case33bw.m") + " --json -").out);
    const json b = json::parse(cli("pf " + converted.string() + " --json -").out);
    EXPECT_DOUBLE_EQ(a["total_loss_kw"].get<double>(), b["total_loss_kw"].get<double>());
}

TEST(CliErrors, MalformedJsonIsExit2WithOneLine) {
    const fs::path bad = writeTemp("bad.json", "{\"format\": \"gridcarbon-case\", \"version\": 1,");
    expectOneLineError(cli("pf " + bad.string()), 2, "malformed JSON");
}

TEST(CliErrors, UnknownBusIsExit2NamingIt) {
    std::string text = slurp(data("feeder5.json"));
    text.replace(text.find("\"to\": \"5\""), 9, "\"to\": \"55\"");
    expectOneLineError(cli("pf " + writeTemp("unknown.json", text).string()), 2,
                       "$.branches[3].to: to bus '55' does not exist");
}

TEST(CliErrors, DuplicateIdIsExit2NamingIt) {
    std::string text = slurp(data("feeder5.json"));
    text.replace(text.find("\"id\": \"L23\""), 11, "\"id\": \"L12\"");
    expectOneLineError(cli("pf " + writeTemp("dup.json", text).string()), 2, "duplicate id 'L12'");
}

TEST(CliErrors, IslandWithoutSourceIsExit2) {
    std::string text = slurp(data("feeder5.json"));
    const auto at = text.find("\"id\": \"L25\"");
    text.insert(text.find('}', at), ", \"in_service\": false");
    expectOneLineError(cli("pf " + writeTemp("island.json", text).string()), 2, "no slack source");
}

TEST(CliErrors, MeshedCaseForcedToSweepIsExit2) {
    expectOneLineError(cli("pf " + data("matpower/case14.m") + " --method bfs"), 2, "use Newton");
}

TEST(CliErrors, NonConvergenceIsExit3) {
    std::string text = slurp(data("feeder5.json"));
    text.replace(text.find("\"p_mw\": 1.2"), 11, "\"p_mw\": 900");
    const CliRun r = cli("pf " + writeTemp("heavy.json", text).string());
    EXPECT_EQ(r.exit_code, 3) << r.err;
    // The bus of the largest mismatch, the mismatch in MVA (feeder5's base is 10 MVA).
    EXPECT_TRUE(std::regex_search(r.err, std::regex("3: the power flow did not converge after 200 "
                                                    "iterations: the largest mismatch is "
                                                    "[0-9.]+ MVA at bus '3'\n")))
        << r.err;
}

TEST(CliErrors, MissingFileAndBadOptionsAreExit2) {
    expectOneLineError(cli("pf /no/such/file.json"), 2, "/no/such/file.json");
    EXPECT_EQ(cli("pf " + data("feeder5.json") + " --method magic").exit_code, 2);
    EXPECT_EQ(cli("frobnicate").exit_code, 2);
}

TEST(CliErrors, FailedWriteIsExit2AndLeavesTheOldFileAndNoTemporaries) {
    const CliRun r = cli("pf " + data("feeder5.json") + " --json /no/such/dir/out.json");
    expectOneLineError(r, 2, "/no/such/dir/out.json");
    // Converting onto an existing file that then fails to parse must not touch it.
    const fs::path dir = scratch() / "keep";
    fs::create_directories(dir);
    const fs::path target = dir / "case.json";
    std::ofstream(target) << "original";
    const fs::path bad = writeTemp("broken.json", "{");
    EXPECT_EQ(cli("convert " + bad.string() + " -o " + target.string()).exit_code, 2);
    EXPECT_EQ(slurp(target), "original");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), {}), 1);
}
