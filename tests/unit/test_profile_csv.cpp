// A time series imported from CSV as a profile (io/ProfileCsv.h): the wide, long and
// one-column layouts, period numbers and clock times, what spreadsheets write around the
// values (BOM, CRLF, semicolons, quotes), the round trip through writeProfileCsv, and one-line
// errors naming the file, the line and the column or day.
#include "TestSupport.h"
#include "io/CaseFile.h"
#include "io/ProfileCsv.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace gridcarbon {
namespace {

Profile read(const std::string& csv, ProfileQuantity quantity = ProfileQuantity::Load) {
    return readProfileCsv(csv, "imported", quantity, "loads.csv");
}

// The message of the Error(BadInput) that reading `csv` throws.
std::string errorOf(const std::string& csv, ProfileQuantity quantity = ProfileQuantity::Load) {
    std::string message;
    EXPECT_EQ(test::errorOf([&] { read(csv, quantity); }, &message), ErrorCode::BadInput);
    return message;
}

std::vector<std::string> dayNames(const Profile& p) {
    std::vector<std::string> names;
    for (const TypicalDay& d : p.days)
        names.push_back(d.name);
    return names;
}

// A wide table of `hours` rows for days spring and winter; winter's cells from `winterEnd` on
// are left empty.
std::string wideTable(int hours, int winterEnd) {
    std::string csv = "hour,spring,winter\n";
    for (int h = 0; h < hours; ++h)
        csv += std::to_string(h) + ",0.5," + (h < winterEnd ? "0.25" : "") + "\n";
    return csv;
}

std::string clockTimes(int step, int first, int count, const std::string& value) {
    std::string csv = "time,typical\n";
    for (int k = 0; k < count; ++k) {
        const int t = first + k * step;
        csv += std::to_string(t / 60) + ":" + (t % 60 < 10 ? "0" : "") + std::to_string(t % 60) +
               "," + value + "\n";
    }
    return csv;
}

TEST(ProfileCsv, WideLayoutHasOneColumnPerDayAfterTheHours) {
    const Profile p = read("hour,spring,summer\n0,0.5,0.6\n1,0.4,0.7\n2,0.45,1\n");
    EXPECT_EQ(p.id, "imported");
    EXPECT_EQ(p.quantity, ProfileQuantity::Load);
    ASSERT_EQ(dayNames(p), (std::vector<std::string>{"spring", "summer"}));
    EXPECT_EQ(p.days[0].values, (std::vector<double>{0.5, 0.4, 0.45}));
    EXPECT_EQ(p.days[1].values, (std::vector<double>{0.6, 0.7, 1.0}));
    EXPECT_EQ(p.days[0].weight_days, 0.0);
}

TEST(ProfileCsv, WideLayoutWithoutATimeColumnTakesTheRowsInOrder) {
    const Profile p = read("spring,summer\n0.5,0.6\n0.4,0.7\n");
    ASSERT_EQ(dayNames(p), (std::vector<std::string>{"spring", "summer"}));
    EXPECT_EQ(p.days[1].values, (std::vector<double>{0.6, 0.7}));
}

TEST(ProfileCsv, AnUnnamedFirstColumnIsTheTimeColumnAsPandasWritesItsIndex) {
    const Profile p = read(",spring,summer\n1,0.5,0.6\n0,0.4,0.7\n");
    ASSERT_EQ(dayNames(p), (std::vector<std::string>{"spring", "summer"}));
    EXPECT_EQ(p.days[0].values, (std::vector<double>{0.4, 0.5}));
}

TEST(ProfileCsv, TimeColumnNamesAreHourTimeOrPeriodInAnyCase) {
    for (const char* name : {"hour", "Time", "PERIOD"}) {
        const Profile p = read(std::string(name) + ",winter\n0,0.5\n1,0.25\n");
        EXPECT_EQ(dayNames(p), (std::vector<std::string>{"winter"})) << name;
        EXPECT_EQ(p.days[0].values, (std::vector<double>{0.5, 0.25})) << name;
    }
}

TEST(ProfileCsv, LongLayoutHasOneRowPerDayAndHourInAnyOrder) {
    const Profile p = read("day,hour,value\n"
                           "summer,0,0.6\nspring,0,0.5\n"
                           "summer,1,0.7\nspring,1,0.4\n");
    ASSERT_EQ(dayNames(p), (std::vector<std::string>{"summer", "spring"}));
    EXPECT_EQ(p.days[0].values, (std::vector<double>{0.6, 0.7}));
    EXPECT_EQ(p.days[1].values, (std::vector<double>{0.5, 0.4}));
}

TEST(ProfileCsv, LongLayoutColumnsMayComeInAnyOrderAndTheDayOrTimeMayBeAbsent) {
    const Profile a = read("Value,Hour,Day\n0.7,1,summer\n0.6,0,summer\n");
    ASSERT_EQ(dayNames(a), (std::vector<std::string>{"summer"}));
    EXPECT_EQ(a.days[0].values, (std::vector<double>{0.6, 0.7}));

    const Profile b = read("hour,value\n2,0.3\n1,0.2\n3,0.4\n");
    ASSERT_EQ(dayNames(b), (std::vector<std::string>{"typical"}));
    EXPECT_EQ(b.days[0].values, (std::vector<double>{0.2, 0.3, 0.4}));

    const Profile c = read("day,value\nsummer,0.6\nwinter,0.3\nsummer,0.7\nwinter,0.2\n");
    EXPECT_EQ(c.days[0].values, (std::vector<double>{0.6, 0.7}));
    EXPECT_EQ(c.days[1].values, (std::vector<double>{0.3, 0.2}));
}

TEST(ProfileCsv, OneColumnOfValuesIsTheTypicalDayWithOrWithoutAHeader) {
    for (const char* csv :
         {"0.5\n0.25\n1\n", "load_mw\n0.5\n0.25\n1\n", "\"P (p.u.)\"\n0.5\n0.25\n1"}) {
        const Profile p = read(csv);
        ASSERT_EQ(dayNames(p), (std::vector<std::string>{"typical"})) << csv;
        EXPECT_EQ(p.days[0].values, (std::vector<double>{0.5, 0.25, 1.0})) << csv;
    }
    // A header without a separator keeps each line one field: a decimal comma is told.
    EXPECT_EQ(errorOf("load\n0.5\n0,25\n"),
              "loads.csv:3: '0,25' in column 'load' is not a number (decimal commas are not "
              "accepted: write 0.25)");
}

TEST(ProfileCsv, HoursMayCountFromOne) {
    std::string csv = "hour,typical\n";
    for (int h = 1; h <= 24; ++h)
        csv += std::to_string(h) + "," + std::to_string(h) + "\n";
    const Profile p = read(csv);
    ASSERT_EQ(p.days[0].values.size(), 24u);
    EXPECT_EQ(p.days[0].values.front(), 1.0);
    EXPECT_EQ(p.days[0].values.back(), 24.0);
}

TEST(ProfileCsv, HourlyClockTimesFromMidnightOrHourEnding) {
    for (int first : {0, 60}) {
        const Profile p = read(clockTimes(60, first, 24, "0.5"));
        ASSERT_EQ(p.days[0].values.size(), 24u) << first;
    }
    // Clock times with seconds, as SCADA exports write them, in any order.
    std::string csv = "time,typical\n";
    for (int h = 23; h >= 0; --h)
        csv += (h < 10 ? "0" : "") + std::to_string(h) + ":00:00," + std::to_string(h) + "\n";
    const Profile p = read(csv);
    ASSERT_EQ(p.days[0].values.size(), 24u);
    EXPECT_EQ(p.days[0].values[13], 13.0);
}

TEST(ProfileCsv, QuarterHourlyClockTimesMakeNinetySixPeriods) {
    std::string csv = "time,workday,holiday\n";
    for (int k = 0; k < 96; ++k)
        csv += std::to_string(k / 4) + ":" + (k % 4 == 0 ? "00" : std::to_string(k % 4 * 15)) +
               "," + std::to_string(k) + "," + std::to_string(k / 2) + "\n";
    const Profile p = read(csv);
    ASSERT_EQ(dayNames(p), (std::vector<std::string>{"workday", "holiday"}));
    ASSERT_EQ(p.days[0].values.size(), 96u);
    EXPECT_EQ(p.days[0].values[95], 95.0);
    EXPECT_EQ(p.days[1].values[11], 5.0);
    // Hour-ending quarter hours: 00:15 … 24:00.
    EXPECT_EQ(read(clockTimes(15, 15, 96, "1")).days[0].values.size(), 96u);
}

TEST(ProfileCsv, ByteOrderMarkCrLfSemicolonsAndBlankTrailingLinesAreAccepted) {
    const Profile p =
        read("\xEF\xBB\xBFhour;spring;summer\r\n0;0.5;0.6\r\n1;0.25;0.75\r\n\r\n\r\n");
    ASSERT_EQ(dayNames(p), (std::vector<std::string>{"spring", "summer"}));
    EXPECT_EQ(p.days[1].values, (std::vector<double>{0.6, 0.75}));
}

TEST(ProfileCsv, TabsSeparateWhenTheHeaderHoldsThem) {
    const Profile p = read("hour\tspring\tsummer\n0\t0.5\t 0.6 \n1\t0.25\t0.75\n");
    EXPECT_EQ(p.days[1].values, (std::vector<double>{0.6, 0.75}));
}

TEST(ProfileCsv, QuotedFieldsAsRfc4180HasThem) {
    const Profile p = read("\"hour\",\"dry, hot\",\"say \"\"hi\"\"\"\n"
                           "\"0\",\"0.5\",0.6\n"
                           "1, \"0.25\" ,0.75\n");
    ASSERT_EQ(dayNames(p), (std::vector<std::string>{"dry, hot", "say \"hi\""}));
    EXPECT_EQ(p.days[0].values, (std::vector<double>{0.5, 0.25}));
}

TEST(ProfileCsv, EmptyColumnsASpreadsheetAddsAtTheRightAreIgnored) {
    const Profile p = read("hour,spring,,\n0,0.5,,\n1,0.25,,\n,,,\n");
    ASSERT_EQ(dayNames(p), (std::vector<std::string>{"spring"}));
    EXPECT_EQ(p.days[0].values, (std::vector<double>{0.5, 0.25}));
}

TEST(ProfileCsv, PricesMayBeNegativeMultipliersMayNot) {
    const std::string csv = "hour,spring\n0,-12.5\n1,40\n";
    EXPECT_EQ(read(csv, ProfileQuantity::Price).days[0].values, (std::vector<double>{-12.5, 40}));
    EXPECT_EQ(errorOf(csv, ProfileQuantity::Load),
              "loads.csv:2: '-12.5' in column 'spring' must be [0, 100] in a load profile");
    EXPECT_EQ(errorOf(csv, ProfileQuantity::PV),
              "loads.csv:2: '-12.5' in column 'spring' must be [0, 100] in a pv profile");
    EXPECT_EQ(read("hour,spring\n0,+1e-3\n1,-0\n").days[0].values,
              (std::vector<double>{0.001, 0.0}));
}

TEST(ProfileCsv, ABundledCaseProfileReadsBackAsWritten) {
    const Case c = loadCase(GRIDCARBON_CASES "/ieee33-der.json");
    ASSERT_FALSE(c.profiles.empty());
    for (const Profile& original : c.profiles) {
        const std::string csv = writeProfileCsv(original);
        EXPECT_EQ(test::lines(csv)[0], "hour,spring,summer,autumn,winter") << original.id;
        Profile expected = original;
        for (TypicalDay& d : expected.days)
            d.weight_days = 0.0; // weights are not in the file
        EXPECT_EQ(readProfileCsv(csv, original.id, original.quantity, "x.csv"), expected)
            << original.id;
    }
}

TEST(ProfileCsv, WrittenValuesKeepEveryDigitAndOtherLengthsUsePeriods) {
    Profile p{"price", ProfileQuantity::Price, {{"workday", 250, {}}, {"holiday", 115, {}}}};
    for (int k = 0; k < 96; ++k) {
        p.days[0].values.push_back(1.0 / (k + 3));
        p.days[1].values.push_back(-k * 0.1);
    }
    const std::string csv = writeProfileCsv(p);
    EXPECT_EQ(test::lines(csv)[0], "period,workday,holiday");
    EXPECT_EQ(test::lines(csv)[1], "0,0.33333333333333331,0");
    const Profile back = readProfileCsv(csv, "price", ProfileQuantity::Price, "p.csv");
    EXPECT_EQ(back.days[0].values, p.days[0].values);
    EXPECT_EQ(back.days[1].values, p.days[1].values);
}

TEST(ProfileCsv, WritingAProfileThatWouldNotReadBackThrowsNamingIt) {
    std::string message;
    Profile p{"load", ProfileQuantity::Load, {{"spring", 0, {1, 2}}, {"winter", 0, {1}}}};
    EXPECT_EQ(test::errorOf([&] { writeProfileCsv(p); }, &message), ErrorCode::BadInput);
    EXPECT_EQ(message, "profile 'load': day 'winter' has 1 periods, the others 2");
    p.days[1] = {"value", 0, {1, 2}};
    EXPECT_EQ(test::errorOf([&] { writeProfileCsv(p); }, &message), ErrorCode::BadInput);
    EXPECT_EQ(message, "profile 'load': a day named 'value' would not read back as a column of "
                       "the CSV file");
    p.days[1] = {"winter", 0, {1, std::nan("")}};
    EXPECT_EQ(test::errorOf([&] { writeProfileCsv(p); }, &message), ErrorCode::BadInput);
    EXPECT_EQ(message,
              "profile 'load': the value of day 'winter' at period 1 is not a finite number");
    p.days.clear();
    EXPECT_EQ(test::errorOf([&] { writeProfileCsv(p); }, &message), ErrorCode::BadInput);
    EXPECT_EQ(message, "profile 'load' has no days to write");
}

TEST(ProfileCsvErrors, AValueThatIsNotANumberNamesLineAndColumn) {
    EXPECT_EQ(errorOf("hour,spring,summer\n0,0.5,0.6\n1,0.4,abc\n"),
              "loads.csv:3: 'abc' in column 'summer' is not a number");
    EXPECT_EQ(errorOf("day,hour,value\nsummer,0,0.6\nsummer,1,x1\n"),
              "loads.csv:3: 'x1' in column 'value' (day 'summer') is not a number");
    EXPECT_EQ(errorOf("0.5\n0.25\nn/a\n"), "loads.csv:3: 'n/a' is not a number");
}

TEST(ProfileCsvErrors, DecimalCommasAreRefusedSayingSo) {
    EXPECT_EQ(errorOf("hour;spring\n0;0,48\n"),
              "loads.csv:2: '0,48' in column 'spring' is not a number (decimal commas are not "
              "accepted: write 0.48)");
    EXPECT_EQ(errorOf("0,48\n0,46\n"),
              "loads.csv:1: a table of 2 columns needs a header row naming them "
              "(hour,spring,summer,… or day,hour,value); decimal commas are not accepted (write "
              "0.48, not 0,48)");
    EXPECT_EQ(errorOf("hour,spring\n0,0,48\n"),
              "loads.csv:2: the row has 3 fields, the header 2 (decimal commas are not accepted: "
              "write 0.48, not 0,48)");
}

TEST(ProfileCsvErrors, ValuesMustBeFinite) {
    EXPECT_EQ(errorOf("hour,spring\n0,inf\n"),
              "loads.csv:2: 'inf' in column 'spring' is not a finite number");
    EXPECT_EQ(errorOf("hour,spring\n0,1e999\n", ProfileQuantity::Price),
              "loads.csv:2: '1e999' in column 'spring' is not a finite number");
    EXPECT_EQ(errorOf("hour,spring\n0,NaN\n"),
              "loads.csv:2: 'NaN' in column 'spring' is not a finite number");
}

TEST(ProfileCsvErrors, ADayShorterThanTheOthersNamesItsFirstMissingRow) {
    EXPECT_EQ(errorOf("\n" + wideTable(24, 23)),
              "loads.csv:26: day 'winter' has 23 periods, the others 24");
    EXPECT_EQ(errorOf("day,hour,value\nspring,0,1\nspring,1,1\nwinter,0,1\n"),
              "loads.csv:4: day 'winter' has 1 periods, the others 2");
    EXPECT_EQ(errorOf("day,value\nspring,1\nwinter,1\nwinter,1\nautumn,1\nwinter,1\n"),
              "loads.csv:4: day 'winter' has 3 periods, the others 1");
}

TEST(ProfileCsvErrors, AnEmptyCellInsideAColumnIsAHole) {
    EXPECT_EQ(errorOf("hour,spring,winter\n0,1,1\n1,1,\n2,1,1\n"),
              "loads.csv:3: empty cell in column 'winter'");
    EXPECT_EQ(errorOf("hour,spring\n0,1\n\n1,1\n"), "loads.csv:3: empty row inside the table");
    EXPECT_EQ(errorOf("hour,spring,winter\n0,1,1\n1,,\n"),
              "loads.csv:3: no values for '1' in column 'hour'");
}

TEST(ProfileCsvErrors, MissingAndRepeatedTimesNameTheDay) {
    EXPECT_EQ(errorOf("day,hour,value\nsummer,0,1\nsummer,1,1\nsummer,3,1\n"),
              "loads.csv:4: day 'summer' has no value for hour 2");
    EXPECT_EQ(errorOf("hour,summer\n0,1\n1,1\n999999999,1\n"),
              "loads.csv:4: '999999999' in column 'hour' is too large for a period of a day");
    EXPECT_EQ(errorOf("day,time,value\nsummer,00:00,1\nsummer,01:00,1\nsummer,01:00,2\n"),
              "loads.csv:4: day 'summer' has two values for 01:00 (lines 3 and 4)");
}

TEST(ProfileCsvErrors, ClockTimesMustKeepOneStepAndCoverTheDay) {
    std::string offStep = clockTimes(60, 0, 24, "1");
    offStep.replace(offStep.find("12:00"), 5, "12:05");
    EXPECT_EQ(errorOf(offStep),
              "loads.csv:14: '12:05' in column 'time' is off the 60-minute steps of the other "
              "times");
    EXPECT_EQ(errorOf(clockTimes(60, 0, 12, "1")),
              "loads.csv:13: day 'typical' has 12 periods of 60 minutes, not a whole day (24)");
    EXPECT_EQ(errorOf(clockTimes(60, 0, 25, "1")),
              "loads.csv:26: '24:00' in column 'time': a day that starts at 00:00 ends at 23:00");
    EXPECT_EQ(errorOf("time,spring\n00:00,1\n1,1\n"),
              "loads.csv:3: '1' in column 'time' is a period number among clock times");
    EXPECT_EQ(errorOf("time,spring\n00:00,1\nnoon,1\n"),
              "loads.csv:3: 'noon' in column 'time' is not a time (a period number or a clock "
              "time such as 13:00)");
    EXPECT_EQ(errorOf("time,spring\n00:00,1\n00:07,1\n"),
              "loads.csv:1: the times in column 'time' are 7 minutes apart, which does not "
              "divide a day");
}

TEST(ProfileCsvErrors, NoValuesNamesTheFileAlone) {
    EXPECT_EQ(errorOf(""), "loads.csv: no values");
    EXPECT_EQ(errorOf("\xEF\xBB\xBF\r\n\r\n"), "loads.csv: no values");
    EXPECT_EQ(errorOf("hour,spring,summer\n"), "loads.csv: no values");
}

TEST(ProfileCsvErrors, HeadersThatDoNotMakeALayoutNameTheColumn) {
    EXPECT_EQ(errorOf("hour,spring,spring\n0,1,1\n"), "loads.csv:1: day 'spring' has two columns");
    EXPECT_EQ(errorOf("spring,hour\n1,0\n"),
              "loads.csv:1: the time column 'hour' must be the first");
    EXPECT_EQ(errorOf("hour,spring,,winter\n0,1,1,1\n"), "loads.csv:1: column 3 has no name");
    EXPECT_EQ(errorOf("day,hour,load\nspring,0,1\n"),
              "loads.csv:1: a column 'day' needs a 'value' column (day,hour,value); otherwise "
              "give one column per day");
    EXPECT_EQ(errorOf("day,hour,value,quality\nspring,0,1,good\n"),
              "loads.csv:1: column 'quality' is not day, hour, time, period or value: a table "
              "with a 'value' column holds one row per day and period (day,hour,value)");
    EXPECT_EQ(errorOf("hour,time,value\n0,0,1\n"),
              "loads.csv:1: columns 'hour' and 'time' say the same");
    EXPECT_EQ(errorOf("hour\n0\n1\n"),
              "loads.csv:1: the header names only the time column 'hour' and no day");
    EXPECT_EQ(errorOf("hour;spring\n0;1;2\n"), "loads.csv:2: the row has 3 fields, the header 2");
    EXPECT_EQ(errorOf("day,value\n,1\n"), "loads.csv:2: no day in column 'day'");
}

TEST(ProfileCsvErrors, BrokenQuotingNamesTheLine) {
    EXPECT_EQ(errorOf("hour,spring\n0,\"1\n1,2\n"), "loads.csv:2: a quoted field is not closed");
    EXPECT_EQ(errorOf("hour,spring\n0,\"1\"x\n"),
              "loads.csv:2: text after the closing quote of '1'");
    // A line break inside quotes moves the lines on.
    EXPECT_EQ(errorOf("hour,\"spring\nequinox\"\n0,abc\n"),
              "loads.csv:3: 'abc' in column 'spring\\nequinox' is not a number");
}

} // namespace
} // namespace gridcarbon
