// `gridcarbon-cli pf --csv` (issue 14 item 1): one well-formed table per file, read back with
// Python's csv module and compared with the JSON of the same run.
#include "CliRunner.h"

TEST(CliPfCsv, EveryTableIsWellFormedAndMatchesTheJson) {
    const fs::path d = freshDirectory("pf-csv");
    const CliRun r = cli("pf " + bundledCase("ieee33") + " --csv " + (d / "ieee33").string() +
                         " --json " + (d / "ieee33.json").string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(filesIn(d), (std::set<std::string>{"ieee33-buses.csv", "ieee33-branches.csv",
                                                 "ieee33-units.csv", "ieee33.json"}));
    const CliRun check =
        python("check_pf_csv.py", (d / "ieee33").string() + " " + (d / "ieee33.json").string());
    EXPECT_EQ(check.exit_code, 0) << "pf --csv tables differ from the JSON:\n"
                                  << check.out << check.err;
    const std::string branches = slurp(d / "ieee33-branches.csv");
    EXPECT_EQ(branches.substr(0, branches.find('\n')),
              "branch,from,to,in_service,p_from_mw,q_from_mvar,p_to_mw,q_to_mvar,loss_kw,loss_kvar")
        << "pf --csv: branch header";
}

TEST(CliPfCsv, AnHourOfADayAndATrailingCsvOnThePrefix) {
    const fs::path d = freshDirectory("pf-csv-day");
    const CliRun r = cli("pf " + bundledCase("ieee33-der") + " --day summer --hour 12 --csv " +
                         (d / "der.csv").string() + " --json " + (d / "der.json").string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(filesIn(d), (std::set<std::string>{"der-buses.csv", "der-branches.csv",
                                                 "der-units.csv", "der.json"}))
        << "pf --csv: a trailing .csv on the prefix is dropped";
    const CliRun check =
        python("check_pf_csv.py", (d / "der").string() + " " + (d / "der.json").string());
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

TEST(CliPfCsv, DashWritesTheBusTableAloneToStdout) {
    const CliRun r = cli("pf " + bundledCase("ieee33") + " --csv -");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json j = json::parse(cli("pf " + bundledCase("ieee33") + " --json -").out);
    std::istringstream in(r.out);
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, "bus,vm_pu,va_deg,energised") << "pf --csv -: header";
    std::size_t rows = 0;
    while (std::getline(in, line)) {
        ASSERT_LT(rows, j["buses"].size()) << "pf --csv -: more rows than buses: " << line;
        const json& bus = j["buses"][rows];
        EXPECT_EQ(std::count(line.begin(), line.end(), ','), 3) << line;
        EXPECT_EQ(line.substr(0, line.find(',')), bus["id"].get<std::string>());
        const double vm = std::stod(line.substr(line.find(',') + 1));
        EXPECT_NEAR(vm, bus["vm_pu"].get<double>(), 1e-12) << "pf --csv -: vm_pu of " << line;
        ++rows;
    }
    EXPECT_EQ(rows, 33u) << "pf --csv -: one row per bus and nothing else on stdout";
}

TEST(CliPfCsv, JsonAndCsvBothToStdoutIsExit2) {
    expectOneLineError(cli("pf " + bundledCase("ieee33") + " --json - --csv -"), 2,
                       "both write to stdout");
}
