// Nonsense in a case or an option is refused before anything is solved: exit 2, one line naming
// the item and the range it must lie in (issue 15's attack: each of these ran with exit 0).
#include "CliRunner.h"

namespace {

// feeder5 with `from` replaced by `to` (once).
fs::path feeder5With(const std::string& name, const std::string& from, const std::string& to) {
    std::string text = slurp(data("feeder5.json"));
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    return writeTemp(name, text);
}

} // namespace

TEST(CliBadValues, AnEmptyCaseIsRefusedByEveryStudy) {
    const fs::path empty = writeTemp("empty.json", R"({"format":"gridcarbon-case","version":1})");
    for (const char* command : {"pf", "opf"})
        expectOneLineError(cli(std::string(command) + " " + empty.string()), 2,
                           "has no buses: there is nothing to solve");
    // The region study first misses the day it works on; refused all the same.
    expectOneLineError(cli("region " + empty.string() + " --observe 1,2"), 2, "case ''");
}

TEST(CliBadValues, ADuplicatedKeyIsRefusedAtItsObject) {
    const fs::path twice = feeder5With("twice.json", R"({"id": "2", "base_kv": 12.66})",
                                       R"({"id": "2", "base_kv": 12.66, "base_kv": 0.4})");
    expectOneLineError(cli("pf " + twice.string()), 2,
                       "$.buses[1]: duplicate key 'base_kv' (JSON would keep only the last)");
}

TEST(CliBadValues, ANegativeLoadProfileValueIsRefusedNamingTheProfileAndPeriod) {
    std::string text = slurp(bundledCase("ieee33-der"));
    const auto values = text.find("\"values\"", text.find("\"id\": \"load\""));
    ASSERT_NE(values, std::string::npos);
    const auto first = text.find_first_of("0123456789", values);
    const auto end = text.find_first_of(",]", first);
    text.replace(first, end - first, "-5");
    const CliRun r = cli("pf " + writeTemp("negative-profile.json", text).string());
    expectOneLineError(r, 2, "profiles[0].days[0].values");
    EXPECT_NE(r.err.find("load value of period 0 must be between 0 and 100 (got -5)"),
              std::string::npos)
        << r.err;
}

TEST(CliBadValues, AnAbsurdPowerIsRefusedNamingTheLoad) {
    const CliRun r =
        cli("pf " + feeder5With("huge.json", "\"p_mw\": 1.2", "\"p_mw\": 1e308").string());
    expectOneLineError(r, 2, "peak active power must be at most 1e+06 (got 1e+308)");
    EXPECT_NE(r.err.find("$.loads["), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("nan"), std::string::npos) << r.err;
}

TEST(CliBadValues, AnAbsurdIntensityOptionIsRefusedNamingTheUnit) {
    const CliRun r = cli("cef " + bundledCase("ieee33-der") + " --intensity GRID=1e308");
    expectOneLineError(r, 2,
                       "--intensity: generator GRID: carbon intensity must be between 0 and 100 "
                       "(got 1e+308)");
}

TEST(CliBadValues, AConeToleranceThatWouldHideTheLossesIsRefused) {
    expectOneLineError(cli("opf " + bundledCase("ieee33-der") + " --cone-tol 10"), 2,
                       "--cone-tol: 10 must be at most 0.01");
}

TEST(CliBadValues, TooFewRaysAreBadInputNotAFailedHull) {
    expectOneLineError(
        cli("region " + bundledCase("microgrid-a") + " --observe 3,5,7 --method chba --rays 1"), 2,
        "Rays (--rays) 1 must be 0 (the default) or at least 8");
}

TEST(CliBadValues, AnAutoCountIsEchoedAsTyped) {
    expectOneLineError(cli("region " + bundledCase("microgrid-a") + " --observe auto:99999999999"),
                       2, "--observe auto:N needs N of 2 or 3, got 'auto:99999999999'");
}

TEST(CliOutputs, ARunWhoseLastOutputCannotBeWrittenLeavesNoneOfTheOthers) {
    const fs::path dir = freshDirectory("all-or-nothing");
    const std::string json = (dir / "pf.json").string();
    const CliRun r = cli("pf " + data("feeder5.json") + " --json " + json + " --csv " +
                         (dir / "missing/p").string());
    expectOneLineError(r, 2, "missing/p-buses.csv");
    EXPECT_TRUE(filesIn(dir).empty()) << "left behind: " << *filesIn(dir).begin();
}

TEST(CliOutputs, OneFileForTwoOutputsIsBadInput) {
    const fs::path dir = freshDirectory("twice");
    const std::string same = (dir / "r.csv").string();
    expectOneLineError(cli("region " + bundledCase("microgrid-a") + " --observe 3,5,7 --csv " +
                           same + " --json " + same),
                       2, "--json " + same + ": --csv writes there too");
    EXPECT_TRUE(filesIn(dir).empty());
}

TEST(CliOutputs, AFullStdoutIsAnError) {
    const CliRun r = runProgram("sh -c '" + std::string(GRIDCARBON_CLI) + " pf " +
                                    data("feeder5.json") + " --json - > /dev/full'",
                                "");
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("standard output: write failed"), std::string::npos) << r.err;
}

TEST(CliOutputs, ASymlinkIsFollowedAndADeviceWrittenInPlace) {
    const fs::path dir = freshDirectory("links");
    const fs::path target = dir / "real.json";
    fs::create_symlink("real.json", dir / "link.json");
    ASSERT_EQ(
        cli("pf " + data("feeder5.json") + " --json " + (dir / "link.json").string()).exit_code, 0);
    EXPECT_TRUE(fs::is_symlink(dir / "link.json"));
    EXPECT_TRUE(fs::is_regular_file(target));
    EXPECT_NE(slurp(target).find("\"converged\": true"), std::string::npos);
    // A device is written to, not replaced by a file.
    ASSERT_EQ(cli("pf " + data("feeder5.json") + " --json /dev/null").exit_code, 0);
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

TEST(CliOutputs, AReplacedFileKeepsItsMode) {
    const fs::path dir = freshDirectory("mode");
    const fs::path out = dir / "out.json";
    std::ofstream(out) << "old";
    fs::permissions(out, fs::perms::owner_read | fs::perms::owner_write);
    ASSERT_EQ(cli("convert " + data("feeder5.json") + " -o " + out.string()).exit_code, 0);
    EXPECT_EQ(fs::status(out).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(filesIn(dir), (std::set<std::string>{"out.json"}));
}

TEST(CliMessages, AnIdWithALineBreakIsRefusedOnOneLine) {
    const CliRun r = cli("pf " + feeder5With("newline-id.json", R"({"id": "5", "base_kv")",
                                             R"({"id": "5\nX", "base_kv")")
                                     .string());
    expectOneLineError(r, 2, "$.buses[4].id: id '5\\nX' holds a control character");
}

TEST(CliMessages, TerminalEscapesInANameAreWrittenOut) {
    const CliRun r = cli(
        "pf " +
        feeder5With("ansi.json", R"("name": "feeder5")", R"("name": "\u001b[31mred")").string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\\x1b[31mred"), std::string::npos) << r.out;
}

TEST(CliBadValues, AnIsolatedBusDoesNotSpoilTheOpfsAcCheck) {
    std::string text = slurp(data("feeder5.json"));
    text.insert(text.find("{\"id\": \"5\""), "{\"id\": \"9\", \"base_kv\": 12.66},\n    ");
    const CliRun r = cli("opf " + writeTemp("isolated.json", text).string() + " --json -");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(r.out);
    ASSERT_FALSE(j["ac_recovery"].empty());
    EXPECT_LT(j["ac_recovery"][0]["vm_max_difference_pu"].get<double>(), 1e-4) << r.out;
}

TEST(CliMessages, RangeErrorsSayTheRangeInPlainNumbers) {
    const CliRun r = cli("pf " + data("feeder5.json") + " --tol -1e308");
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("--tol: must be greater than 0 and at most 0.01 (got -1e+308)"),
              std::string::npos)
        << r.err;
    EXPECT_LT(r.err.size(), 200u) << r.err;
    const CliRun many = cli("pf " + data("feeder5.json") + " --max-iter 1e309");
    EXPECT_EQ(many.exit_code, 2) << many.err;
    EXPECT_LT(many.err.size(), 200u) << many.err;
}

namespace {

// ieee33 with branch L4's impedance r = x = `z` (its text replaced), and `extra` branches
// after L4 (JSON objects with a leading comma).
fs::path ieee33WithCoupler(const std::string& name, const std::string& z,
                           const std::string& extra = "") {
    std::string text = slurp(bundledCase("ieee33"));
    const auto at = text.find("\"id\": \"L4\"");
    EXPECT_NE(at, std::string::npos);
    const auto begin = text.rfind('{', at);
    const auto end = text.find('}', at) + 1;
    text.replace(begin, end - begin,
                 R"({"id": "L4", "from": "4", "to": "5", "kind": "line", "r_pu": )" + z +
                     R"(, "x_pu": )" + z + "}" + extra);
    return writeTemp(name, text);
}

} // namespace

TEST(CliBadValues, ANearZeroImpedanceBranchGivesTheRightAnswerWithEveryMethod) {
    const fs::path coupled = ieee33WithCoupler("coupler.json", "1e-300");
    for (const char* method : {"auto", "bfs", "newton"}) {
        const CliRun r = cli("pf " + coupled.string() + " --method " + method);
        EXPECT_EQ(r.exit_code, 0) << method << ": " << r.err;
        EXPECT_NE(r.out.find("total loss 181.4077 kW"), std::string::npos) << method << r.out;
        EXPECT_NE(r.out.find("min voltage 0.921119 p.u. at bus 18"), std::string::npos)
            << method << r.out;
    }
}

TEST(CliBadValues, ALoopOfNearZeroImpedancesIsRefusedNamingTheBranch) {
    const fs::path loop = ieee33WithCoupler(
        "coupler-loop.json", "1e-300",
        R"(, {"id": "L4b", "from": "4", "to": "5", "kind": "line", "r_pu": 1e-300, "x_pu": 1e-300})");
    expectOneLineError(cli("pf " + loop.string()), 2,
                       "branch 'L4b' has an impedance below 1e-06 p.u. and closes a loop of such "
                       "branches between buses '4' and '5'");
}

TEST(CliBadValues, AnAbsurdRegionRequestIsRefusedWithItsEstimate) {
    expectOneLineError(
        cli("region " + bundledCase("microgrid-a") + " --observe 3,5,7 --method scba --step 1e-4"),
        2,
        "this request needs about 600,120,006 solves (scba with --step 0.0001 on 3 "
        "axes: 600,120,006 boundary problems): more than 100,000 is refused unless "
        "--force");
    expectOneLineError(cli("region " + bundledCase("microgrid-a") +
                           " --observe 3,5,7 --validate 1000000 --force --method scba --step 1e-9"),
                       2, "can never finish");
}

TEST(CliMessages, NamesThatAreNotUtf8AreConvertedWithOneWarningNamingTheField) {
    // Two bus names in GBK ("中心", "母线"): one warning for the field, not one per name.
    const fs::path gbk = writeTemp(
        "gbk.m", "function mpc = gbk\n"
                 "mpc.version = '2';\n"
                 "mpc.baseMVA = 100;\n"
                 "mpc.bus = [1 3 0 0 0 0 1 1 0 10 1 1.1 0.9; 2 1 1 0.5 0 0 1 1 0 10 1 1.1 0.9; "
                 "3 1 1 0.5 0 0 1 1 0 10 1 1.1 0.9];\n"
                 "mpc.gen = [1 0 0 10 -10 1 100 1 10 0 0 0 0 0 0 0 0 0 0 0 0];\n"
                 "mpc.branch = [1 2 0.01 0.02 0 0 0 0 0 0 1 -360 360; "
                 "2 3 0.01 0.02 0 0 0 0 0 0 1 -360 360];\n"
                 "mpc.bus_name = {'\xD6\xD0\xD0\xC4'; 'b2'; '\xC4\xB8\xCF\xDF'};\n");
    const fs::path out = scratch() / "gbk.json";
    const CliRun r = cli("convert " + gbk.string() + " -o " + out.string());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "warning: gbk.m:7: mpc.bus_name: 2 of 3 entries are not UTF-8 text (GBK or "
                     "another legacy encoding?); their undecodable bytes became U+FFFD: save the "
                     "file as UTF-8 to keep them\n");
    EXPECT_NE(slurp(out).find("\"name\": \"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""),
              std::string::npos);
}

TEST(CliOutputs, OneFileForTwoOutputsIsRefusedBeforeAnythingIsSolved) {
    // The cap makes the base point infeasible (exit 3) once solving starts: exit 2 shows the
    // outputs were checked first.
    const fs::path dir = freshDirectory("twice-early");
    const std::string same = (dir / "r.vtp").string();
    expectOneLineError(cli("region " + bundledCase("microgrid-a") +
                           " --observe 3,5,7 --cap 0.001 --vtp " + same + " --csv " + same),
                       2, "--csv " + same + ": --vtp writes there too");
}
