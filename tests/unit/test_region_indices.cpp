// The geometric indices of an operating region (core/region/Indices.h) on shapes whose values
// are known in closed form: the unit cube and the right triangle.
#include "geometry/ConvexHull.h"
#include "region/Indices.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

using namespace gridcarbon;
using namespace gridcarbon::region;
using geometry::PointN;

namespace {

geometry::Hull unitCube() {
    std::vector<PointN> corners;
    for (int i = 0; i < 8; ++i)
        corners.push_back({double(i & 1), double((i >> 1) & 1), double((i >> 2) & 1)});
    return geometry::convexHull(corners);
}

geometry::Hull rightTriangle() {
    return geometry::convexHull({{0, 0}, {1, 0}, {0, 1}});
}

} // namespace

TEST(RegionIndices, UnitCubeHasUnitSectionsFullCouplingAndNoChange) {
    const RegionIndices x = computeIndices(unitCube(), {0.5, 0.5, 0.5});
    EXPECT_NEAR(x.volume, 1.0, 1e-12);
    ASSERT_EQ(x.sections.size(), 3u);
    for (const SectionCurve& s : x.sections) {
        EXPECT_EQ(s.area.size(), static_cast<std::size_t>(kSectionSlabs));
        EXPECT_NEAR(s.min, 1.0, 1e-9) << "axis " << s.axis;
        EXPECT_NEAR(s.max, 1.0, 1e-9) << "axis " << s.axis;
    }
    ASSERT_EQ(x.coupling.size(), 3u); // (0, 1), (0, 2), (1, 2)
    for (const CouplingFactor& cf : x.coupling)
        EXPECT_NEAR(cf.value, 1.0, 1e-9) << cf.first << "-" << cf.second;
    ASSERT_EQ(x.average_change_rate_pct.size(), 3u);
    for (double rate : x.average_change_rate_pct)
        EXPECT_NEAR(rate, 0.0, 1e-9);
    // The inscribed ball of radius 1/2 over the unit volume.
    EXPECT_NEAR(x.inscribed.radius, 0.5, 1e-9);
    EXPECT_NEAR(x.equilibrium_degree, 4.0 / 3.0 * std::numbers::pi * 0.125, 1e-9);
    EXPECT_NEAR(x.margin_mw, 0.5, 1e-12);
}

TEST(RegionIndices, MarginOfAPointOutsideTheCubeIsMinusItsDistance) {
    EXPECT_NEAR(computeIndices(unitCube(), {2.0, 0.5, 0.5}).margin_mw, -1.0, 1e-12);
}

TEST(RegionIndices, RightTriangleHasHalfAreaHalfCouplingAndShrinkingChords) {
    const RegionIndices x = computeIndices(rightTriangle(), {0.25, 0.25});
    EXPECT_NEAR(x.volume, 0.5, 1e-12);
    ASSERT_EQ(x.coupling.size(), 1u);
    EXPECT_NEAR(x.coupling[0].value, 0.5, 1e-12);
    ASSERT_EQ(x.sections.size(), 2u);
    for (const SectionCurve& s : x.sections) {
        ASSERT_EQ(s.area.size(), static_cast<std::size_t>(kSectionSlabs));
        for (std::size_t j = 0; j < s.area.size(); ++j) {
            // The chord at x[axis] = a runs from 0 to 1 - a.
            EXPECT_NEAR(s.area[j], 1.0 - s.at_mw[j], 1e-12) << "axis " << s.axis << " slab " << j;
            if (j > 0) {
                EXPECT_LT(s.area[j], s.area[j - 1]) << "axis " << s.axis << " slab " << j;
            }
        }
        EXPECT_NEAR(s.max, 1.0 - 0.5 / kSectionSlabs, 1e-12);
        EXPECT_NEAR(s.min, 0.5 / kSectionSlabs, 1e-12);
        EXPECT_NEAR(s.at_max_mw, 0.5 / kSectionSlabs, 1e-12);
    }
    // Chords 0.95, 0.85, ..., 0.05 at the midpoints of ten slabs: each step of 0.1 relative to
    // the larger chord.
    double rate = 0.0;
    for (int j = 0; j + 1 < kChangeRateSlabs; ++j)
        rate += 0.1 / (1.0 - (j + 0.5) / kChangeRateSlabs);
    rate *= 100.0 / (kChangeRateSlabs - 1);
    ASSERT_EQ(x.average_change_rate_pct.size(), 2u);
    for (double r : x.average_change_rate_pct)
        EXPECT_NEAR(r, rate, 1e-9);
    // Inradius (a + b - c) / 2 of the legs 1, 1 and the hypotenuse sqrt2.
    const double r = (2.0 - std::sqrt(2.0)) / 2.0;
    EXPECT_NEAR(x.inscribed.radius, r, 1e-9);
    EXPECT_NEAR(x.equilibrium_degree, std::numbers::pi * r * r / 0.5, 1e-9);
    EXPECT_NEAR(x.margin_mw, 0.25, 1e-12); // nearer the legs than the hypotenuse (0.354)
}
