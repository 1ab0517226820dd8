#include "io/CaseJson.h"
#include "topology/Topology.h"
#include "topology/TreeLayout.h"

#include <gtest/gtest.h>

using namespace gridcarbon;

namespace {
Case feeder5() {
    return loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
}
} // namespace

TEST(Topology, OpenTieKeepsFeederRadialAndClosingItMakesALoop) {
    Case c = feeder5();
    Topology t = analyseTopology(c);
    EXPECT_TRUE(t.radial);
    EXPECT_EQ(t.island_count, 1);
    c.branches.back().in_service = true;
    EXPECT_FALSE(analyseTopology(c).radial);
}

TEST(Topology, ParentsDepthAndUpstreamPathFollowTheFeederFromTheSource) {
    const Case c = feeder5();
    const Topology t = analyseTopology(c);
    // buses: 1(root) - 2 - {3 - 4, 5}
    EXPECT_FALSE(t.parent[0].has_value());
    EXPECT_EQ(*t.parent[3], 2u);
    EXPECT_EQ(t.depth[3], 3);
    EXPECT_EQ(t.depth[4], 2);
    EXPECT_EQ(upstreamPath(t, 3), (std::vector<std::size_t>{3, 2, 1, 0}));
    EXPECT_EQ(t.children[1].size(), 2u);
    EXPECT_EQ(t.order.front(), 0u);
}

TEST(Topology, IslandWithLoadButNoSourceIsReported) {
    Case c = feeder5();
    c.branches[3].in_service = false; // 2-5 open: bus 5 (load D5, storage ES5) is cut off
    const Topology t = analyseTopology(c);
    EXPECT_EQ(t.island_count, 2);
    const auto islands = unsuppliedIslands(c, t);
    ASSERT_EQ(islands.size(), 1u);
    EXPECT_EQ(islands.front(), t.island[4]);
}

TEST(TreeLayout, MainFeederIsOneRowAndEveryBusGetsADistinctPoint) {
    Case c = feeder5();
    ensureLayout(c);
    std::set<std::pair<double, double>> seen;
    for (const Bus& b : c.buses) {
        ASSERT_TRUE(b.position.has_value());
        EXPECT_TRUE(seen.insert({b.position->x, b.position->y}).second) << b.id;
    }
    EXPECT_EQ(c.buses[0].position->y, c.buses[3].position->y); // 1 and 4 on the main row
    EXPECT_GT(c.buses[3].position->x, c.buses[2].position->x);
}
