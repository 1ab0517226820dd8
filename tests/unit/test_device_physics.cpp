// The device rules written once (devices/DevicePhysics) and read alike by the power flow, the
// operation problems and the day's carbon simulation.
#include "TestSupport.h"

#include "carbon/CarbonStudy.h"
#include "devices/DevicePhysics.h"
#include "operation/Horizon.h"
#include "opf/Opf.h"
#include "powerflow/PowerFlow.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace gridcarbon {
namespace {

std::size_t unitIndex(const Case& c, const std::string& id) {
    const auto it = std::find_if(c.generators.begin(), c.generators.end(),
                                 [&](const Generator& g) { return g.id == id; });
    return static_cast<std::size_t>(it - c.generators.begin());
}

// IEEE 33 with DERs, its small hydro unit HT6 following the load shape (a river's flow
// over the day), every other unit as bundled.
Case withProfiledHydro() {
    Case c = test::bundledCase("ieee33-der");
    c.generators[unitIndex(c, "HT6")].profile = "load";
    return c;
}

TEST(DevicePhysics, ProfiledHydroHasTheSameAvailablePowerInPowerFlowOpfAndDaySimulation) {
    const Case c = withProfiledHydro();
    const std::size_t ht = unitIndex(c, "HT6");
    const Generator& unit = c.generators[ht];
    const std::string day = "summer";

    // The operation problems' horizon.
    const operation::Horizon h = operation::makeHorizon(c, day);

    // The OPF minimising carbon runs carbon-free hydro at all it has.
    opf::OpfOptions o;
    o.objective = opf::Objective::Carbon;
    o.day = day;
    o.recover_ac = false;
    const opf::OpfResult opf = opf::runOpf(c, o);
    ASSERT_EQ(opf.status, opt::Status::Optimal);

    // The day's carbon simulation on hourly power flows.
    carbon::CarbonStudyOptions cef;
    cef.day = day;
    const carbon::CarbonStudyResult simulated = carbon::runCarbonStudy(c, cef);
    ASSERT_EQ(simulated.outcome, Outcome::Complete);

    double simulatedEnergy = 0.0;
    for (const carbon::SourceDay& s : simulated.carbon.sources)
        if (s.id == "HT6")
            simulatedEnergy = s.supplied_mwh;

    double expectedEnergy = 0.0;
    bool varies = false;
    for (int t = 0; t < h.periods; ++t) {
        const double available = devices::availableMw(c, unit, day, t);
        varies = varies || std::abs(available - unit.p_max_mw) > 1e-3;
        expectedEnergy += available;
        EXPECT_DOUBLE_EQ(h.p_max_mw[t][ht], available) << "horizon, hour " << t;

        PowerFlowOptions pf;
        pf.day = day;
        pf.hour = t;
        const PowerFlowResult flow = runPowerFlow(c, pf);
        ASSERT_TRUE(flow.converged);
        EXPECT_DOUBLE_EQ(flow.generators[ht].p_mw, available) << "power flow, hour " << t;

        double dispatched = -1.0;
        for (const opf::DeviceResult& d : opf.periods[t].devices)
            if (d.id == "HT6")
                dispatched = d.p_mw;
        EXPECT_NEAR(dispatched, available, 1e-6) << "OPF, hour " << t;
    }
    EXPECT_TRUE(varies) << "the profile should move the hydro unit's availability";
    EXPECT_NEAR(simulatedEnergy, expectedEnergy, 1e-9);
}

TEST(DevicePhysics, StorageEnergyChangeChargesAtEtaChargeAndDischargesAtOneOverEtaDischarge) {
    Storage s;
    s.eta_charge = 0.9;
    s.eta_discharge = 0.8;
    EXPECT_DOUBLE_EQ(devices::storedEnergyChangeMwh(s, -1.0, 2.0), 1.8);
    EXPECT_DOUBLE_EQ(devices::storedEnergyChangeMwh(s, 1.0, 2.0), -2.5);
    EXPECT_DOUBLE_EQ(devices::storedEnergyChangeMwh(s, 0.0, 1.0), 0.0);
}

TEST(DevicePhysics, PartLoadIntensityAddsTheNoLoadEmissionPerMegawatt) {
    Generator mt;
    mt.carbon_intensity_t_per_mwh = 0.5;
    mt.carbon_no_load_t_per_h = 0.1;
    EXPECT_DOUBLE_EQ(devices::emissionTPerH(mt, 2.0), 1.1);
    EXPECT_DOUBLE_EQ(devices::outputIntensity(mt, 0.25), 0.9);
    EXPECT_DOUBLE_EQ(devices::outputIntensity(mt, 0.0), 0.0);
}

TEST(DevicePhysics, CandidateUnitsTakeNoPartInOperation) {
    Generator g;
    EXPECT_TRUE(devices::isInstalled(g));
    g.candidate = true;
    EXPECT_FALSE(devices::isInstalled(g));
    Storage s;
    s.in_service = false;
    EXPECT_FALSE(devices::isInstalled(s));
}

} // namespace
} // namespace gridcarbon
