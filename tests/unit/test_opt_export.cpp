// writeMps and writeLp: the files read back with COIN-OR's own readers (this test alone sees the
// COIN-OR headers, see OptCoinBoundary.cmake) give the model's counts, coefficients, optimum and
// cones.
#include "io/TextFile.h"
#include "opt/Export.h"
#include "opt/Model.h"
#include "opt/Solve.h"
#include "util/Error.h"

#include "TestSupport.h"

#include <ClpSimplex.hpp>
#include <CoinMpsIO.hpp>
#include <CoinPackedMatrix.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

using namespace gridcarbon;
using namespace gridcarbon::opt;

namespace {

namespace fs = std::filesystem;

// A fresh directory per test, removed afterwards.
class OptExport : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("gridcarbon-opt-export-" +
                std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path file(const std::string& name) const { return dir_ / name; }
    std::vector<std::string> entries() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(dir_))
            out.push_back(e.path().filename().string());
        return out;
    }

private:
    fs::path dir_;
};

// min -x - y + 10  s.t.  x + 2y <= 4 ("a 'cap' row"),  3x + y <= 6,  x, y >= 0, n integer in
// [0, 3] with n >= y: optimum x = 1.6, y = 1.2 (n = 2) as an LP, objective 7.2.
struct Textbook {
    Model m;
    Var x, y, n;
    Textbook() {
        x = m.addVariable(0, kInf, 0, "x one");
        y = m.addVariable(0, kInf, 0, "y 'two'");
        n = m.addInteger(0, 3, 0, "n");
        m.addRow(Affine(x) + 2.0 * Affine(y), -kInf, 4, "a 'cap' row");
        m.addRow(3.0 * Affine(x) + Affine(y), -kInf, 6);
        m.addRow(Affine(n) - Affine(y), 0, kInf, "n covers y");
        m.setObjective(Affine(x, -1.0) + Affine(y, -1.0) + 10.0);
    }
};

// min t + u  s.t.  ||(x - 1, y - 2)|| <= t,  x + y = 0,  2 u v >= w^2,  v = 1,  w = 3.
struct Conic {
    Model m;
    Var x, y, t, u, v, w;
    Conic() {
        x = m.addVariable(-kInf, kInf, 0, "x");
        y = m.addVariable(-kInf, kInf, 0, "y");
        t = m.addVariable(0, kInf, 1, "t");
        u = m.addVariable(0, kInf, 1, "u");
        v = m.addVariable(0, kInf, 0, "v");
        w = m.addVariable(-kInf, kInf, 0, "w");
        m.addEquality(Affine(x) + Affine(y), 0, "on the line");
        m.addEquality(Affine(v), 1, "v fixed");
        m.addEquality(Affine(w), 3, "w fixed");
        m.addCone({Affine(x) - 1.0, Affine(y) - 2.0}, Affine(t), "distance 'd'");
        m.addRotatedCone(Affine(u), Affine(v), {Affine(w)}, "square");
    }
};

} // namespace

TEST_F(OptExport, MpsOfAMilpReadsBackIntoClpWithItsCountsNamesAndOptimum) {
    Textbook p;
    writeMps(p.m, file("textbook.mps"));

    ClpSimplex clp;
    clp.setLogLevel(0);
    ASSERT_EQ(clp.readMps(file("textbook.mps").c_str(), true, false), 0);
    ASSERT_EQ(clp.numberRows(), 3);
    ASSERT_EQ(clp.numberColumns(), 3);
    EXPECT_EQ(clp.getColumnName(0), "x0_x_one");
    EXPECT_EQ(clp.getColumnName(1), "x1_y_two");
    EXPECT_EQ(clp.getRowName(0), "r0_a_cap_row");
    EXPECT_EQ(clp.getRowName(1), "r1");
    EXPECT_EQ(clp.objective()[1], -1.0);
    EXPECT_TRUE(clp.isInteger(2));
    EXPECT_FALSE(clp.isInteger(0));
    EXPECT_EQ(clp.getRowUpper()[0], 4.0);

    // The LP relaxation solved by Clp from the file equals opt's, constant included.
    clp.dual();
    ASSERT_TRUE(clp.isProvenOptimal());
    EXPECT_NEAR(clp.objectiveValue(), 10.0 - 2.8, 1e-9);
    EXPECT_NEAR(clp.primalColumnSolution()[0], 1.6, 1e-9);
}

TEST_F(OptExport, MpsWritesEveryConeAsAQuadCsectionOverDefinedColumns) {
    Conic p;
    const Solution s = solve(p.m);
    ASSERT_EQ(s.status, Status::Optimal);
    writeMps(p.m, file("conic.mps"));

    CoinMpsIO mps;
    mps.messageHandler()->setLogLevel(0);
    ASSERT_EQ(mps.readMps(file("conic.mps").c_str(), ""), 0);
    int* starts = nullptr;
    int* columns = nullptr;
    int* types = nullptr;
    int cones = 0;
    ASSERT_EQ(mps.readConicMps(nullptr, starts, columns, types, cones), 0);
    ASSERT_EQ(cones, 2);
    // Cone 0: t and two components; cone 1 (rotated, in standard form): t and two components.
    const int model = static_cast<int>(p.m.variables().size());
    const int auxiliary = 3 + 3;
    ASSERT_EQ(mps.getNumCols(), model + auxiliary);
    ASSERT_EQ(mps.getNumRows(), static_cast<int>(p.m.rows().size()) + auxiliary);
    EXPECT_EQ(types[0], 1);
    EXPECT_EQ(types[1], 1);
    ASSERT_EQ(starts[1] - starts[0], 3);
    EXPECT_STREQ(mps.columnName(columns[starts[0]]), "c0_distance_d_t");
    EXPECT_STREQ(mps.columnName(columns[starts[0] + 1]), "c0_distance_d_y0");
    EXPECT_STREQ(mps.rowName(static_cast<int>(p.m.rows().size())), "c0_distance_d_t_def");

    // At opt's solution, extended by the members' values, every row of the file holds and every
    // cone of the file holds as tightly as opt's.
    std::vector<double> x = s.x;
    for (const ConeInfo& c : p.m.cones()) {
        x.push_back(Model::value(c.rhs, s.x));
        for (const Affine& a : c.lhs)
            x.push_back(Model::value(a, s.x));
    }
    const CoinPackedMatrix* rows = mps.getMatrixByRow();
    for (int i = 0; i < mps.getNumRows(); ++i) {
        double activity = 0.0;
        const CoinShallowPackedVector r = rows->getVector(i);
        for (int e = 0; e < r.getNumElements(); ++e)
            activity += r.getElements()[e] * x[r.getIndices()[e]];
        EXPECT_GE(activity, mps.getRowLower()[i] - 1e-9) << mps.rowName(i);
        EXPECT_LE(activity, mps.getRowUpper()[i] + 1e-9) << mps.rowName(i);
    }
    for (int k = 0; k < cones; ++k) {
        double norm2 = 0.0;
        for (int e = starts[k] + 1; e < starts[k + 1]; ++e)
            norm2 += x[columns[e]] * x[columns[e]];
        const double t = x[columns[starts[k]]];
        EXPECT_LE(std::sqrt(norm2) - t, 1e-6 * std::max(1.0, t)) << "cone " << k;
    }
    EXPECT_NEAR(mps.objectiveOffset(), 0.0, 0.0);
    delete[] starts;
    delete[] columns;
    delete[] types;
}

TEST_F(OptExport, LpHasTheLinearPartAndSaysTheConesAreApproximated) {
    Conic p;
    writeLp(p.m, file("conic.lp"));
    const std::vector<std::string> lines = test::lines(readTextFile(file("conic.lp")));
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(lines[0], "\\ GridCarbon opt model: 6 variables, 3 rows, 2 second-order cones");
    EXPECT_NE(lines[1].find("NOT the model"), std::string::npos) << lines[1];

    ClpSimplex clp;
    clp.setLogLevel(0);
    ASSERT_EQ(clp.readLp(file("conic.lp").c_str()), 0);
    // The model's rows and 2k box rows per cone of k components. Columns come in the order
    // the file first names them (the objective's first).
    EXPECT_EQ(clp.numberRows(), 3 + 2 * 2 + 2 * 2);
    EXPECT_EQ(clp.numberColumns(), 6);
    EXPECT_EQ(clp.getColumnName(0), "x2_t");
    EXPECT_EQ(clp.objective()[0], 1.0);
    EXPECT_EQ(clp.getRowName(0), "r0_on_the_line");
    EXPECT_EQ(clp.getRowName(3), "c0_distance_d_box0");
}

TEST_F(OptExport, LpOfAMilpKeepsIntegersAndTheObjectiveConstant) {
    Textbook p;
    writeLp(p.m, file("textbook.lp"));
    const std::string text = readTextFile(file("textbook.lp"));
    EXPECT_NE(text.find("+ 10"), std::string::npos) << text;
    EXPECT_EQ(text.find("NOT the model"), std::string::npos);
    ClpSimplex clp;
    clp.setLogLevel(0);
    ASSERT_EQ(clp.readLp(file("textbook.lp").c_str()), 0);
    EXPECT_EQ(clp.numberRows(), 3);
    EXPECT_EQ(clp.numberColumns(), 3);
    EXPECT_EQ(clp.getColumnName(2), "x2_n");
    EXPECT_TRUE(clp.isInteger(2));
    EXPECT_EQ(clp.getColumnName(0), "x0_x_one");
    EXPECT_EQ(clp.objective()[0], -1.0);
}

TEST_F(OptExport, FilesAreReplacedWholeAndAMissingFolderIsAnError) {
    Textbook p;
    writeMps(p.m, file("model.mps"));
    Conic q;
    writeMps(q.m, file("model.mps")); // over the first
    writeLp(q.m, file("model.lp"));
    EXPECT_EQ(entries().size(), 2u); // no temporary file left behind
    EXPECT_NE(readTextFile(file("model.mps")).find("CSECTION"), std::string::npos);

    EXPECT_EQ(test::errorOf([&] { writeMps(p.m, file("missing/model.mps")); }),
              ErrorCode::BadInput);
    EXPECT_EQ(test::errorOf([&] { writeLp(p.m, file("missing/model.lp")); }), ErrorCode::BadInput);
    EXPECT_EQ(entries().size(), 2u);
}
