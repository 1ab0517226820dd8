// Paper 003's findings on microgrid-a (sections 5.3 and 5.4) and the relations between the
// region methods: how the region grows with the carbon cap and with renewables, and that the
// DC grid scan is optimistic and the AC ray bisection conservative. The measured volumes are
// printed and recorded as test properties so that they can be quoted.
#include "region/RegionStudy.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace gridcarbon;
using namespace gridcarbon::region;
using test::bundledCase;

namespace {

double volume(const Case& c, const std::vector<std::string>& observed, RegionOptions o = {}) {
    o.observed = observed;
    return runRegion(c, o).hull.volume;
}

void report(const std::string& key, double value) {
    std::ostringstream text;
    text.precision(6);
    text << value;
    ::testing::Test::RecordProperty(key, text.str());
    std::cout << key << " = " << text.str() << "\n";
}

Generator& generator(Case& c, const std::string& id) {
    for (Generator& g : c.generators)
        if (g.id == id)
            return g;
    throw std::runtime_error("no generator " + id);
}

const std::vector<std::string> kObserved{"3", "5", "7"};

} // namespace

TEST(RegionPaperFindings, VolumeGrowsWithTheCapUntilSecurityLimitsBind) {
    const Case c = bundledCase("microgrid-a");
    std::vector<double> v;
    for (double cap : {40.0, 50.0, 70.0, 100.0}) {
        RegionOptions o;
        o.cap_t = cap;
        v.push_back(volume(c, kObserved, o));
        report("volume_mw3_cap_" + std::to_string(static_cast<int>(cap)), v.back());
    }
    EXPECT_LT(v[0], v[1]);
    EXPECT_LT(v[1], v[2]);
    // Past 70 t the network's limits, not the cap, bound the region.
    EXPECT_LT((v[3] - v[2]) / v[2], 0.05);
}

TEST(RegionPaperFindings, MoreRenewablesEnlargeTheRegionWhereverTheyAre) {
    const Case base = bundledCase("microgrid-a");
    Case doubled = base;
    for (const char* id : {"WT1", "PV1"})
        generator(doubled, id).p_max_mw *= 2.0;
    Case moved = base;
    generator(moved, "WT1").bus = "5";
    generator(moved, "PV1").bus = "7";
    Case movedDoubled = moved;
    for (const char* id : {"WT1", "PV1"})
        generator(movedDoubled, id).p_max_mw *= 2.0;

    const double vBase = volume(base, kObserved);
    const double vDoubled = volume(doubled, kObserved);
    const double vMoved = volume(moved, kObserved);
    const double vMovedDoubled = volume(movedDoubled, kObserved);
    report("volume_mw3_base", vBase);
    report("volume_mw3_doubled", vDoubled);
    report("volume_mw3_moved", vMoved);
    report("volume_mw3_moved_doubled", vMovedDoubled);
    EXPECT_GT(vDoubled, vBase);
    EXPECT_GT(vMovedDoubled, vMoved);
}

TEST(RegionMethods, DcGridScanIsOptimisticAgainstTheSocrGridScan) {
    const Case c = bundledCase("microgrid-a");
    RegionOptions o;
    o.step = 0.25;
    o.method = Method::Hba;
    const double hba = volume(c, {"3", "5"}, o);
    o.method = Method::Scba;
    const double scba = volume(c, {"3", "5"}, o);
    report("area_mw2_hba_step_0.25", hba);
    report("area_mw2_scba_step_0.25", scba);
    EXPECT_GE(hba, scba);
}

TEST(RegionMethods, AcRayBisectionIsConservativeAgainstTheAdaptiveSandwich) {
    const Case c = bundledCase("microgrid-a");
    RegionOptions o;
    o.method = Method::Chba;
    o.rays = 16;
    const double chba = volume(c, {"3", "5"}, o);
    const double adaptive = volume(c, {"3", "5"});
    report("area_mw2_chba_rays_16", chba);
    report("area_mw2_adaptive", adaptive);
    EXPECT_LE(chba, adaptive * 1.01);
}
