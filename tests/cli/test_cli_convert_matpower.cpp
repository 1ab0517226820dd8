// `gridcarbon-cli convert IN -o OUT.m` (issue 14 item 2): a real MATPOWER v2 case, read by a
// plain parse of its matrices (tests/cli/parse_matpower.py) and by GridCarbon's importer,
// whose power flow equals that of the case it came from; other extensions are refused.
#include "CliRunner.h"

#include <cmath>

namespace {

// The matrices of a MATPOWER file, parsed without GridCarbon.
json parseMatpower(const fs::path& file) {
    const CliRun r = python("parse_matpower.py", file.string());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
}

// The row of `matrix` whose first column is `number`.
const json& rowOf(const json& matrix, double number) {
    for (const json& row : matrix)
        if (row[0].get<double>() == number)
            return row;
    ADD_FAILURE() << "convert .m: no row " << number;
    return matrix.at(0);
}

void expectSameVoltages(const std::string& a, const std::string& b) {
    const CliRun ra = cli("pf " + a + " --json -");
    const CliRun rb = cli("pf " + b + " --json -");
    ASSERT_EQ(ra.exit_code, 0) << ra.err;
    ASSERT_EQ(rb.exit_code, 0) << rb.err;
    const json ja = json::parse(ra.out), jb = json::parse(rb.out);
    ASSERT_EQ(ja["buses"].size(), jb["buses"].size());
    for (std::size_t k = 0; k < ja["buses"].size(); ++k) {
        EXPECT_EQ(ja["buses"][k]["id"], jb["buses"][k]["id"]);
        EXPECT_NEAR(ja["buses"][k]["vm_pu"].get<double>(), jb["buses"][k]["vm_pu"].get<double>(),
                    1e-9)
            << "convert .m round trip: |V| of bus " << ja["buses"][k]["id"];
        EXPECT_NEAR(ja["buses"][k]["va_deg"].get<double>(), jb["buses"][k]["va_deg"].get<double>(),
                    1e-9)
            << "convert .m round trip: angle of bus " << ja["buses"][k]["id"];
    }
    EXPECT_NEAR(ja["total_loss_kw"].get<double>(), jb["total_loss_kw"].get<double>(), 1e-6);
}

} // namespace

TEST(CliConvertMatpower, Ieee33IsAMatpowerCaseWithTheSamePowerFlow) {
    const fs::path d = freshDirectory("convert-ieee33");
    const fs::path out = d / "ieee33.m";
    const CliRun r = cli("convert " + bundledCase("ieee33") + " -o " + out.string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(slurp(out).rfind("function mpc = ieee33\n", 0), 0u) << "convert .m: header";
    EXPECT_EQ(slurp(out).find("\"format\""), std::string::npos) << "convert .m wrote JSON";

    const json m = parseMatpower(out);
    EXPECT_EQ(m["function"], "ieee33");
    EXPECT_EQ(m["version"], "2");
    EXPECT_EQ(m["baseMVA"].get<double>(), 10.0);
    const json& bus = m["matrices"]["bus"];
    const json& gen = m["matrices"]["gen"];
    const json& branch = m["matrices"]["branch"];
    ASSERT_EQ(bus.size(), 33u);
    ASSERT_EQ(branch.size(), 37u);
    ASSERT_EQ(gen.size(), 1u) << "convert .m: the grid supply only (the candidates hold nothing)";
    for (const json& row : bus)
        EXPECT_EQ(row.size(), 13u) << "convert .m: mpc.bus columns";
    for (const json& row : gen)
        EXPECT_GE(row.size(), 10u) << "convert .m: mpc.gen columns";
    for (const json& row : branch)
        EXPECT_EQ(row.size(), 13u) << "convert .m: mpc.branch columns";
    EXPECT_EQ(rowOf(bus, 1)[1].get<double>(), 3.0) << "convert .m: bus 1 is the reference";
    EXPECT_EQ(rowOf(bus, 18)[1].get<double>(), 1.0);
    EXPECT_NEAR(rowOf(bus, 2)[2].get<double>(), 0.1, 1e-12) << "convert .m: Pd of bus 2 in MW";
    EXPECT_NEAR(rowOf(bus, 2)[3].get<double>(), 0.06, 1e-12) << "convert .m: Qd of bus 2";
    EXPECT_NEAR(rowOf(bus, 32)[2].get<double>(), 0.21, 1e-12);
    EXPECT_EQ(gen[0][0].get<double>(), 1.0);
    EXPECT_EQ(gen[0][7].get<double>(), 1.0) << "convert .m: gen status";
    EXPECT_NEAR(gen[0][8].get<double>(), 10.0, 1e-12) << "convert .m: Pmax of the grid supply";
    EXPECT_NEAR(gen[0][9].get<double>(), -10.0, 1e-12) << "convert .m: Pmin (export limit)";
    // The five tie switches are open branches.
    int open = 0;
    for (const json& row : branch)
        open += row[10].get<double>() == 0.0 ? 1 : 0;
    EXPECT_EQ(open, 5);
    ASSERT_EQ(m["matrices"]["gencarbon"].size(), 1u);
    EXPECT_NEAR(m["matrices"]["gencarbon"][0][0].get<double>(), 0.58, 1e-15);

    expectSameVoltages(bundledCase("ieee33"), out.string());
}

TEST(CliConvertMatpower, MeshedIeee14KeepsBusTypesCostsAndThePowerFlow) {
    const fs::path d = freshDirectory("convert-ieee14");
    const fs::path out = d / "ieee14.m";
    const CliRun r = cli("convert " + bundledCase("ieee14") + " -o " + out.string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json m = parseMatpower(out);
    const json& bus = m["matrices"]["bus"];
    ASSERT_EQ(bus.size(), 14u);
    ASSERT_EQ(m["matrices"]["gen"].size(), 5u);
    ASSERT_EQ(m["matrices"]["branch"].size(), 20u);
    EXPECT_EQ(rowOf(bus, 1)[1].get<double>(), 3.0);
    for (double pv : {2, 3, 6, 8})
        EXPECT_EQ(rowOf(bus, pv)[1].get<double>(), 2.0) << "convert .m: bus " << pv << " is PV";
    EXPECT_EQ(rowOf(bus, 14)[1].get<double>(), 1.0);
    EXPECT_NEAR(rowOf(bus, 2)[2].get<double>(), 21.7, 1e-12) << "convert .m: Pd of bus 2 in MW";
    EXPECT_NEAR(rowOf(bus, 9)[5].get<double>(), 19.0, 1e-12) << "convert .m: Bs of bus 9";
    EXPECT_NEAR(rowOf(bus, 1)[7].get<double>(), 1.06, 1e-12) << "convert .m: Vm of the slack";
    // Transformers keep their ratio (branch 4-7 of case14: 0.978).
    bool transformer = false;
    for (const json& row : m["matrices"]["branch"])
        if (row[0] == 4.0 && row[1] == 7.0)
            transformer = std::abs(row[8].get<double>() - 0.978) < 1e-12;
    EXPECT_TRUE(transformer) << "convert .m: tap ratio of branch 4-7";
    ASSERT_EQ(m["matrices"]["gencost"].size(), 5u);
    EXPECT_NEAR(m["matrices"]["gencost"][0][4].get<double>(), 0.0430292599, 1e-15);
    EXPECT_NEAR(m["matrices"]["gencost"][0][5].get<double>(), 20.0, 1e-15);

    expectSameVoltages(bundledCase("ieee14"), out.string());
    // The carbon data comes back too: the carbon emission flow is the same.
    const json a = json::parse(cli("cef " + bundledCase("ieee14") + " --json -").out);
    const json b = json::parse(cli("cef " + out.string() + " --json -").out);
    ASSERT_EQ(a["buses"].size(), b["buses"].size());
    for (std::size_t k = 0; k < a["buses"].size(); ++k)
        EXPECT_NEAR(a["buses"][k]["carbon_intensity_t_per_mwh"].get<double>(),
                    b["buses"][k]["carbon_intensity_t_per_mwh"].get<double>(), 1e-9)
            << "convert .m round trip: carbon intensity of bus " << a["buses"][k]["id"];
}

TEST(CliConvertMatpower, WhatMatpowerCannotHoldIsNamedOnStderrOneLineEach) {
    const fs::path d = freshDirectory("convert-der");
    const fs::path out = d / "der.m";
    const CliRun r = cli("convert " + bundledCase("ieee33-der") + " -o " + out.string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* item : {"storage as stores", "ES5", "capacitor banks", "C30", "profiles",
                             "economics", "ramp limits of MT2"})
        EXPECT_NE(r.err.find(item), std::string::npos) << "convert .m: no note on " << item << "\n"
                                                       << r.err;
    std::istringstream lines(r.err);
    for (std::string line; std::getline(lines, line);)
        EXPECT_EQ(line.rfind("not exported: ", 0), 0u) << line;
    // Storage at its power-flow output and the capacitor's step in Bs: the same power flow.
    expectSameVoltages(bundledCase("ieee33-der"), out.string());
}

TEST(CliConvertMatpower, OtherExtensionsAreExit2NamingTheExtensionAndWriteNothing) {
    const fs::path d = freshDirectory("convert-refused");
    const CliRun txt =
        cli("convert " + bundledCase("ieee33") + " -o " + (d / "ieee33.txt").string());
    expectOneLineError(txt, 2, "'.txt'");
    const CliRun none = cli("convert " + bundledCase("ieee33") + " -o " + (d / "ieee33").string());
    expectOneLineError(none, 2, "without an extension");
    EXPECT_TRUE(filesIn(d).empty());
}

TEST(CliConvertMatpower, JsonStillGoesToJsonFilesAndStdout) {
    const fs::path d = freshDirectory("convert-json");
    ASSERT_EQ(cli("convert " + bundledCase("ieee14") + " -o " + (d / "c.json").string()).exit_code,
              0);
    EXPECT_EQ(json::parse(slurp(d / "c.json"))["format"], "gridcarbon-case");
    const CliRun r = cli("convert " + bundledCase("ieee14") + " -o -");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(json::parse(r.out)["format"], "gridcarbon-case");
}
