// Engine options are described once: defaults come from the engines' own option structs, and
// a value out of range is refused naming the option.
#include "TestSupport.h"

#include "opf/OpfOptions.h"
#include "region/RegionStudy.h"

#include <gtest/gtest.h>

#include <set>

namespace gridcarbon {
namespace {

template <class O> void expectConsistent(const std::vector<NumberOption<O>>& options) {
    std::set<std::string> names;
    for (const NumberOption<O>& d : options) {
        EXPECT_TRUE(names.insert(d.name).second) << "duplicate option " << d.name;
        EXPECT_FALSE(d.label.empty()) << d.name;
        EXPECT_FALSE(d.help.empty()) << d.name;
        EXPECT_FALSE(d.refusal(d.defaultValue())) << d.name << ": the default is refused";
        // set then get returns the value: the two accessors address one field.
        O o;
        const double inside = d.integer ? std::floor(d.defaultValue() + 1.0)
                                        : (d.defaultValue() + std::min(d.max, 1.0)) / 2.0;
        ASSERT_FALSE(d.refusal(inside)) << d.name << " " << inside;
        d.set(o, inside);
        EXPECT_DOUBLE_EQ(d.get(o), inside) << d.name;
    }
}

TEST(OptionDescriptors, OpfDefaultsAreTheEngineDefaults) {
    expectConsistent(opf::opfNumberOptions());
    const opf::OpfOptions defaults;
    const auto& options = opf::opfNumberOptions();
    EXPECT_DOUBLE_EQ(findOption(options, "gap")->defaultValue(), defaults.solve.gap);
    EXPECT_DOUBLE_EQ(findOption(options, "cone-tol")->defaultValue(),
                     defaults.solve.cone_tolerance);
    EXPECT_DOUBLE_EQ(findOption(options, "time-limit")->defaultValue(), 0.0); // none
}

TEST(OptionDescriptors, RegionDefaultsAreTheEngineDefaults) {
    expectConsistent(region::regionNumberOptions());
    const region::RegionOptions defaults;
    const auto& options = region::regionNumberOptions();
    EXPECT_DOUBLE_EQ(findOption(options, "tol")->defaultValue(), defaults.tolerance);
    EXPECT_DOUBLE_EQ(findOption(options, "step")->defaultValue(), defaults.step);
    EXPECT_DOUBLE_EQ(findOption(options, "cone-tol")->defaultValue(),
                     defaults.solve.cone_tolerance);
}

TEST(OptionDescriptors, AValueOutOfRangeIsRefusedNamingLabelFlagAndLimit) {
    const auto* tol = findOption(region::regionNumberOptions(), "tol");
    ASSERT_NE(tol, nullptr);
    const auto why = tol->refusal(0.0);
    ASSERT_TRUE(why);
    EXPECT_EQ(*why, "Tolerance (--tol) 0 must be above 0");
    EXPECT_EQ(*tol->refusal(0.7), "Tolerance (--tol) 0.7 must be at most 0.5");
    const auto* rays = findOption(region::regionNumberOptions(), "rays");
    EXPECT_EQ(*rays->refusal(2.5), "Rays (--rays) 2.5 must be a whole number");
    EXPECT_FALSE(rays->refusal(16.0));
    EXPECT_EQ(findOption(region::regionNumberOptions(), "no-such-option"), nullptr);
}

} // namespace
} // namespace gridcarbon
