// MATPOWER v2 import: the reference cases, the mapping of MATPOWER's fields to the Case, and
// that bad input is an Error(BadInput) naming the file and line.
#include "TestSupport.h"
#include "io/Matpower.h"
#include "io/TextFile.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

using namespace gridcarbon;
using test::lines;

namespace {

Case reference(const std::string& name) {
    return loadMatpower(std::string(GRIDCARBON_TEST_DATA "/matpower/") + name + ".m");
}

Case import(const std::string& text) {
    return importMatpower(text, "t.m");
}

const Bus& busById(const Case& c, const std::string& id) {
    for (const Bus& b : c.buses)
        if (b.id == id)
            return b;
    throw std::runtime_error("no bus " + id);
}

const Load* loadAt(const Case& c, const std::string& bus) {
    for (const Load& l : c.loads)
        if (l.bus == bus)
            return &l;
    return nullptr;
}

const Branch& branchBetween(const Case& c, const std::string& from, const std::string& to) {
    for (const Branch& b : c.branches)
        if (b.from == from && b.to == to)
            return b;
    throw std::runtime_error("no branch " + from + "-" + to);
}

// A valid three-bus case, 17 lines; tests append statements from line 18 or replace lines.
const char* const kTiny = "function mpc = tiny\n"
                          "%TINY  Three buses for the importer tests.\n"
                          "mpc.version = '2';\n"
                          "mpc.baseMVA = 100;\n"
                          "mpc.bus = [\n"
                          "  1 3 0 0 0 0 1 1.02 5 10 1 1.1 0.9;\n"
                          "  2 1 5 2 0 0 1 1 0 10 1 1.1 0.9;\n"
                          "  3 2 3 1 0 4 1 1 0 10 1 1.1 0.9;\n"
                          "];\n"
                          "mpc.gen = [\n"
                          "  1 0 0 10 -10 1.02 100 1 20 0;\n"
                          "  3 2 0 5 -5 1.01 100 1 5 0;\n"
                          "];\n"
                          "mpc.branch = [\n"
                          "  1 2 0.01 0.02 0 0 0 0 0 0 1;\n"
                          "  2 3 0.01 0.02 0 0 0 0 0 0 1;\n"
                          "];\n";

std::string tiny(const std::string& appended = "") {
    return kTiny + appended;
}

std::string join(const std::vector<std::string>& ls) {
    std::string out;
    for (const std::string& l : ls)
        out += l + "\n";
    return out;
}

// The tiny case with line n (1-based) replaced; an empty replacement keeps an empty line.
std::string tinyWithLine(int n, const std::string& replacement) {
    std::vector<std::string> ls = lines(kTiny);
    ls.at(static_cast<std::size_t>(n - 1)) = replacement;
    return join(ls);
}

// Importing must fail with BadInput, a message starting "t.m:<line>: " and containing `part`.
void expectError(const std::string& text, int line, const std::string& part) {
    try {
        (void)import(text);
        ADD_FAILURE() << "no error for:\n" << text;
    } catch (const Error& e) {
        const std::string msg = e.what();
        const std::string prefix = "t.m:" + std::to_string(line) + ": ";
        EXPECT_EQ(e.code(), ErrorCode::BadInput) << msg;
        EXPECT_EQ(msg.rfind(prefix, 0), 0u) << "expected prefix '" << prefix << "' in: " << msg;
        EXPECT_NE(msg.find(part), std::string::npos) << "expected '" << part << "' in: " << msg;
    }
}

} // namespace

TEST(MatpowerImport, AllSevenReferenceCasesImport) {
    const std::pair<const char*, std::size_t> cases[] = {
        {"case14", 14},     {"case33bw", 33},   {"case69", 69},  {"case85", 85},
        {"case118zh", 118}, {"case136ma", 136}, {"case141", 141}};
    for (const auto& [name, buses] : cases) {
        SCOPED_TRACE(name);
        Case c;
        ASSERT_NO_THROW(c = reference(name));
        EXPECT_EQ(c.name, name);
        EXPECT_EQ(c.source, std::string("MATPOWER case ") + name + ".m");
        EXPECT_EQ(c.buses.size(), buses);
        EXPECT_FALSE(c.description.empty());
        int slacks = 0;
        for (const Generator& g : c.generators)
            slacks += g.control == Control::Slack;
        EXPECT_EQ(slacks, 1);
    }
}

TEST(MatpowerImport, Case33bwHas37BranchesWithTheFiveTieSwitchesOpen) {
    const Case c = reference("case33bw");
    EXPECT_EQ(c.buses.size(), 33u);
    ASSERT_EQ(c.branches.size(), 37u);
    int open = 0;
    for (const Branch& b : c.branches)
        open += !b.in_service;
    EXPECT_EQ(open, 5);
    EXPECT_FALSE(branchBetween(c, "21", "8").in_service);
    EXPECT_EQ(c.branches[32].id, "L33");
    EXPECT_TRUE(branchBetween(c, "1", "2").in_service);
    EXPECT_EQ(c.base_mva, 10.0);
}

TEST(MatpowerImport, Case33bwLoadsAreConvertedFromKilowattsToMegawatts) {
    const Case c = reference("case33bw");
    const Load* l = loadAt(c, "18");
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->id, "D18");
    EXPECT_DOUBLE_EQ(l->p_mw, 0.09);
    EXPECT_DOUBLE_EQ(l->q_mvar, 0.04);
    EXPECT_EQ(loadAt(c, "1"), nullptr); // the substation bus carries no load
    EXPECT_EQ(c.loads.size(), 32u);
}

TEST(MatpowerImport, Case33bwImpedancesAreConvertedFromOhmsToPerUnit) {
    const Case c = reference("case33bw");
    const Branch& b = branchBetween(c, "1", "2");
    const double zbase = 12.66 * 12.66 / 10.0;
    EXPECT_NEAR(b.r_pu, 0.0922 / zbase, 1e-15 * (0.0922 / zbase));
    EXPECT_NEAR(b.x_pu, 0.0470 / zbase, 1e-15 * (0.0470 / zbase));
    EXPECT_EQ(b.kind, BranchKind::Line);
    EXPECT_EQ(b.tap, 1.0);
}

TEST(MatpowerImport, Case33bwSubstationIsTheGridConnectionAndSlack) {
    const Case c = reference("case33bw");
    ASSERT_EQ(c.generators.size(), 1u);
    const Generator& g = c.generators[0];
    EXPECT_EQ(g.id, "G1");
    EXPECT_EQ(g.bus, "1");
    EXPECT_EQ(g.kind, GeneratorKind::Grid);
    EXPECT_EQ(g.control, Control::Slack);
    EXPECT_EQ(g.vm_pu, 1.0);
    EXPECT_EQ(g.cost_per_mwh, 20.0);
    EXPECT_EQ(busById(c, "1").vmin_pu, 1.0);
    EXPECT_EQ(busById(c, "2").base_kv, 12.66);
}

TEST(MatpowerImport, Case141LoadsGivenInKvaAreSplitAtPowerFactor085) {
    const Case c = reference("case141");
    const Load* l = loadAt(c, "8"); // 75 kVA in the file
    ASSERT_NE(l, nullptr);
    EXPECT_DOUBLE_EQ(l->p_mw, 75.0 / 1e3 * 0.85);
    EXPECT_DOUBLE_EQ(l->q_mvar, 75.0 / 1e3 * std::sin(std::acos(0.85)));
}

TEST(MatpowerImport, Case85HasABaseOfOneMva) {
    const Case c = reference("case85");
    EXPECT_EQ(c.base_mva, 1.0);
    const Branch& b = c.branches.front();
    EXPECT_GT(b.r_pu, 0.0);
}

TEST(MatpowerImport, Case14GeneratorsTakeControlFromTheirBusType) {
    const Case c = reference("case14");
    ASSERT_EQ(c.generators.size(), 5u);
    const Generator& slack = c.generators[0];
    EXPECT_EQ(slack.control, Control::Slack);
    EXPECT_EQ(slack.kind, GeneratorKind::Grid);
    EXPECT_EQ(slack.vm_pu, 1.06);
    EXPECT_EQ(slack.va_deg, 0.0);
    EXPECT_EQ(slack.p_mw, 232.4);
    EXPECT_EQ(slack.q_max_mvar, 10.0);
    EXPECT_EQ(slack.p_max_mw, 332.4);
    const double vg[] = {1.045, 1.01, 1.07, 1.09};
    for (std::size_t k = 1; k < 5; ++k) {
        const Generator& g = c.generators[k];
        EXPECT_EQ(g.id, "G" + std::to_string(k + 1));
        EXPECT_EQ(g.control, Control::Voltage) << g.id;
        EXPECT_EQ(g.kind, GeneratorKind::Thermal) << g.id;
        EXPECT_EQ(g.vm_pu, vg[k - 1]) << g.id; // Vg, not the bus's Vm
        EXPECT_TRUE(g.in_service);
    }
}

TEST(MatpowerImport, Case14TransformersKeepTheirTapAndShunts) {
    const Case c = reference("case14");
    const Branch& t = branchBetween(c, "4", "7");
    EXPECT_EQ(t.kind, BranchKind::Transformer);
    EXPECT_EQ(t.tap, 0.978);
    EXPECT_EQ(t.r_pu, 0.0);
    EXPECT_EQ(t.x_pu, 0.20912);
    const Branch& l = branchBetween(c, "1", "2");
    EXPECT_EQ(l.kind, BranchKind::Line);
    EXPECT_EQ(l.tap, 1.0);
    EXPECT_EQ(l.b_pu, 0.0528);
    EXPECT_EQ(busById(c, "9").bs_mvar, 19.0);
    EXPECT_EQ(busById(c, "9").gs_mw, 0.0);
}

TEST(MatpowerImport, Case14BusNamesAreTrimmedAndDescriptionIsTheHelpText) {
    const Case c = reference("case14");
    EXPECT_EQ(busById(c, "1").name, "Bus 1     HV");
    EXPECT_EQ(busById(c, "14").name, "Bus 14    LV");
    const std::vector<std::string> d = lines(c.description);
    ASSERT_GE(d.size(), 2u);
    EXPECT_EQ(d[0], "CASE14    Power flow data for IEEE 14 bus test case.");
    EXPECT_EQ(d[1], "Please see CASEFORMAT for details on the case file format.");
    EXPECT_EQ(d.back(), "08/19/93 UW ARCHIVE           100.0  1962 W IEEE 14 Bus Test Case");
}

TEST(MatpowerImport, Case14PolynomialCostsBecomeLinearAndQuadraticTerms) {
    const Case c = reference("case14");
    EXPECT_EQ(c.generators[0].cost_per_mw2h, 0.0430292599);
    EXPECT_EQ(c.generators[0].cost_per_mwh, 20.0);
    EXPECT_EQ(c.generators[2].cost_per_mw2h, 0.01);
    EXPECT_EQ(c.generators[2].cost_per_mwh, 40.0);
}

TEST(MatpowerImport, TinyCaseMapsBusesLoadsAndBranches) {
    const Case c = import(tiny("mpc.bus_name = {'  Alpha '; 'Beta'; ' Gamma'};\n"));
    EXPECT_EQ(c.name, "tiny");
    EXPECT_EQ(c.description, "TINY  Three buses for the importer tests.");
    ASSERT_EQ(c.buses.size(), 3u);
    EXPECT_EQ(c.buses[0].name, "Alpha");
    EXPECT_EQ(c.buses[2].name, "Gamma");
    EXPECT_EQ(c.buses[2].bs_mvar, 4.0);
    EXPECT_EQ(c.buses[0].vmax_pu, 1.1);
    EXPECT_EQ(c.buses[0].vmin_pu, 0.9);
    ASSERT_EQ(c.loads.size(), 2u);
    EXPECT_EQ(c.loads[0].id, "D2");
    EXPECT_EQ(c.loads[0].p_mw, 5.0);
    EXPECT_EQ(c.loads[0].q_mvar, 2.0);
    EXPECT_EQ(c.generators[0].va_deg, 5.0); // the reference bus's Va
    EXPECT_EQ(c.generators[1].control, Control::Voltage);
    EXPECT_EQ(c.generators[1].vm_pu, 1.01);
    EXPECT_EQ(c.branches[1].id, "L2");
}

TEST(MatpowerImport, GenfuelAndGencarbonSetKindFuelAndCarbonIntensity) {
    const Case c = import(tiny("mpc.genfuel = {'ng'; 'Wind'};\nmpc.gencarbon = [0.55; 0];\n"));
    EXPECT_EQ(c.generators[0].fuel, "ng");
    EXPECT_EQ(c.generators[0].kind, GeneratorKind::Thermal);
    EXPECT_EQ(c.generators[0].control, Control::Slack);
    EXPECT_EQ(c.generators[0].carbon_intensity_t_per_mwh, 0.55);
    EXPECT_EQ(c.generators[1].fuel, "Wind");
    EXPECT_EQ(c.generators[1].kind, GeneratorKind::WT);
    EXPECT_EQ(c.generators[1].carbon_intensity_t_per_mwh, 0.0);

    const Case d = import(tiny("mpc.genfuel = {'hydro', 'solar'};\n"));
    EXPECT_EQ(d.generators[0].kind, GeneratorKind::HT);
    EXPECT_EQ(d.generators[1].kind, GeneratorKind::PV);
    EXPECT_EQ(import(tiny("mpc.genfuel = {'coal'; 'pv'};\n")).generators[1].kind,
              GeneratorKind::PV);
}

TEST(MatpowerImport, GenfuelAndGencarbonNeedOneEntryPerGenerator) {
    expectError(tiny("mpc.genfuel = {'ng'};\n"), 18, "has 1 entries for 2 rows");
    expectError(tiny("mpc.genfuel = {'ng'; 3};\n"), 18, "entry 2 is not a string");
    expectError(tiny("x = 1;\nmpc.gencarbon = [0.5 0.1];\n"), 19, "one column");
    expectError(tiny("mpc.gencarbon = [0.5; -1];\n"), 12,
                "carbon intensity must be between 0 and 100 (got -1)");
}

// GridCarbon's mpc.genkind (written by io/MatpowerWriter): the unit kind, over the fuel's.
TEST(MatpowerImport, GenkindSetsTheUnitKindOverTheFuel) {
    const Case c = import(tiny("mpc.genfuel = {'grid'; 'gas'};\nmpc.genkind = {'grid'; 'MT'};\n"));
    EXPECT_EQ(c.generators[0].kind, GeneratorKind::Grid);
    EXPECT_EQ(c.generators[1].kind, GeneratorKind::MT) << "mpc.genkind";
    EXPECT_EQ(c.generators[1].fuel, "gas");
    // An empty entry leaves the kind to the fuel.
    EXPECT_EQ(import(tiny("mpc.genfuel = {'coal'; 'wind'};\nmpc.genkind = {'thermal'; ''};\n"))
                  .generators[1]
                  .kind,
              GeneratorKind::WT);
    expectError(tiny("mpc.genkind = {'grid';\n 'steam'};\n"), 19,
                "mpc.genkind entry 2 'steam' is not a unit kind");
    expectError(tiny("mpc.genkind = {'grid'};\n"), 18, "has 1 entries for 2 rows");
}

TEST(MatpowerImport, PiecewiseLinearCostBecomesItsAverageSlope) {
    const Case c = import(tiny("mpc.gencost = [\n"
                               "  1 0 0 3 0 0 10 100 20 300;\n"
                               "  2 0 0 2 15 7 0 0 0 0;\n"
                               "];\n"));
    EXPECT_EQ(c.generators[0].cost_per_mwh, 15.0);
    EXPECT_EQ(c.generators[0].cost_per_mw2h, 0.0);
    EXPECT_EQ(c.generators[1].cost_per_mwh, 15.0);
}

TEST(MatpowerImport, GencostRowsAndTermsAreChecked) {
    expectError(tiny("mpc.gencost = [2 0 0 2 1 0];\n"), 18, "one per generator");
    expectError(tiny("mpc.gencost = [\n  2 0 0 3 1 2 0;\n  3 0 0 1 0 0 0;\n];\n"), 20,
                "unknown cost model 3");
    expectError(tiny("mpc.gencost = [\n  2 0 0 5 1 2 3 0 0;\n  2 0 0 1 0 0 0 0 0;\n];\n"), 19,
                "above second order");
    expectError(tiny("mpc.gencost = [\n  2 0 0 9 1 2 3;\n  2 0 0 1 0 0 0;\n];\n"), 19,
                "does not fit");
}

TEST(MatpowerImport, FurtherGeneratorsAtTheSlackBusHoldTheSlackVoltage) {
    const Case c = import(tinyWithLine(12, "  1 2 0 5 -5 0.99 100 1 5 0;"));
    EXPECT_EQ(c.generators[0].control, Control::Slack);
    EXPECT_EQ(c.generators[1].control, Control::Voltage);
    EXPECT_EQ(c.generators[1].vm_pu, 1.02);
    EXPECT_EQ(c.generators[1].kind, GeneratorKind::Grid);
}

TEST(MatpowerImport, TheFirstInServiceGeneratorAtTheReferenceBusIsTheSlack) {
    std::vector<std::string> ls = lines(kTiny);
    ls[10] = "  1 0 0 10 -10 0.98 100 0 20 0;";
    ls[11] = "  1 0 0 10 -10 1.03 100 1 20 0;";
    const Case c = import(join(ls));
    EXPECT_FALSE(c.generators[0].in_service);
    EXPECT_EQ(c.generators[0].control, Control::Voltage);
    EXPECT_EQ(c.generators[1].control, Control::Slack);
    EXPECT_EQ(c.generators[1].vm_pu, 1.03);
}

TEST(MatpowerImport, AGeneratorAtAPqBusInjectsFixedPower) {
    const Case c = import(tinyWithLine(12, "  2 2 0.5 5 -5 1.01 100 1 5 0;"));
    EXPECT_EQ(c.generators[1].control, Control::Power);
    EXPECT_EQ(c.generators[1].p_mw, 2.0);
    EXPECT_EQ(c.generators[1].q_mvar, 0.5);
}

TEST(MatpowerImport, OutOfServiceBranchesAndInfiniteRatingsAreKept) {
    const Case c = import(tinyWithLine(16, "  2 3 0.01 0.02 0 Inf 0 0 0 0 0;"));
    EXPECT_FALSE(c.branches[1].in_service);
    EXPECT_EQ(c.branches[1].rate_mva, 0.0);
}

TEST(MatpowerImport, PhaseShiftersAreTransformers) {
    const Case c = import(tinyWithLine(16, "  2 3 0.01 0.02 0 0 0 0 0 -3 1;"));
    EXPECT_EQ(c.branches[1].kind, BranchKind::Transformer);
    EXPECT_EQ(c.branches[1].tap, 1.0);
    EXPECT_EQ(c.branches[1].shift_deg, -3.0);
}

TEST(MatpowerImport, ConversionBlocksWithDefineConstantsAreEvaluated) {
    const Case c = import(tiny("define_constants;\n"
                               "mpc.gen(:, [PG QG]) = mpc.gen(:, [PG QG]) * 2;\n"
                               "mpc.branch(:, BR_B) = 0.001;\n"));
    EXPECT_EQ(c.generators[1].p_mw, 4.0);
    EXPECT_EQ(c.branches[0].b_pu, 0.001);
}

TEST(MatpowerImport, UnknownFunctionIsAnErrorAtItsLine) {
    expectError(tiny("x = frobnicate(3);\n"), 18, "unknown variable or function 'frobnicate'");
}

TEST(MatpowerImport, UnknownVariableIsAnErrorAtItsLine) {
    expectError(tiny("mpc.bus(:, 3) = mpc.bus(:, 3) * scale;\n"), 18, "'scale'");
}

TEST(MatpowerImport, ARowWithTheWrongNumberOfColumnsNamesThatRow) {
    expectError(tinyWithLine(7, "  2 1 5 2 0 0 1 1 0 10 1 1.1;"), 7,
                "this row has 12 columns, the rows above have 13");
}

TEST(MatpowerImport, MatricesNeedTheMandatoryColumns) {
    std::vector<std::string> ls = lines(kTiny);
    for (int k = 5; k <= 7; ++k)
        ls[static_cast<std::size_t>(k)] =
            ls[static_cast<std::size_t>(k)].substr(0, ls[static_cast<std::size_t>(k)].rfind(' ')) +
            ";";
    expectError(join(ls), 6, "mpc.bus has 12 columns; MATPOWER needs 13");
    std::vector<std::string> g = lines(kTiny);
    g[10] = "  1 0 0 10 -10 1.02 100 1 20;";
    g[11] = "  3 2 0 5 -5 1.01 100 1 5;";
    expectError(join(g), 11, "mpc.gen has 9 columns; MATPOWER needs 10");
    std::vector<std::string> b = lines(kTiny);
    b[14] = "  1 2 0.01 0.02 0 0 0 0 0 0;";
    b[15] = "  2 3 0.01 0.02 0 0 0 0 0 0;";
    expectError(join(b), 15, "mpc.branch has 10 columns; MATPOWER needs 11");
}

TEST(MatpowerImport, ABranchToAMissingBusNamesItsRow) {
    expectError(tinyWithLine(16, "  2 9 0.01 0.02 0 0 0 0 0 0 1;"), 16,
                "mpc.branch row 2: to bus 9 is not in mpc.bus");
}

TEST(MatpowerImport, AGeneratorAtAMissingBusNamesItsRow) {
    expectError(tinyWithLine(12, "  7 2 0 5 -5 1.01 100 1 5 0;"), 12,
                "mpc.gen row 2: bus 7 is not in mpc.bus");
}

TEST(MatpowerImport, AnIfStatementIsRejected) {
    expectError(tiny("if mpc.baseMVA > 10\n  mpc.baseMVA = 1;\nend\n"), 18,
                "'if' statements are not supported");
}

TEST(MatpowerImport, OnlyFormatVersion2IsAccepted) {
    expectError(tinyWithLine(3, "mpc.version = '1';"), 3,
                "unsupported MATPOWER case format version '1'");
    expectError(tinyWithLine(3, "mpc.version = 2;"), 3, "version 2;");
    expectError(tinyWithLine(3, ""), 1, "does not set mpc.version");
}

TEST(MatpowerImport, ATruncatedFileReportsTheUnterminatedMatrix) {
    std::vector<std::string> ls = lines(kTiny);
    ls.resize(11); // cut after the first generator row
    expectError(join(ls), 10, "'[' is not closed by ']'");
}

TEST(MatpowerImport, NonNumericTextInAMatrixNamesItsRow) {
    expectError(tinyWithLine(7, "  2 1 five 2 0 0 1 1 0 10 1 1.1 0.9;"), 7, "'five'");
    expectError(tinyWithLine(7, "  2 1 '5' 2 0 0 1 1 0 10 1 1.1 0.9;"), 7,
                "text where a number is needed");
    expectError(tinyWithLine(7, "  2 1 5 2 0 0 1 1 0 10 1 1.1 0.9 $;"), 7,
                "unexpected character '$'");
}

TEST(MatpowerImport, AnIsolatedBusIsRejected) {
    expectError(tinyWithLine(7, "  2 4 5 2 0 0 1 1 0 10 1 1.1 0.9;"), 7,
                "bus 2: isolated bus type 4 is not supported");
    expectError(tinyWithLine(7, "  2 7 5 2 0 0 1 1 0 10 1 1.1 0.9;"), 7, "unknown bus type 7");
}

TEST(MatpowerImport, DuplicateBusNumbersNameBothLines) {
    expectError(tinyWithLine(8, "  2 2 3 1 0 4 1 1 0 10 1 1.1 0.9;"), 8,
                "duplicate bus number 2 (first on line 7)");
}

TEST(MatpowerImport, BusNumbersMustBePositiveIntegers) {
    expectError(tinyWithLine(7, "  2.5 1 5 2 0 0 1 1 0 10 1 1.1 0.9;"), 7,
                "bus number 2.5 is not a positive integer");
    expectError(tinyWithLine(7, "  0 1 5 2 0 0 1 1 0 10 1 1.1 0.9;"), 7, "positive integer");
}

TEST(MatpowerImport, MissingMatricesAreErrors) {
    std::vector<std::string> ls = lines(kTiny);
    ls.resize(13);
    expectError(join(ls), 1, "the case does not set mpc.branch");
    expectError(tinyWithLine(4, ""), 1, "the case does not set mpc.baseMVA");
    expectError("mpc.version = '2';\n", 1, "function mpc = NAME");
}

TEST(MatpowerImport, OverflowInAConversionBlockIsAnErrorAtItsLine) {
    expectError(tiny("mpc.branch(:, 3) = mpc.branch(:, 3) / 0;\n"), 18, "divides by zero");
    expectError(tiny("Vbase = 10^400;\n"), 18, "overflows");
    expectError(tiny("mpc.bus(:, 3) = mpc.bus(:, 3) * sqrt(-2);\n"), 18, "sqrt(-2)");
}

TEST(MatpowerImport, NonFiniteValuesInUsedColumnsAreErrorsAtTheirRow) {
    expectError(tinyWithLine(12, "  3 2 0 Inf -5 1.01 100 1 5 0;"), 12,
                "mpc.gen row 2: Qmax is Inf; a finite number is needed");
    expectError(tinyWithLine(7, "  2 1 -Inf 2 0 0 1 1 0 10 1 1.1 0.9;"), 7, "Pd is -Inf");
}

TEST(MatpowerImport, ModelChecksAreReportedAtTheRowOfTheItem) {
    expectError(tinyWithLine(15, "  1 2 0 0 0 0 0 0 0 0 1;"), 15, "zero impedance");
    expectError(tinyWithLine(16, "  2 3 -0.01 0.02 0 0 0 0 0 0 1;"), 16, "L2");
    expectError(tinyWithLine(15, "  1 1 0.01 0.02 0 0 0 0 0 0 1;"), 15, "to itself");
    expectError(tinyWithLine(4, "mpc.baseMVA = -1;"), 4, "base_mva");
}

TEST(MatpowerImport, MisnamedIdxOutputsAreRejected) {
    expectError(tiny("[F_BUS, T_BUS, BR_X, BR_R] = idx_brch;\n"), 18,
                "output 3 of idx_brch is BR_R, not BR_X");
}

TEST(MatpowerImport, CrLfLineEndsGiveTheSameCase) {
    const Case lf = reference("case33bw");
    std::string crlf;
    for (const std::string& l : lines(readTextFile(GRIDCARBON_TEST_DATA "/matpower/case33bw.m")))
        crlf += l + "\r\n";
    EXPECT_EQ(importMatpower(crlf, "case33bw.m"), lf);
}
