// Multi-period OPF (docs/opf.md) on the bundled feeders: the SOC relaxation against the exact
// AC power flow, nodal prices against finite differences, the lossless formulations, storage
// bookkeeping, MILP decisions and the diagnosis of an impossible case.
#include "io/CaseJson.h"
#include "operation/OperationBuilder.h"
#include "opf/Opf.h"
#include "opt/Verify.h"
#include "powerflow/PowerFlow.h"
#include "util/Error.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace gridcarbon;
using namespace gridcarbon::opf;
using formulations::Formulation;

namespace {

using test::bundledCase;

const DeviceResult& device(const PeriodResult& p, const std::string& id) {
    for (const DeviceResult& d : p.devices)
        if (d.id == id)
            return d;
    throw std::runtime_error("no device " + id);
}

} // namespace

TEST(OpfSocr, Ieee33LossMinimumIsThePowerFlowAndTheRelaxationIsExact) {
    // Without installed DERs the grid supplies everything: the optimum is the power flow.
    const Case c = bundledCase("ieee33");
    const OpfResult r = runOpf(c, OpfOptions{});
    ASSERT_EQ(r.status, opt::Status::Optimal);
    EXPECT_NEAR(r.objective, 0.202677, 1e-6); // MATPOWER runpf, case33bw
    EXPECT_LT(r.relaxation_gap_max, 1e-6);
    ASSERT_EQ(r.ac.size(), 1u);
    EXPECT_TRUE(r.ac[0].converged);
    EXPECT_NEAR(r.ac[0].pf_loss_mw, r.objective, 1e-6);
    EXPECT_LT(r.ac[0].vm_max_difference_pu, 1e-6);
    EXPECT_LE(r.max_cone_violation, 1e-7);
}

TEST(OpfSocr, Ieee33WithDersLossesMatchTheAcPowerFlowAtTheOptimisedInjections) {
    const Case c = bundledCase("ieee33-der");
    const OpfResult r = runOpf(c, OpfOptions{});
    ASSERT_EQ(r.status, opt::Status::Optimal);
    // DERs near the loads cut the 202.7 kW of the bare feeder by far.
    EXPECT_LT(r.objective, 0.05);
    EXPECT_LT(r.relaxation_gap_max, 1e-6);
    EXPECT_NEAR(r.ac[0].pf_loss_mw, r.ac[0].opf_loss_mw, 1e-6);
    EXPECT_NEAR(r.ac[0].opf_loss_mw, r.objective, 1e-12);
}

TEST(OpfSocr, NodalPricesEqualFiniteDifferencesOfTheLossesOnIeee33) {
    Case c = bundledCase("ieee33");
    OpfOptions o;
    o.recover_ac = false;
    o.solve.cone_tolerance = 1e-9;
    const OpfResult base = runOpf(c, o);
    ASSERT_EQ(base.status, opt::Status::Optimal);
    const double h = 1e-3; // MW
    int checked = 0;
    for (std::size_t li = 0; li < c.loads.size(); li += 3) {
        const std::string bus = c.loads[li].bus;
        auto objectiveWith = [&](double delta) {
            Case shifted = c;
            shifted.loads[li].p_mw += delta;
            const OpfResult r = runOpf(shifted, o);
            EXPECT_EQ(r.status, opt::Status::Optimal);
            return r.objective;
        };
        const double fd = (objectiveWith(h) - objectiveWith(-h)) / (2.0 * h);
        double price = 0.0;
        for (const BusResult& b : base.periods[0].buses)
            if (b.id == bus)
                price = b.p_price_per_mwh;
        EXPECT_NEAR(price, fd, 1e-4 * std::abs(fd)) << "bus " << bus;
        ++checked;
    }
    EXPECT_GE(checked, 10);
}

TEST(OpfLossless, LossObjectiveIsRefusedOutsideSocr) {
    const Case c = bundledCase("ieee33");
    for (Formulation f : {Formulation::DC, Formulation::LinDistFlow}) {
        OpfOptions o;
        o.formulation = f;
        EXPECT_THROW(runOpf(c, o), Error);
    }
}

TEST(OpfLossless, DcAndLinDistFlowBalanceLoadWithoutLossesAndAreRecoveredByAc) {
    const Case c = bundledCase("ieee33");
    for (Formulation f : {Formulation::DC, Formulation::LinDistFlow}) {
        OpfOptions o;
        o.formulation = f;
        o.objective = Objective::Carbon;
        const OpfResult r = runOpf(c, o);
        ASSERT_EQ(r.status, opt::Status::Optimal);
        // Only the grid supplies: 3.715 MW at 0.58 t/MWh, no losses.
        EXPECT_NEAR(device(r.periods[0], "GRID").p_mw, 3.715, 1e-9);
        EXPECT_NEAR(r.objective, 3.715 * 0.58, 1e-9);
        EXPECT_EQ(r.loss_mwh, 0.0);
        ASSERT_EQ(r.ac.size(), 1u);
        EXPECT_TRUE(r.ac[0].converged);
        EXPECT_NEAR(r.ac[0].pf_loss_mw, 0.202677, 1e-5);
    }
    // LinDistFlow's voltages are the classic approximation: within 1 % of the AC ones here.
    OpfOptions o;
    o.formulation = Formulation::LinDistFlow;
    o.objective = Objective::Cost;
    const OpfResult r = runOpf(c, o);
    EXPECT_LT(r.ac[0].vm_max_difference_pu, 0.01);
    EXPECT_GT(r.ac[0].vm_max_difference_pu, 1e-4);
}

TEST(OpfDay, StorageEnergyFollowsChargeDischargeAndEfficiencyOver24Hours) {
    const Case c = bundledCase("ieee33-der");
    OpfOptions o;
    o.day = "summer";
    o.objective = Objective::Cost;
    o.recover_ac = false;
    const OpfResult r = runOpf(c, o);
    ASSERT_EQ(r.status, opt::Status::Optimal);
    ASSERT_EQ(r.periods.size(), 24u);
    const Storage& es = c.storages[0];
    double previous = es.soc_initial * es.energy_mwh;
    bool cycled = false;
    for (const PeriodResult& p : r.periods) {
        const DeviceResult& d = device(p, es.id);
        ASSERT_TRUE(d.energy_mwh.has_value());
        const double delta = *d.energy_mwh - previous;
        // p = discharge - charge with at most one of them positive at a cost optimum: the
        // change of energy is eta_c * charge or -discharge / eta_d.
        const double expected = d.p_mw < 0 ? -d.p_mw * es.eta_charge : -d.p_mw / es.eta_discharge;
        EXPECT_NEAR(delta, expected, 1e-6) << "hour " << p.hour;
        EXPECT_GE(*d.energy_mwh, es.soc_min * es.energy_mwh - 1e-9);
        EXPECT_LE(*d.energy_mwh, es.soc_max * es.energy_mwh + 1e-9);
        cycled = cycled || std::abs(d.p_mw) > 0.1;
        previous = *d.energy_mwh;
    }
    EXPECT_GE(previous, es.soc_initial * es.energy_mwh - 1e-9);
    EXPECT_TRUE(cycled) << "time-of-use prices should make the storage work";
}

TEST(OpfDay, MinimisingCarbonEmitsNoMoreThanMinimisingCost) {
    const Case c = bundledCase("ieee33-der");
    OpfOptions o;
    o.day = "spring";
    o.recover_ac = false;
    o.objective = Objective::Cost;
    const OpfResult cheapest = runOpf(c, o);
    o.objective = Objective::Carbon;
    const OpfResult cleanest = runOpf(c, o);
    ASSERT_EQ(cheapest.status, opt::Status::Optimal);
    ASSERT_EQ(cleanest.status, opt::Status::Optimal);
    EXPECT_LE(cleanest.carbon_t, cheapest.carbon_t + 1e-6);
    EXPECT_GE(cleanest.cost, cheapest.cost - 1e-6);
    EXPECT_NEAR(cleanest.objective, cleanest.carbon_t, 1e-9);
}

TEST(OpfDay, UnknownDayIsRefusedByName) {
    OpfOptions o;
    o.day = "monsoon";
    try {
        runOpf(bundledCase("ieee33-der"), o);
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("monsoon"), std::string::npos);
        EXPECT_EQ(e.code(), ErrorCode::BadInput);
    }
}

TEST(OpfMilp, StorageAndUnitBinariesOver24HoursSolveToTheGapWithConesHeld) {
    const Case c = bundledCase("ieee33-der");
    OpfOptions o;
    o.day = "summer";
    o.objective = Objective::Cost;
    o.binaries.units = true;
    o.binaries.storage = true;
    o.solve.gap = 1e-4;
    o.recover_ac = false;
    const OpfResult r = runOpf(c, o);
    ASSERT_EQ(r.status, opt::Status::Optimal);
    EXPECT_LE(r.gap, 1e-4);
    EXPECT_LE(r.max_cone_violation, 1e-7);
    EXPECT_LT(r.relaxation_gap_max, 1e-5);
    const Generator* mt = nullptr;
    for (const Generator& g : c.generators)
        if (g.id == "MT2")
            mt = &g;
    ASSERT_NE(mt, nullptr);
    for (const PeriodResult& p : r.periods) {
        const DeviceResult& u = device(p, "MT2");
        ASSERT_TRUE(u.on.has_value());
        if (*u.on)
            EXPECT_GE(u.p_mw, mt->p_min_mw - 1e-7);
        else
            EXPECT_NEAR(u.p_mw, 0.0, 1e-7);
    }
    // Without binaries the MT must run all day at p_min or more; being free to stop it can
    // only make the day cheaper.
    o.binaries = {};
    const OpfResult alwaysOn = runOpf(c, o);
    EXPECT_LE(r.objective, alwaysOn.objective + 1e-6 * std::abs(r.objective));
}

TEST(OpfMilp, SwitchedCapacitorStepsAreIntegerAndInjectStepTimesVoltageSquared) {
    const Case c = bundledCase("ieee33-der");
    OpfOptions o;
    o.binaries.capacitors = true;
    const OpfResult r = runOpf(c, o);
    ASSERT_EQ(r.status, opt::Status::Optimal);
    const DeviceResult& cap = device(r.periods[0], "C30");
    ASSERT_TRUE(cap.steps.has_value());
    EXPECT_GE(*cap.steps, 0);
    EXPECT_LE(*cap.steps, 3);
    // The bank is free to help: losses no higher than with its one fixed step.
    o.binaries = {};
    const OpfResult fixed = runOpf(c, o);
    EXPECT_LE(r.objective, fixed.objective + 1e-9);
    EXPECT_NEAR(r.ac[0].pf_loss_mw, r.ac[0].opf_loss_mw, 1e-6);
}

TEST(OpfInfeasible, LoadsFarBeyondTheFeederNameTheViolatedFamilies) {
    Case c = bundledCase("ieee33");
    for (Load& l : c.loads) {
        l.p_mw *= 10.0;
        l.q_mvar *= 10.0;
    }
    const OpfResult r = runOpf(c, OpfOptions{});
    ASSERT_EQ(r.status, opt::Status::Infeasible);
    ASSERT_FALSE(r.infeasibility.empty());
    std::set<std::string> families;
    for (const opt::Violation& v : r.infeasibility) {
        families.insert(v.family);
        EXPECT_GT(v.amount, 0.0);
        EXPECT_FALSE(v.name.empty());
    }
    EXPECT_EQ(families.count("structure"), 0u);
    // 37 MW cannot come through a 10 MW grid connection at 0.9 p.u.
    EXPECT_TRUE(families.count("device") || families.count("voltage") || families.count("balance"));
    EXPECT_TRUE(r.periods.empty());
}

TEST(OpfSocr, Ieee33DerSolutionVerifiesAgainstItsModelTo1e6) {
    // The OPF's model, built as runOpf builds it and solved, re-checked item by item: every
    // row, bound, integrality and cone holds to 1e-6 at the solver's answer.
    const Case c = bundledCase("ieee33-der");
    operation::OperationSpec spec;
    spec.binaries = OpfOptions{}.binaries;
    operation::OperationProblem p =
        operation::OperationBuilder(c, operation::makeHorizon(c, ""), spec).close();
    p.model.setObjective(p.loss);
    const opt::Solution s = opt::solve(p.model);
    ASSERT_EQ(s.status, opt::Status::Optimal);
    for (const opt::ItemViolation& v : opt::verifySolution(p.model, s, 1e-6))
        ADD_FAILURE() << opt::toString(v.kind) << " '" << v.name << "' (" << v.family << ") by "
                      << v.amount;
    EXPECT_NEAR(opt::Model::value(p.loss, s.x), runOpf(c, OpfOptions{}).objective, 1e-6);
}
