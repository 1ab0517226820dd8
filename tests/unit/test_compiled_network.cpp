// A network compiled once and solved at many operating points gives what a fresh power flow
// of the same case gives.
#include "TestSupport.h"

#include "operation/AcOperatingPoint.h"
#include "powerflow/PowerFlow.h"

#include <gtest/gtest.h>

namespace gridcarbon {
namespace {

void expectSameFlow(const PowerFlowResult& a, const PowerFlowResult& b) {
    ASSERT_EQ(a.converged, b.converged);
    ASSERT_EQ(a.buses.size(), b.buses.size());
    for (std::size_t i = 0; i < a.buses.size(); ++i) {
        EXPECT_NEAR(a.buses[i].vm_pu, b.buses[i].vm_pu, 1e-12) << a.buses[i].id;
        EXPECT_NEAR(a.buses[i].va_deg, b.buses[i].va_deg, 1e-10) << a.buses[i].id;
    }
    for (std::size_t k = 0; k < a.branches.size(); ++k)
        EXPECT_NEAR(a.branches[k].loss_kw, b.branches[k].loss_kw, 1e-9) << a.branches[k].id;
    for (std::size_t g = 0; g < a.generators.size(); ++g) {
        EXPECT_NEAR(a.generators[g].p_mw, b.generators[g].p_mw, 1e-10) << a.generators[g].id;
        EXPECT_NEAR(a.generators[g].q_mvar, b.generators[g].q_mvar, 1e-10) << a.generators[g].id;
    }
}

TEST(CompiledNetwork, EveryHourOfADayMatchesAFreshPowerFlowOfThatHour) {
    const Case c = test::bundledCase("ieee33-der");
    CompiledNetwork network(c);
    for (int hour : {0, 7, 12, 19, 23}) {
        network.setOperatingPoint(operatingPointOf(c, {"winter", hour}));
        PowerFlowOptions o;
        o.day = "winter";
        o.hour = hour;
        expectSameFlow(network.solve(), runPowerFlow(c, o));
    }
}

TEST(CompiledNetwork, NewInjectionsAndCapacitorStepsMatchTheEditedCase) {
    Case c = test::bundledCase("ieee33-der");
    ASSERT_FALSE(c.capacitors.empty());
    CompiledNetwork network(c);

    Case edited = c;
    edited.loads[3].p_mw *= 1.7;
    edited.loads[3].q_mvar *= 0.4;
    edited.generators[1].p_mw = 0.31;
    edited.storages[0].p_mw = -0.2;
    edited.capacitors[0].steps_on = edited.capacitors[0].steps;
    network.setOperatingPoint(operatingPointOf(edited, {}));
    const PowerFlowResult compiled = network.solve();
    expectSameFlow(compiled, runPowerFlow(edited));

    // And back: the banks' shunts are replaced, not accumulated.
    network.setOperatingPoint(operatingPointOf(c, {}));
    expectSameFlow(network.solve(), runPowerFlow(c));
}

TEST(CompiledNetwork, NewtonOnACompiledMeshedNetworkMatchesAFreshSolve) {
    Case c = test::bundledCase("ieee14");
    CompiledNetwork network(c);
    Case edited = c;
    for (Load& l : edited.loads)
        l.p_mw *= 1.1;
    network.setOperatingPoint(operatingPointOf(edited, {}));
    expectSameFlow(network.solve(), runPowerFlow(edited));
}

TEST(CompiledNetwork, AnOperatingPointOfTheWrongSizeIsRefusedByName) {
    const Case c = test::bundledCase("ieee33");
    CompiledNetwork network(c);
    OperatingPoint x = operatingPointOf(c, {});
    x.load_p_mw.pop_back();
    std::string message;
    EXPECT_EQ(test::errorOf([&] { network.setOperatingPoint(x); }, &message), ErrorCode::BadInput);
    EXPECT_NE(message.find("load_p_mw"), std::string::npos) << message;
}

TEST(CompiledNetwork, AcCheckCaseTurnsVoltageUnitsIntoInjectionsAndDropsCandidates) {
    Case c = test::bundledCase("ieee14");
    c.generators[1].candidate = true;
    const Case check = operation::acCheckCase(c);
    EXPECT_FALSE(check.generators[1].in_service);
    for (const Generator& g : check.generators) {
        if (g.in_service) {
            EXPECT_NE(g.control, Control::Voltage) << g.id;
        }
    }
}

} // namespace
} // namespace gridcarbon
