// Typical carbon intensities by fuel and kind (core/model/CarbonDefaults.h): the values the
// bundled cases use, and whether a case carries carbon data at all.
#include "io/CaseFile.h"
#include "model/CarbonDefaults.h"

#include <gtest/gtest.h>

namespace gridcarbon {
namespace {

Generator unit(GeneratorKind kind, const std::string& fuel) {
    Generator g; // the id plays no part in the typical value
    g.kind = kind;
    g.fuel = fuel;
    return g;
}

TEST(CarbonDefaults, FuelNamesTheTypicalIntensity) {
    EXPECT_DOUBLE_EQ(*typicalCarbonIntensity(unit(GeneratorKind::Thermal, "coal")), 0.875);
    EXPECT_DOUBLE_EQ(*typicalCarbonIntensity(unit(GeneratorKind::Thermal, "Gas")), 0.52);
    EXPECT_DOUBLE_EQ(*typicalCarbonIntensity(unit(GeneratorKind::MT, "gas")), 0.55);
    EXPECT_DOUBLE_EQ(*typicalCarbonIntensity(unit(GeneratorKind::Thermal, "diesel")), 0.75);
    EXPECT_DOUBLE_EQ(*typicalCarbonIntensity(unit(GeneratorKind::Thermal, "nuclear")), 0.0);
    EXPECT_DOUBLE_EQ(*typicalCarbonIntensity(unit(GeneratorKind::WT, "wind")), 0.0);
    EXPECT_FALSE(typicalCarbonIntensity(unit(GeneratorKind::Thermal, "peat moss")).has_value());
}

TEST(CarbonDefaults, KindNamesItWithoutAFuel) {
    EXPECT_DOUBLE_EQ(*typicalCarbonIntensity(unit(GeneratorKind::Grid, "")), 0.58);
    EXPECT_DOUBLE_EQ(*typicalCarbonIntensity(unit(GeneratorKind::Thermal, "")), 0.875);
    EXPECT_DOUBLE_EQ(*typicalCarbonIntensity(unit(GeneratorKind::MT, "")), 0.55);
    for (GeneratorKind clean : {GeneratorKind::WT, GeneratorKind::PV, GeneratorKind::HT})
        EXPECT_DOUBLE_EQ(*typicalCarbonIntensity(unit(clean, "")), 0.0);
}

TEST(CarbonDefaults, BundledFeederMatchesItsTypicalValues) {
    const Case c = loadCase(GRIDCARBON_CASES "/ieee33-der.json");
    for (const Generator& g : c.generators) {
        const auto typical = typicalCarbonIntensity(g);
        ASSERT_TRUE(typical.has_value()) << g.id;
        EXPECT_NEAR(*typical, g.carbon_intensity_t_per_mwh, 1e-12) << g.id;
    }
}

TEST(CarbonDefaults, CarbonDataNeedsOneEmittingUnitInService) {
    Case c = loadCase(GRIDCARBON_CASES "/ieee33-der.json");
    EXPECT_TRUE(hasCarbonData(c));
    for (Generator& g : c.generators)
        g.carbon_intensity_t_per_mwh = 0.0;
    EXPECT_FALSE(hasCarbonData(c));
    c.generators[0].carbon_no_load_t_per_h = 0.1;
    EXPECT_TRUE(hasCarbonData(c));
    c.generators[0].in_service = false;
    EXPECT_FALSE(hasCarbonData(c));
}

} // namespace
} // namespace gridcarbon
