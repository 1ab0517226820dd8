// Elements by reference (the editor's view of a Case) and the defaults of new elements.
#include "model/Element.h"
#include "model/NewElements.h"
#include "model/Validate.h"
#include "powerflow/PowerFlow.h"
#include "topology/NetworkProblems.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace gridcarbon;

namespace {

Case twoBuses() {
    Case c;
    c.buses.push_back(newBus(c, {0, 0}));
    c.buses.push_back(newBus(c, {100, 0}));
    return c;
}

} // namespace

TEST(Element, FindInsertRemoveReplaceRoundTrip) {
    Case c = twoBuses();
    c.branches.push_back(newBranch(c, "1", "2"));
    const Case before = c;

    const auto removed = removeElement(c, {ElementKind::Bus, "1"});
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->index, 0u);
    EXPECT_EQ(c.buses.size(), 1u);
    insertElement(c, *removed);
    EXPECT_EQ(c, before);

    auto bus = std::get<Bus>(findElement(c, {ElementKind::Bus, "2"})->element);
    bus.base_kv = 20.0;
    EXPECT_TRUE(replaceElement(c, bus));
    EXPECT_EQ(c.buses[1].base_kv, 20.0);
    EXPECT_FALSE(replaceElement(c, Bus{.id = "nope"}));
    EXPECT_FALSE(findElement(c, {ElementKind::Load, "1"}));
    EXPECT_FALSE(removeElement(c, {ElementKind::Branch, "BR9"}));
}

TEST(Element, InsertIndexIsClampedToTheEnd) {
    Case c = twoBuses();
    insertElement(c, {Bus{.id = "9"}, 1000});
    EXPECT_EQ(c.buses.back().id, "9");
}

TEST(Element, ElementsOnBusListsBranchesLoadsAndDevices) {
    Case c = twoBuses();
    c.branches.push_back(newBranch(c, "1", "2"));
    c.loads.push_back(std::get<Load>(newDevice(c, NewDevice::Load, "2")));
    c.storages.push_back(std::get<Storage>(newDevice(c, NewDevice::Storage, "2")));
    c.capacitors.push_back(std::get<Capacitor>(newDevice(c, NewDevice::CapacitorUser, "1")));
    const auto on2 = elementsOnBus(c, "2");
    ASSERT_EQ(on2.size(), 3u);
    EXPECT_EQ(on2[0], (ElementRef{ElementKind::Branch, "BR1"}));
    EXPECT_EQ(on2[1], (ElementRef{ElementKind::Load, "LD1"}));
    EXPECT_EQ(on2[2], (ElementRef{ElementKind::Storage, "ES1"}));
}

TEST(Element, FreeIdsAreSharedAcrossDeviceCollections) {
    Case c = twoBuses();
    // Generators, storages and capacitors share one id space (validateCase checks it).
    c.storages.push_back(Storage{.id = "PV1", .bus = "1"});
    EXPECT_EQ(freeId(c, ElementKind::Generator, "PV"), "PV2");
    EXPECT_EQ(freeId(c, ElementKind::Bus, ""), "3");
    EXPECT_EQ(freeId(c, ElementKind::Load, "LD"), "LD1");
}

TEST(Element, KindsAndCollectionsRoundTrip) {
    for (ElementKind k : {ElementKind::Bus, ElementKind::Branch, ElementKind::Load,
                          ElementKind::Generator, ElementKind::Storage, ElementKind::Capacitor})
        EXPECT_EQ(kindFromCollection(collectionName(k)), k);
    EXPECT_FALSE(kindFromCollection("profiles"));
    EXPECT_EQ(kindOf(Element(Capacitor{})), ElementKind::Capacitor);
    EXPECT_EQ(busOf(Element(Load{.id = "L", .bus = "7"})), "7");
    EXPECT_EQ(busOf(Element(Branch{.id = "B", .from = "1", .to = "2"})), "");
}

TEST(NewElements, BranchIsOneKilometreOfTenKilovoltLineInPerUnit) {
    const Case c = twoBuses();
    const Branch br = newBranch(c, "1", "2");
    // Z_base = 10^2 / 100 = 1 ohm at 10 kV on 100 MVA.
    EXPECT_NEAR(br.r_pu, 0.27, 1e-12);
    EXPECT_NEAR(br.x_pu, 0.35, 1e-12);
    EXPECT_NEAR(br.b_pu, 3e-6, 1e-18);
    EXPECT_EQ(br.length_km, 1.0);
    EXPECT_TRUE(br.line_type.empty()); // per-unit values the user may overwrite
    EXPECT_EQ(br.id, "BR1");
}

TEST(NewElements, NewBusTakesTheFeedersVoltage) {
    Case c;
    EXPECT_EQ(newBus(c, {}).base_kv, 10.0);
    c.buses.push_back(Bus{.id = "7", .base_kv = 12.66});
    const Bus b = newBus(c, {1, 2});
    EXPECT_EQ(b.base_kv, 12.66);
    EXPECT_EQ(b.id, "1");
    EXPECT_EQ(b.position, (Point{1, 2}));
}

TEST(NewElements, CapacitorsCarryTheirPaletteLayer) {
    const Case c = twoBuses();
    EXPECT_EQ(std::get<Capacitor>(newDevice(c, NewDevice::CapacitorStationArea, "1")).layer,
              CompensationLayer::DistributionStationArea);
    EXPECT_EQ(std::get<Capacitor>(newDevice(c, NewDevice::CapacitorSubstation, "1")).layer,
              CompensationLayer::Substation);
}

TEST(NewElements, RenewablesFollowTheFirstMatchingProfile) {
    Case c = twoBuses();
    c.profiles.push_back(
        Profile{.id = "sun", .quantity = ProfileQuantity::PV, .days = {{"summer", 1, {0, 1}}}});
    EXPECT_EQ(std::get<Generator>(newDevice(c, NewDevice::PV, "1")).profile, "sun");
    EXPECT_EQ(std::get<Generator>(newDevice(c, NewDevice::WT, "1")).profile, "");
}

TEST(NewElements, DrawnFeederWithDefaultsIsValidAndSolves) {
    Case c = twoBuses();
    c.buses.push_back(newBus(c, {200, 0}));
    c.branches.push_back(newBranch(c, "1", "2"));
    c.branches.push_back(newBranch(c, "2", "3"));
    for (NewDevice d : {NewDevice::Grid, NewDevice::MT})
        c.generators.push_back(std::get<Generator>(newDevice(c, d, "1")));
    for (NewDevice d : {NewDevice::PV, NewDevice::WT, NewDevice::HT})
        c.generators.push_back(std::get<Generator>(newDevice(c, d, "3")));
    c.loads.push_back(std::get<Load>(newDevice(c, NewDevice::Load, "3")));
    c.storages.push_back(std::get<Storage>(newDevice(c, NewDevice::Storage, "2")));
    c.capacitors.push_back(std::get<Capacitor>(newDevice(c, NewDevice::CapacitorLine, "2")));
    EXPECT_TRUE(findNetworkProblems(c).empty());
    const PowerFlowResult r = runPowerFlow(c);
    ASSERT_TRUE(r.converged);
    // 1.5 MW of PV, WT and HT and 0.2 MW of MT against 0.1 MW of load: the grid takes the rest.
    double grid = 0;
    for (const auto& g : r.generators)
        if (g.id == "GRID1")
            grid = g.p_mw;
    EXPECT_LT(grid, -1.55);
    EXPECT_GT(grid, -1.65);
}
