// Power flow on hand-derivable networks, solver choice, and the errors it must give.
#include "io/CaseJson.h"
#include "io/PowerFlowJson.h"
#include "powerflow/PowerFlow.h"
#include "util/Error.h"
#include "util/Text.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace gridcarbon;

namespace {

Case twoBus(double r, double x, double p, double q) {
    Case c;
    c.name = "two-bus";
    c.base_mva = 1.0;
    c.buses = {Bus{.id = "A"}, Bus{.id = "B"}};
    c.branches = {Branch{.id = "AB", .from = "A", .to = "B", .r_pu = r, .x_pu = x}};
    c.loads = {Load{.id = "LB", .bus = "B", .p_mw = p, .q_mvar = q}};
    c.generators = {Generator{.id = "S",
                              .bus = "A",
                              .kind = GeneratorKind::Grid,
                              .control = Control::Slack,
                              .vm_pu = 1.0}};
    return c;
}

Case feeder5() {
    return loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
}

PowerFlowResult run(const Case& c, PowerFlowMethod m = PowerFlowMethod::Auto) {
    PowerFlowOptions o;
    o.method = m;
    return runPowerFlow(c, o);
}

using test::errorOf;

} // namespace

// With V1 = 1 and a load P + jQ behind R + jX, |V2|^2 solves
// v^2 + (2(PR + QX) - 1) v + (P^2 + Q^2)(R^2 + X^2) = 0 (the larger root).
TEST(PowerFlowTwoBus, ReceivingVoltageAndLossMatchTheClosedForm) {
    const double r = 0.02, x = 0.04, p = 0.8, q = 0.6;
    const double b = 2 * (p * r + q * x) - 1, cc = (p * p + q * q) * (r * r + x * x);
    const double v2 = std::sqrt((-b + std::sqrt(b * b - 4 * cc)) / 2);
    const double loss = (p * p + q * q) / (v2 * v2) * r;
    for (auto m : {PowerFlowMethod::BackwardForwardSweep, PowerFlowMethod::Newton}) {
        const PowerFlowResult res = run(twoBus(r, x, p, q), m);
        ASSERT_TRUE(res.converged);
        EXPECT_NEAR(res.buses[1].vm_pu, v2, 1e-10);
        EXPECT_NEAR(res.total_loss_kw, loss * 1e3, 1e-7);
        EXPECT_NEAR(res.generators[0].p_mw, p + loss, 1e-10);
        EXPECT_NEAR(res.branches[0].p_from_mw + res.branches[0].p_to_mw, loss, 1e-10);
    }
}

TEST(PowerFlowTwoBus, ReversedBranchOrientationGivesTheSameState) {
    Case a = twoBus(0.03, 0.05, 0.5, 0.2);
    Case b = a;
    std::swap(b.branches[0].from, b.branches[0].to);
    const PowerFlowResult ra = run(a, PowerFlowMethod::BackwardForwardSweep);
    const PowerFlowResult rb = run(b, PowerFlowMethod::BackwardForwardSweep);
    EXPECT_NEAR(ra.buses[1].vm_pu, rb.buses[1].vm_pu, 1e-12);
    EXPECT_NEAR(rb.branches[0].p_to_mw, ra.branches[0].p_from_mw, 1e-12);
}

TEST(PowerFlowTwoBus, OffNominalTapIsSolvedAlikeBySweepAndNewtonEitherWayRound) {
    for (bool reversed : {false, true}) {
        Case c = twoBus(0.01, 0.08, 0.6, 0.3);
        c.branches[0].kind = BranchKind::Transformer;
        c.branches[0].tap = 0.975;
        c.branches[0].shift_deg = 2.0;
        c.branches[0].b_pu = 0.02;
        if (reversed)
            std::swap(c.branches[0].from, c.branches[0].to);
        const PowerFlowResult s = run(c, PowerFlowMethod::BackwardForwardSweep);
        const PowerFlowResult n = run(c, PowerFlowMethod::Newton);
        EXPECT_NEAR(s.buses[1].vm_pu, n.buses[1].vm_pu, 1e-10);
        EXPECT_NEAR(s.buses[1].va_deg, n.buses[1].va_deg, 1e-8);
    }
}

TEST(PowerFlowFeeder, PvExportRaisesVoltageAndStorageDischargeReducesImport) {
    Case c = feeder5();
    const PowerFlowResult base = run(c);
    c.generators[1].p_mw = 2.0;
    const PowerFlowResult more = run(c);
    EXPECT_GT(more.buses[3].vm_pu, base.buses[3].vm_pu);
    EXPECT_LT(more.generators[0].p_mw, base.generators[0].p_mw - 1.4);
}

TEST(PowerFlowFeeder, CapacitorStepsRaiseVoltageAtTheirBus) {
    Case c = feeder5();
    c.capacitors[0].steps_on = 0;
    const double without = run(c).buses[2].vm_pu;
    c.capacitors[0].steps_on = 4;
    EXPECT_GT(run(c).buses[2].vm_pu, without);
}

TEST(PowerFlowFeeder, AutoPicksSweepForRadialAndNewtonForMeshed) {
    Case c = feeder5();
    EXPECT_EQ(run(c).method, PowerFlowMethod::BackwardForwardSweep);
    c.branches.back().in_service = true;
    const PowerFlowResult r = run(c);
    EXPECT_EQ(r.method, PowerFlowMethod::Newton);
    EXPECT_TRUE(r.converged);
}

TEST(PowerFlowFeeder, ProfileHourScalesLoads) {
    Case c = feeder5();
    c.profiles.push_back(
        Profile{"half", ProfileQuantity::Load, {TypicalDay{"summer", 92, {0.5, 1.0}}}});
    for (Load& l : c.loads)
        l.profile = "half";
    PowerFlowOptions o;
    o.day = "summer";
    o.hour = 0;
    const PowerFlowResult half = runPowerFlow(c, o);
    o.hour = 1;
    const PowerFlowResult full = runPowerFlow(c, o);
    EXPECT_NEAR(full.total_loss_kw, run(c).total_loss_kw, 1e-9);
    EXPECT_LT(half.total_loss_kw, 0.4 * full.total_loss_kw);
    o.hour = 2;
    std::string msg;
    EXPECT_EQ(errorOf([&] { runPowerFlow(c, o); }, &msg), ErrorCode::BadInput);
    EXPECT_NE(msg.find("hour 2"), std::string::npos) << msg;
}

TEST(PowerFlowErrors, MeshedCaseForcedToSweepNamesTheLoopBranch) {
    Case c = feeder5();
    c.branches.back().in_service = true;
    std::string msg;
    EXPECT_EQ(errorOf([&] { run(c, PowerFlowMethod::BackwardForwardSweep); }, &msg),
              ErrorCode::BadInput);
    EXPECT_NE(msg.find("'T45'"), std::string::npos) << msg;
}

TEST(PowerFlowErrors, IslandWithLoadButNoSourceNamesItsBuses) {
    Case c = feeder5();
    c.branches[3].in_service = false;
    std::string msg;
    EXPECT_EQ(errorOf([&] { run(c); }, &msg), ErrorCode::BadInput);
    EXPECT_NE(msg.find("'5'"), std::string::npos) << msg;
}

TEST(PowerFlowErrors, EmptyIslandIsDeEnergisedWithAWarning) {
    Case c = feeder5();
    c.buses.push_back(Bus{.id = "spare"});
    const PowerFlowResult r = run(c);
    EXPECT_TRUE(r.converged);
    EXPECT_FALSE(r.buses.back().energised);
    EXPECT_EQ(r.min_vm_bus, "4");
    ASSERT_FALSE(r.diagnostics.empty());
    EXPECT_EQ(r.diagnostics.front().item_id, "spare");
}

TEST(PowerFlowErrors, ImpossibleLoadDoesNotConvergeAndSaysWhere) {
    Case c = feeder5();
    c.base_mva = 10.0;
    c.loads[2].p_mw = 400.0;
    for (auto m : {PowerFlowMethod::BackwardForwardSweep, PowerFlowMethod::Newton}) {
        const PowerFlowResult r = run(c, m);
        EXPECT_FALSE(r.converged);
        ASSERT_FALSE(r.diagnostics.empty());
        const Diagnostic& d = r.diagnostics.back();
        EXPECT_EQ(d.severity, Diagnostic::Severity::Error);
        // The bus of the largest mismatch, named in the message with the mismatch in MVA (the
        // p.u. value stays in max_mismatch_pu).
        ASSERT_FALSE(d.item_id.empty());
        const double mva = r.max_mismatch_pu * c.base_mva;
        EXPECT_EQ(d.message, "the power flow did not converge after " +
                                 std::to_string(r.iterations) +
                                 " iterations: the largest mismatch is " + roundedNumber(mva) +
                                 " MVA at bus '" + d.item_id + "'");
        ASSERT_TRUE(d.value.has_value());
        EXPECT_DOUBLE_EQ(*d.value, mva);
        EXPECT_EQ(whyNotConverged(r), d.message);
    }
    EXPECT_EQ(whyNotConverged(run(feeder5())), "");
}

TEST(PowerFlowErrors, ZeroImpedanceAndNegativeResistanceAreRefused) {
    Case c = feeder5();
    c.branches[1].r_pu = 0.0;
    c.branches[1].x_pu = 0.0;
    std::string msg;
    EXPECT_EQ(errorOf([&] { run(c); }, &msg), ErrorCode::BadInput);
    EXPECT_NE(msg.find("branches[1]"), std::string::npos) << msg;
    c.branches[1].x_pu = 0.1;
    c.branches[1].r_pu = -0.1;
    EXPECT_EQ(errorOf([&] { run(c); }), ErrorCode::BadInput);
}

TEST(PowerFlowErrors, StopRequestCancels) {
    std::stop_source stop;
    stop.request_stop();
    EXPECT_EQ(errorOf([&] { runPowerFlow(feeder5(), {}, nullptr, stop.get_token()); }),
              ErrorCode::Cancelled);
}

TEST(PowerFlowProgress, ReportsStagesUpToCompletion) {
    struct Recorder : Progress {
        std::vector<double> fractions;
        void report(double f, std::string_view) override { fractions.push_back(f); }
    } rec;
    runPowerFlow(feeder5(), {}, &rec);
    ASSERT_GE(rec.fractions.size(), 3u);
    EXPECT_EQ(rec.fractions.front(), 0.0);
    EXPECT_EQ(rec.fractions.back(), 1.0);
}

TEST(PowerFlowCsv, IdsWithCommasAndQuotesAreQuoted) {
    Case c = twoBus(0.01, 0.02, 0.1, 0.05);
    c.buses[1].id = "B,\"x\"";
    c.branches[0].to = c.buses[1].id;
    c.loads[0].bus = c.buses[1].id;
    const PowerFlowResult r = run(c);
    EXPECT_NE(toCsv(powerFlowBusTable(r)).find("\n\"B,\"\"x\"\"\","), std::string::npos);
    EXPECT_NE(toCsv(powerFlowBranchTable(r)).find(",\"B,\"\"x\"\"\","), std::string::npos);
}

// Issue 14 item 1: the branch table's rows lacked loss_kvar (9 fields under a 10-field header)
// and the bus and branch tables were stacked in one text.
TEST(PowerFlowCsv, EveryTableHasOneColumnPerHeaderFieldIncludingLossKvar) {
    const PowerFlowResult r = run(twoBus(0.01, 0.02, 0.1, 0.05));
    const CsvTable buses = powerFlowBusTable(r), branches = powerFlowBranchTable(r),
                   units = powerFlowUnitTable(r);
    EXPECT_EQ(buses.header, (std::vector<std::string>{"bus", "vm_pu", "va_deg", "energised"}));
    EXPECT_EQ(branches.header, (std::vector<std::string>{"branch", "from", "to", "in_service",
                                                         "p_from_mw", "q_from_mvar", "p_to_mw",
                                                         "q_to_mvar", "loss_kw", "loss_kvar"}));
    EXPECT_EQ(units.header, (std::vector<std::string>{"unit", "p_mw", "q_mvar"}));
    for (const CsvTable* t : {&buses, &branches, &units}) {
        ASSERT_FALSE(t->rows.empty()) << "pf CSV: table " << t->header[0] << " has no rows";
        for (const std::vector<std::string>& row : t->rows)
            EXPECT_EQ(row.size(), t->header.size())
                << "pf CSV: a row of table " << t->header[0] << " has the wrong field count";
        EXPECT_EQ(test::lines(toCsv(*t)).size(), t->rows.size() + 1);
    }
    ASSERT_EQ(branches.rows.size(), 1u);
    EXPECT_NEAR(std::stod(branches.rows[0][9]), r.branches[0].loss_kvar, 1e-12)
        << "pf CSV: loss_kvar";
    EXPECT_GT(r.branches[0].loss_kvar, 0.0);
    EXPECT_EQ(buses.rows[1][3], "1");
}

TEST(PowerFlowUnits, ProfiledUnitReportsTheOutputItInjectedAndPowerBalances) {
    Case c = feeder5();
    c.profiles.push_back(Profile{"sun", ProfileQuantity::PV, {TypicalDay{"d", 1, {0.8}}}});
    c.generators[1].p_mw = 0.0;
    c.generators[1].p_max_mw = 1.0;
    c.generators[1].profile = "sun";
    PowerFlowOptions o;
    o.day = "d";
    const PowerFlowResult r = runPowerFlow(c, o);
    EXPECT_NEAR(r.generators[1].p_mw, 0.8, 1e-12);
    double load = 0.0;
    for (const Load& l : c.loads)
        load += l.p_mw;
    const double generation = r.generators[0].p_mw + r.generators[1].p_mw + c.storages[0].p_mw;
    EXPECT_NEAR(generation - load, r.total_loss_kw / 1e3, 1e-9);
    o.day = "nosuchday";
    EXPECT_EQ(errorOf([&] { runPowerFlow(c, o); }), ErrorCode::BadInput);
}

TEST(PowerFlowUnits, ReactivePowerOfUnitsOnOneBusIsSharedByTheirRangesAsMatpower) {
    Case c = feeder5();
    Generator second = c.generators[0];
    second.id = "GRID2";
    second.q_min_mvar = 0.0;
    second.q_max_mvar = 100.0;
    c.generators[0].q_min_mvar = -10.0;
    c.generators[0].q_max_mvar = 10.0;
    second.control = Control::Voltage;
    second.p_mw = 0.5;
    c.generators.push_back(second);
    const PowerFlowResult r = run(c, PowerFlowMethod::Newton);
    const double total = r.generators[0].q_mvar + r.generators.back().q_mvar;
    const double share = (total + 10.0) / 120.0;
    EXPECT_NEAR(r.generators[0].q_mvar, -10.0 + share * 20.0, 1e-9);
    EXPECT_NEAR(r.generators.back().q_mvar, share * 100.0, 1e-9);
    EXPECT_DOUBLE_EQ(r.generators.back().p_mw, 0.5);
}

TEST(PowerFlowErrors, LateralWithOnlyACapacitorOrAnIdleCandidateIsDeEnergised) {
    Case c = feeder5();
    c.branches[2].in_service = false; // 3-4 open: bus 4 keeps load D4 -> refused
    EXPECT_EQ(errorOf([&] { run(c); }), ErrorCode::BadInput);
    c.loads[2].p_mw = c.loads[2].q_mvar = 0.0;
    c.generators[1].p_mw = 0.0; // PV4 idle
    c.capacitors.push_back(Capacitor{.id = "C4", .bus = "4", .q_step_mvar = 0.1, .steps_on = 1});
    const PowerFlowResult r = run(c);
    EXPECT_TRUE(r.converged);
    EXPECT_FALSE(r.buses[3].energised);
}
