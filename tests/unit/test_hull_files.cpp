// The plain-text hull writers: what a reader of the VTP, STL and CSV files finds in them.
#include "TestSupport.h"
#include "geometry/ConvexHull.h"
#include "io/HullFiles.h"
#include "io/TextFile.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using namespace gridcarbon;
using geometry::Hull;
using test::lines;

namespace {

// A fresh directory per test, removed afterwards.
class HullFiles : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("gridcarbon-hull-files-" +
                std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::filesystem::path file(const std::string& name) const { return dir_ / name; }
    const std::filesystem::path& dir() const { return dir_; }

private:
    std::filesystem::path dir_;
};

Hull unitCube() {
    return geometry::convexHull({{0, 0, 0},
                                 {1, 0, 0},
                                 {0, 1, 0},
                                 {1, 1, 0},
                                 {0, 0, 1},
                                 {1, 0, 1},
                                 {0, 1, 1},
                                 {1, 1, 1},
                                 {0.5, 0.5, 0.5}});
}

Hull square() {
    return geometry::convexHull({{0, 0}, {2, 0}, {2, 1}, {0, 1}, {1, 0.5}});
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

// The whitespace-separated numbers of the DataArray named `name` (the first one without a name
// when `name` is empty).
std::vector<double> dataArray(const std::string& text, const std::string& name) {
    const std::string tag = name.empty() ? "NumberOfComponents=\"3\"" : "Name=\"" + name + "\"";
    std::size_t at = text.find(tag);
    EXPECT_NE(at, std::string::npos) << tag;
    at = text.find('>', at) + 1;
    std::istringstream in(text.substr(at, text.find("</DataArray>", at) - at));
    std::vector<double> values;
    for (double v; in >> v;)
        values.push_back(v);
    return values;
}

} // namespace

TEST_F(HullFiles, VtpOfACubeHasItsPointsAndTrianglesAsPolys) {
    const Hull h = unitCube();
    writeHullVtp(file("cube.vtp"), h, {"p_3_mw", "p_5_mw", "p_7_mw"});
    const std::string t = readTextFile(file("cube.vtp"));
    EXPECT_NE(t.find("<VTKFile type=\"PolyData\" version=\"0.1\" byte_order=\"LittleEndian\">"),
              std::string::npos);
    EXPECT_NE(t.find("NumberOfPoints=\"8\""), std::string::npos);
    EXPECT_NE(t.find("NumberOfPolys=\"12\""), std::string::npos);
    EXPECT_EQ(count(t, "<Polys>"), 1u);
    EXPECT_EQ(count(t, "<Lines>"), 0u);
    EXPECT_EQ(dataArray(t, "").size(), 8u * 3u);
    const std::vector<double> connectivity = dataArray(t, "connectivity");
    EXPECT_EQ(connectivity.size(), 36u);
    EXPECT_EQ(dataArray(t, "offsets").back(), 36.0);
    EXPECT_NE(t.find("Name=\"axis_names\" NumberOfTuples=\"3\""), std::string::npos);
    EXPECT_EQ(t.back(), '\n');
    EXPECT_EQ(count(t, "<DataArray"), count(t, "</DataArray>"));
}

TEST_F(HullFiles, VtpOfAPolygonIsOneClosedLineAtZeroHeight) {
    const Hull h = square();
    writeHullVtp(file("square.vtp"), h, {});
    const std::string t = readTextFile(file("square.vtp"));
    EXPECT_NE(t.find("NumberOfPoints=\"4\""), std::string::npos);
    EXPECT_NE(t.find("NumberOfLines=\"1\""), std::string::npos);
    EXPECT_EQ(count(t, "<Lines>"), 1u);
    EXPECT_EQ(count(t, "<Polys>"), 0u);
    EXPECT_EQ(count(t, "<FieldData>"), 0u);
    const std::vector<double> points = dataArray(t, "");
    ASSERT_EQ(points.size(), 12u);
    for (std::size_t i = 2; i < points.size(); i += 3)
        EXPECT_EQ(points[i], 0.0);
    const std::vector<double> connectivity = dataArray(t, "connectivity");
    ASSERT_EQ(connectivity.size(), 5u);
    EXPECT_EQ(connectivity.front(), connectivity.back());
    EXPECT_EQ(dataArray(t, "offsets"), std::vector<double>{5.0});
}

TEST_F(HullFiles, StlOfACubeHasTwelveFacetsWithNormals) {
    writeHullStl(file("cube.stl"), unitCube(), "operating region");
    const std::string t = readTextFile(file("cube.stl"));
    EXPECT_EQ(t.rfind("solid operating_region\n", 0), 0u);
    EXPECT_EQ(count(t, "facet normal"), 12u);
    EXPECT_EQ(count(t, "endfacet"), 12u);
    EXPECT_EQ(count(t, "vertex "), 36u);
    EXPECT_NE(t.find("endsolid operating_region\n"), std::string::npos);
}

TEST_F(HullFiles, StlKeepsSeventeenSignificantDigits) {
    const double third = 1.0 / 3.0;
    writeHullStl(file("tetra.stl"),
                 geometry::convexHull({{0, 0, 0}, {third, 0, 0}, {0, 1, 0}, {0, 0, 1}}), "t");
    const std::string t = readTextFile(file("tetra.stl"));
    EXPECT_NE(t.find("0.33333333333333331"), std::string::npos);
}

TEST_F(HullFiles, StlOfA2DHullThrowsAndLeavesNoFile) {
    std::string message;
    EXPECT_EQ(test::errorOf([&] { writeHullStl(file("square.stl"), square(), "s"); }, &message),
              ErrorCode::BadInput);
    EXPECT_NE(message.find("STL needs a 3-D region"), std::string::npos) << message;
    EXPECT_FALSE(std::filesystem::exists(file("square.stl")));
    EXPECT_TRUE(std::filesystem::is_empty(dir()));
}

TEST_F(HullFiles, CsvHasAHeaderOfAxisNamesAndOneVertexPerLine) {
    const Hull h = unitCube();
    writeHullCsv(file("cube.csv"), h, {"p_3_mw", "p_5_mw", "p_7_mw"});
    const std::vector<std::string> l = lines(readTextFile(file("cube.csv")));
    ASSERT_EQ(l.size(), 9u);
    EXPECT_EQ(l[0], "p_3_mw,p_5_mw,p_7_mw");
    for (std::size_t i = 1; i < l.size(); ++i)
        EXPECT_EQ(count(l[i], ","), 2u) << l[i];

    writeHullCsv(file("square.csv"), square(), {});
    const std::vector<std::string> s = lines(readTextFile(file("square.csv")));
    ASSERT_EQ(s.size(), 5u);
    EXPECT_EQ(s[0], "x0,x1");
}

TEST_F(HullFiles, AxisNamesOfTheWrongCountAreBadInputAndWriteNothing) {
    EXPECT_EQ(test::errorOf([&] {
                  writeHullCsv(file("a.csv"), unitCube(), {"x", "y"});
              }),
              ErrorCode::BadInput);
    EXPECT_EQ(test::errorOf([&] {
                  writeHullVtp(file("a.vtp"), square(), {"x", "y", "z"});
              }),
              ErrorCode::BadInput);
    EXPECT_EQ(test::errorOf([&] { writeHullVtp(file("b.vtp"), Hull{}, {}); }), ErrorCode::BadInput);
    EXPECT_FALSE(std::filesystem::exists(file("a.csv")));
    EXPECT_FALSE(std::filesystem::exists(file("a.vtp")));
    EXPECT_FALSE(std::filesystem::exists(file("b.vtp")));
}
