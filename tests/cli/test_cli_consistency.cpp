// Issue 14 item 3: the CLI's commands say the same things the same way: --hour needs --day,
// --hour is the one name of an hour (cef keeps --period), summaries name the day and hour
// solved and a case without a name by its file, and region --validate reports its time.
#include "CliRunner.h"

TEST(CliConsistency, PfHourWithoutDayIsExit2NamingTheTypicalDays) {
    const CliRun r = cli("pf " + bundledCase("ieee33") + " --hour 12");
    expectOneLineError(r, 2,
                       "--hour needs --day (the case's typical days: spring, summer, autumn, "
                       "winter)");
    EXPECT_TRUE(r.out.empty()) << "pf --hour without --day solved something: " << r.out;
}

TEST(CliConsistency, CefHourWithoutDayIsExit2InEitherName) {
    for (const char* flag : {" --hour 3", " --period 3"}) {
        const CliRun r = cli("cef " + bundledCase("ieee33-der") + flag);
        expectOneLineError(r, 2, "--hour needs --day (the case's typical days: spring");
    }
}

TEST(CliConsistency, CefTakesHourAndPeriodAsOneOption) {
    const json byHour = json::parse(
        cli("cef " + bundledCase("ieee33-der") + " --day summer --hour 12 --json -").out);
    const json byPeriod = json::parse(
        cli("cef " + bundledCase("ieee33-der") + " --day summer --period 12 --json -").out);
    EXPECT_EQ(byHour["hour"], 12);
    EXPECT_EQ(byPeriod["hour"], 12);
    ASSERT_EQ(byHour["buses"].size(), byPeriod["buses"].size());
    for (std::size_t k = 0; k < byHour["buses"].size(); ++k)
        EXPECT_NEAR(byHour["buses"][k]["carbon_intensity_t_per_mwh"].get<double>(),
                    byPeriod["buses"][k]["carbon_intensity_t_per_mwh"].get<double>(), 1e-12);
    const CliRun help = cli("cef --help");
    EXPECT_NE(help.out.find("--hour"), std::string::npos) << help.out;
}

namespace {

// Runs the command line and checks that its summary starts with `start`; returns the summary.
std::string expectSummaryStarts(const std::string& args, const std::string& start) {
    const CliRun r = cli(args);
    EXPECT_EQ(r.exit_code, 0) << args << ": " << r.err;
    EXPECT_EQ(r.out.rfind(start, 0), 0u) << args << ": summary does not name its period: " << r.out;
    return r.out;
}

} // namespace

TEST(CliConsistency, PfSummaryNamesTheDayAndHourSolved) {
    const std::string hour =
        expectSummaryStarts("pf " + bundledCase("ieee33") + " --day spring --hour 22",
                            "ieee33 (day spring, hour 22): converged after");
    expectSummaryStarts("pf " + bundledCase("ieee33"), "ieee33 (base case): converged after");
    // The hour changes the loads: the summary is not the base case's.
    EXPECT_EQ(hour.find("total loss 202.6"), std::string::npos) << hour;
}

TEST(CliConsistency, CefSummaryNamesTheDayAndHourSolved) {
    expectSummaryStarts("cef " + bundledCase("ieee33-der") + " --day summer --hour 12",
                        "ieee33-der (day summer, hour 12): ac carbon emission flow");
    expectSummaryStarts("cef " + bundledCase("ieee33-der") + " --day summer",
                        "ieee33-der (day summer): ac carbon emission flow");
    expectSummaryStarts("cef " + bundledCase("ieee14"),
                        "ieee14 (base case): ac carbon emission flow");
}

TEST(CliConsistency, ACaseWithoutANameIsCalledByItsFile) {
    std::string text = slurp(bundledCase("ieee14"));
    const std::size_t at = text.find("\"name\": \"ieee14\"");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 16, "\"name\": \"\"");
    const fs::path file = writeTemp("nameless-14.json", text);
    for (const std::string command : {"pf ", "cef ", "opf "}) {
        const CliRun r = cli(command + file.string());
        ASSERT_EQ(r.exit_code, 0) << command << r.err;
        EXPECT_EQ(r.out.rfind("nameless-14", 0), 0u)
            << command << "summary of a case without a name: " << r.out;
    }
}

TEST(CliConsistency, RegionValidateReportsTheValidationTimeApartAndInAll) {
    const CliRun r = cli("region " + bundledCase("microgrid-a") +
                         " --observe 3,5 --validate 20 --seed 2 --hour 12");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("(day typical, hour 12, cap"), std::string::npos) << r.out;
    const std::size_t validation = r.out.find("validation (20 + 20 samples");
    ASSERT_NE(validation, std::string::npos) << r.out;
    const std::string line = r.out.substr(validation, r.out.find('\n', validation) - validation);
    EXPECT_NE(line.find("outside feasible, "), std::string::npos)
        << "region --validate: no validation time in " << line;
    EXPECT_EQ(line.substr(line.size() - 2), " s") << line;
    EXPECT_NE(r.out.find("s with indices and validation)"), std::string::npos)
        << "region --validate: no total time in " << r.out;
    const json j = json::parse(cli("region " + bundledCase("microgrid-a") +
                                   " --observe 3,5 --validate 20 --seed 2 --json -")
                                   .out);
    EXPECT_GT(j["stats"]["validation_seconds"].get<double>(), 0.0);
    EXPECT_GE(j["stats"]["total_seconds"].get<double>(),
              j["stats"]["seconds"].get<double>() + j["stats"]["validation_seconds"].get<double>());
}
