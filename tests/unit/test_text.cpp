// Message text written once: cut lists and rounded quantities.
#include "util/Text.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace gridcarbon;

TEST(Text, ListWithMoreJoinsAllItemsWhenTheyFit) {
    EXPECT_EQ(listWithMore({}, 3), "");
    EXPECT_EQ(listWithMore({"'3'"}, 3), "'3'");
    EXPECT_EQ(listWithMore({"3", "5", "7"}, 3), "3, 5, 7");
}

TEST(Text, ListWithMoreSaysHowManyWereLeftOut) {
    EXPECT_EQ(listWithMore({"3", "5", "7", "9", "11"}, 3), "3, 5, 7, … and 2 more");
    EXPECT_EQ(listWithMore({"3", "5", "7", "9"}, 3), "3, 5, 7, … and 1 more");
    EXPECT_EQ(listWithMore({"3", "5"}, 0), "… and 2 more");
}

TEST(Text, RoundedNumberKeepsThreeSignificantDigitsWithoutAnExponent) {
    EXPECT_EQ(roundedNumber(92.8123), "92.8");
    EXPECT_EQ(roundedNumber(0.1), "0.1");
    EXPECT_EQ(roundedNumber(1.0), "1");
    EXPECT_EQ(roundedNumber(1234.4), "1234");
    EXPECT_EQ(roundedNumber(999.7), "1000");
    EXPECT_EQ(roundedNumber(-0.0001234), "-0.000123");
    EXPECT_EQ(roundedNumber(-0.0), "0");
    EXPECT_EQ(roundedNumber(0.123456, 5), "0.12346");
    EXPECT_EQ(roundedNumber(std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(roundedNumber(-std::numeric_limits<double>::infinity()), "-inf");
}

namespace gridcarbon {
namespace {

TEST(Text, ControlCharactersAreWrittenOutSoAMessageStaysOneInertLine) {
    EXPECT_EQ(escapeControl("bus 5\nX"), "bus 5\\nX");
    EXPECT_EQ(escapeControl("\x1b[31mred\t\r"), "\\x1b[31mred\\t\\r");
    EXPECT_EQ(escapeControl("母线 7"), "母线 7"); // UTF-8 passes through
    EXPECT_TRUE(hasControl("a\x7f"));
    EXPECT_FALSE(hasControl("plain"));
}

} // namespace
} // namespace gridcarbon

namespace gridcarbon {

TEST(Text, GroupedNumbersGroupThousandsOfAWholeNumber) {
    EXPECT_EQ(groupedNumber(0.0), "0");
    EXPECT_EQ(groupedNumber(999.4), "999");
    EXPECT_EQ(groupedNumber(1000.0), "1,000");
    EXPECT_EQ(groupedNumber(600060003.0), "600,060,003");
    EXPECT_EQ(groupedNumber(-1234567.0), "-1,234,567");
    EXPECT_EQ(groupedNumber(1e12), "1,000,000,000,000");
    EXPECT_EQ(groupedNumber(1e20), "1e+20");
}

} // namespace gridcarbon

namespace gridcarbon {

TEST(Text, TextThatIsNotUtf8HasItsUndecodableBytesReplaced) {
    bool replaced = true;
    EXPECT_EQ(toValidUtf8("bus \xE4\xB8\xAD 1", replaced), "bus \xE4\xB8\xAD 1");
    EXPECT_FALSE(replaced);
    // "中心" in GBK: four bytes, none of them a UTF-8 sequence here.
    EXPECT_EQ(toValidUtf8("\xD6\xD0\xD0\xC4", replaced),
              "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_TRUE(replaced);
    // Overlong forms, surrogates and a cut-off sequence are not UTF-8 either.
    for (const char* bad : {"\xC0\xAF", "\xED\xA0\x80", "\xE4\xB8"}) {
        (void)toValidUtf8(bad, replaced);
        EXPECT_TRUE(replaced) << bad;
    }
}

} // namespace gridcarbon
