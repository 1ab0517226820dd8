// Generated radial feeders (model/SyntheticFeeder.h): same seed, same case; and the PV units
// the OPF scale benchmark dispatches.
#include "model/SyntheticFeeder.h"
#include "opf/Opf.h"

#include <gtest/gtest.h>

using namespace gridcarbon;

TEST(SyntheticFeeder, SameSeedGivesTheSameFeeder) {
    const SyntheticFeederOptions o{.buses = 200, .seed = 3, .der_every = 20};
    EXPECT_EQ(syntheticRadialFeeder(o), syntheticRadialFeeder(o));
    SyntheticFeederOptions other = o;
    other.seed = 4;
    EXPECT_NE(syntheticRadialFeeder(o), syntheticRadialFeeder(other));
}

TEST(SyntheticFeeder, EveryTwentiethBusGetsAPvUnitWithReactiveRoomBothWays) {
    const Case c = syntheticRadialFeeder({.buses = 100, .der_every = 20});
    ASSERT_EQ(c.generators.size(), 1u + 4u); // the grid, and PV at buses 21, 41, 61, 81
    EXPECT_EQ(c.generators[1].bus, "21");
    EXPECT_EQ(c.generators[4].bus, "81");
    for (std::size_t g = 1; g < c.generators.size(); ++g) {
        EXPECT_EQ(c.generators[g].kind, GeneratorKind::PV);
        EXPECT_GT(c.generators[g].p_max_mw, 0.0);
        EXPECT_DOUBLE_EQ(c.generators[g].q_max_mvar, 0.5 * c.generators[g].p_max_mw);
        EXPECT_DOUBLE_EQ(c.generators[g].q_min_mvar, -c.generators[g].q_max_mvar);
    }
}

TEST(SyntheticFeeder, LossOpfUsesThePvReactivePowerInsideItsLimits) {
    const Case c = syntheticRadialFeeder({.buses = 200, .der_every = 20});
    opf::OpfOptions o;
    o.recover_ac = false;
    const opf::OpfResult r = opf::runOpf(c, o);
    ASSERT_EQ(r.status, opt::Status::Optimal);
    EXPECT_LE(r.gap, 1e-6);
    int interior = 0;
    for (const opf::DeviceResult& d : r.periods.at(0).devices)
        for (const Generator& g : c.generators)
            if (g.id == d.id && g.kind == GeneratorKind::PV && d.q_mvar > g.q_min_mvar + 1e-6 &&
                d.q_mvar < g.q_max_mvar - 1e-6)
                ++interior;
    EXPECT_GE(interior, 1);
}
