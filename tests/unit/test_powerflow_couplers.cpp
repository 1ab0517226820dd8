// Branches of near-zero impedance (bus couplers, closed switches) are solved with their series
// current as an unknown: every method gives the answer of the network without the branch's
// impedance, never a "converged" solution beside a large mismatch.
#include "carbon/CarbonFlow.h"
#include "carbon/FlowState.h"
#include "powerflow/DcPowerFlow.h"
#include "powerflow/PowerFlow.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <cmath>

namespace gridcarbon {
namespace {

using test::bundledCase;

// ieee33 with branch L4 (buses 4-5) given the impedance r = x = z.
Case ieee33WithL4(double z) {
    Case c = bundledCase("ieee33");
    c.branches[3].r_pu = z;
    c.branches[3].x_pu = z;
    return c;
}

constexpr PowerFlowMethod kMethods[] = {
    PowerFlowMethod::Auto, PowerFlowMethod::BackwardForwardSweep, PowerFlowMethod::Newton};

TEST(Couplers, ANearZeroImpedanceGivesTheRightAnswerWithEveryMethod) {
    for (const double z : {1e-300, 1e-100, 1e-16, 1e-9, 5e-7}) {
        const Case c = ieee33WithL4(z);
        for (const PowerFlowMethod method : kMethods) {
            const PowerFlowResult r = runPowerFlow(c, {.method = method});
            SCOPED_TRACE("z = " + std::to_string(z) + ", " + std::string(toString(method)));
            ASSERT_TRUE(r.converged) << whyNotConverged(r);
            EXPECT_NEAR(r.total_loss_kw, 181.41, 0.01);
            EXPECT_NEAR(r.min_vm_pu, 0.921119, 1e-6);
            EXPECT_LT(r.max_mismatch_pu, 1e-9);
            // Nothing is lost in the coupler but its own I^2 r, at most 1e-6 * 0.4^2 p.u.
            EXPECT_LT(std::abs(r.branches[3].loss_kw), 1e-3);
        }
    }
}

TEST(Couplers, ACouplersFlowIsWhatItsSideOfTheFeederDraws) {
    const PowerFlowResult coupled = runPowerFlow(ieee33WithL4(1e-300));
    // Bus 5 takes L4's flow and passes on what L5 carries plus its own load (0.06 + j0.03 MVA).
    const BranchFlow& l4 = coupled.branches[3];
    const BranchFlow& l5 = coupled.branches[4];
    EXPECT_NEAR(l4.p_from_mw, -l4.p_to_mw, 1e-9);
    EXPECT_NEAR(-l4.p_to_mw - l5.p_from_mw, 0.06, 1e-9);
    EXPECT_NEAR(-l4.q_to_mvar - l5.q_from_mvar, 0.03, 1e-9);
    // The same flow as through a real but tiny line, which Ybus still handles.
    const PowerFlowResult line =
        runPowerFlow(ieee33WithL4(2e-6), {.method = PowerFlowMethod::Newton});
    EXPECT_NEAR(l4.p_from_mw, line.branches[3].p_from_mw, 1e-5);
    EXPECT_NEAR(l4.q_from_mvar, line.branches[3].q_from_mvar, 1e-5);
}

TEST(Couplers, ACouplerClosingALoopCarriesTheLoopsShareUnderNewton) {
    // ieee14's branch 4-5 (in the loop 1-2-4-5) made a coupler, buses 4 and 5 one node. The
    // reference is the same network with lines of 2e-6 and 4e-6 p.u. there (still in Ybus),
    // extrapolated to zero impedance: 2 f(2e-6) - f(4e-6).
    Case c = bundledCase("ieee14");
    std::size_t k = 0;
    while (!(c.branches[k].from == "4" && c.branches[k].to == "5"))
        ++k;
    const auto solvedWith = [&](double z) {
        c.branches[k].r_pu = c.branches[k].x_pu = z;
        PowerFlowResult r = runPowerFlow(c);
        EXPECT_TRUE(r.converged) << whyNotConverged(r);
        return r;
    };
    const PowerFlowResult a = solvedWith(1e-200);
    const PowerFlowResult near = solvedWith(2e-6);
    const PowerFlowResult far = solvedWith(4e-6);
    EXPECT_LT(a.max_mismatch_pu, 1e-9);
    EXPECT_NEAR(a.buses[3].vm_pu, a.buses[4].vm_pu, 1e-12);
    EXPECT_NEAR(a.buses[3].va_deg, a.buses[4].va_deg, 1e-10);
    const auto atZero = [](double n, double f) {
        return 2.0 * n - f;
    };
    EXPECT_NEAR(a.branches[k].p_from_mw,
                atZero(near.branches[k].p_from_mw, far.branches[k].p_from_mw), 1e-4);
    EXPECT_NEAR(a.branches[k].q_from_mvar,
                atZero(near.branches[k].q_from_mvar, far.branches[k].q_from_mvar), 1e-4);
    EXPECT_NEAR(a.total_loss_kw, atZero(near.total_loss_kw, far.total_loss_kw), 1e-3);
    for (std::size_t i = 0; i < a.buses.size(); ++i)
        EXPECT_NEAR(a.buses[i].vm_pu, atZero(near.buses[i].vm_pu, far.buses[i].vm_pu), 1e-8)
            << a.buses[i].id;
}

TEST(Couplers, ACouplerBetweenTwoDifferentVoltageSetPointsIsRefusedNamingIt) {
    // ieee14's buses 2 and 3 are held at 1.045 and 1.01 p.u.
    Case c = bundledCase("ieee14");
    for (Branch& br : c.branches)
        if (br.from == "2" && br.to == "3")
            br.r_pu = br.x_pu = 1e-12;
    std::string message;
    EXPECT_EQ(test::errorOf([&] { runPowerFlow(c); }, &message), ErrorCode::BadInput);
    EXPECT_NE(message.find("joins buses '2' and '3', which units hold at different voltages "
                           "(1.045 and 1.01 p.u.)"),
              std::string::npos)
        << message;
}

TEST(Couplers, TheDcPowerFlowSolvesACouplerWithoutDividingByItsReactance) {
    // On a radial feeder the DC flows do not depend on the reactances at all.
    const PowerFlowResult normal = runDcPowerFlow(bundledCase("ieee33"));
    Case c = ieee33WithL4(1e-300);
    c.branches[3].x_pu = 0.0; // a coupler needs no reactance
    const PowerFlowResult coupled = runDcPowerFlow(c);
    for (std::size_t k = 0; k < normal.branches.size(); ++k)
        EXPECT_NEAR(coupled.branches[k].p_from_mw, normal.branches[k].p_from_mw, 1e-9)
            << normal.branches[k].id;
    EXPECT_NEAR(coupled.buses[3].va_deg, coupled.buses[4].va_deg, 1e-12);
}

TEST(Couplers, CarbonFlowThroughACouplerKeepsTheGridsIntensity) {
    // One source (the grid): every bus has its intensity, and the losses carry the emissions
    // of 181.41 kW (before couplers, bus 5 showed 0 t/MWh and bus 4 11.2 t/MWh).
    const Case c = ieee33WithL4(1e-300);
    const carbon::FlowState state = carbon::flowStateFromPowerFlow(c, runPowerFlow(c), "", 0);
    const carbon::CarbonFlowResult r = carbon::computeCarbonFlow(c, state);
    const double grid = r.buses[0].intensity_t_per_mwh;
    for (const carbon::BusCarbon& bus : r.buses)
        EXPECT_NEAR(bus.intensity_t_per_mwh, grid, 1e-9) << bus.id;
    EXPECT_NEAR(r.totals.loss_t_per_h, 0.18141 * grid, 1e-5);
}

} // namespace
} // namespace gridcarbon
