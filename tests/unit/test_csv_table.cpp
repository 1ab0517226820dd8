// The one CSV writer (io/CsvTable.h): RFC 4180 quoting, numbers that read back to the same
// double, no "inf" or "nan", and rows that always match their header.
#include "TestSupport.h"
#include "io/CsvTable.h"
#include "io/TextFile.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <stdexcept>
#include <string>

using namespace gridcarbon;

TEST(CsvTable, HeaderThenOneLinePerRow) {
    const CsvTable t{{"bus", "vm_pu"}, {{"1", "1"}, {"2", "0.5"}}};
    EXPECT_EQ(toCsv(t), "bus,vm_pu\n1,1\n2,0.5\n");
    EXPECT_EQ(toCsv(CsvTable{{"a", "b"}, {}}), "a,b\n");
}

TEST(CsvTable, FieldsWithCommasQuotesAndLineBreaksAreQuotedAsRfc4180Says) {
    EXPECT_EQ(csvField("plain id"), "plain id");
    EXPECT_EQ(csvField("B,\"x\""), "\"B,\"\"x\"\"\"");
    EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csvField("cr\r"), "\"cr\r\"");
    const CsvTable t{{"id", "note"}, {{"a,b", "say \"hi\""}}};
    EXPECT_EQ(toCsv(t), "id,note\n\"a,b\",\"say \"\"hi\"\"\"\n");
}

TEST(CsvTable, ARecordOfOneEmptyFieldIsNotABlankLine) {
    const CsvTable t{{"note"}, {{""}, {"x"}}};
    EXPECT_EQ(toCsv(t), "note\n\"\"\nx\n");
}

TEST(CsvTable, NumbersReadBackToTheSameDouble) {
    for (double v : {0.1, 1.0 / 3.0, -2.5e-7, 123456789.123456789, 1e300, 5e-324,
                     std::numeric_limits<double>::max(), 0.0, -0.0, 42.0}) {
        const std::string s = csvNumber(v);
        EXPECT_EQ(std::strtod(s.c_str(), nullptr), v) << "csvNumber(" << v << ") = " << s;
        EXPECT_EQ(s.find(','), std::string::npos) << s;
    }
    EXPECT_EQ(csvNumber(1.0), "1");
    EXPECT_EQ(csvNumber(1.0 / 3.0), "0.33333333333333331");
}

TEST(CsvTable, NonFiniteNumbersAreEmptyFieldsNotInfOrNan) {
    EXPECT_EQ(csvNumber(std::numeric_limits<double>::infinity()), "");
    EXPECT_EQ(csvNumber(-std::numeric_limits<double>::infinity()), "");
    EXPECT_EQ(csvNumber(std::nan("")), "");
    EXPECT_EQ(csvBool(true), "1");
    EXPECT_EQ(csvBool(false), "0");
}

TEST(CsvTable, ARowWithTheWrongNumberOfFieldsThrowsNamingTheRow) {
    const CsvTable t{{"a", "b", "c"}, {{"1", "2", "3"}, {"1", "2"}}};
    try {
        toCsv(t);
        ADD_FAILURE() << "CsvTable: a short row was written";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("row 2 has 2 fields for a header of 3"),
                  std::string::npos)
            << e.what();
    }
}

TEST(CsvTable, FileIsWrittenAtomicallyAndAFailedWriteLeavesNothing) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / "gridcarbon-csv-table-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const CsvTable t{{"x"}, {{csvNumber(0.25)}}};
    writeCsvFile(dir / "t.csv", t);
    EXPECT_EQ(readTextFile(dir / "t.csv"), "x\n0.25\n");
    EXPECT_EQ(test::errorOf([&] { writeCsvFile(dir / "missing" / "t.csv", t); }),
              ErrorCode::BadInput);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
    std::filesystem::remove_all(dir);
}
