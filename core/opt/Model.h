#pragma once
// The modelling layer every optimisation problem is written against: variables with bounds
// and integrality, sparse linear rows, a linear objective (minimised), and second-order
// cones. No solver type appears here; core/opt is the only module that talks to Clp/Cbc.
//
// Cones:
//   standard   || (a_1'x + b_1, ..., a_k'x + b_k) ||_2 <= c'x + d
//   rotated    2 u v >= || w ||^2,  u, v >= 0   (u, v, w affine in x)
// A rotated cone is stored as the equivalent standard one ||(sqrt2 w, u - v)|| <= u + v.
#include "opt/Families.h"

#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace gridcarbon::opt {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

// Typed handles: a Row cannot be passed where a Var is meant.
struct Var {
    int index = -1;
};
struct Row {
    int index = -1;
};
struct Cone {
    int index = -1;
};

// sum of coefficient * variable, plus a constant.
struct Affine {
    std::vector<std::pair<Var, double>> terms;
    double constant = 0.0;

    Affine() = default;
    Affine(double c) : constant(c) {} // NOLINT: a number is an affine expression
    Affine(Var v, double coefficient = 1.0) : terms{{v, coefficient}} {} // NOLINT
    Affine& add(Var v, double coefficient) {
        terms.emplace_back(v, coefficient);
        return *this;
    }
    Affine& operator+=(const Affine& o);
    Affine& operator*=(double k);
};
Affine operator+(Affine a, const Affine& b);
Affine operator-(Affine a, const Affine& b);
Affine operator*(double k, Affine a);

struct VarInfo {
    double lower = 0.0;
    double upper = kInf;
    double objective = 0.0;
    bool integer = false;
    std::string name;
    // Non-empty: the bounds may be relaxed by the infeasibility diagnosis, grouped under
    // this family; empty: the bounds are structural (a binary's [0, 1], a fixed datum).
    std::string family;
    // The lower bound stays hard in the diagnosis even with a family: a quantity that cannot
    // be negative (an import, a charging power), whose upper bound alone is a limit.
    bool hard_lower = false;
};

// lower <= sum terms <= upper. `family` groups rows for infeasibility diagnosis (the constants
// of opt/Families.h: family::kVoltage, kThermal, kBalance, ...).
struct RowInfo {
    std::vector<std::pair<int, double>> terms; // (variable index, coefficient)
    double lower = -kInf;
    double upper = kInf;
    std::string name;
    std::string family;
};

struct ConeInfo {
    std::vector<Affine> lhs; // the vector whose norm is bounded
    Affine rhs;              // the bound
    std::string name;
    std::string family;
};

class Model {
public:
    Var addVariable(double lower, double upper, double objective = 0.0, std::string name = {},
                    std::string family = {});
    Var addInteger(double lower, double upper, double objective = 0.0, std::string name = {},
                   std::string family = {});
    Var addBinary(double objective = 0.0, std::string name = {});

    // lower <= expr <= upper; the expression's constant moves to the bounds.
    Row addRow(const Affine& expr, double lower, double upper, std::string name = {},
               std::string family = {});
    Row addEquality(const Affine& expr, double value, std::string name = {},
                    std::string family = {});

    Cone addCone(std::vector<Affine> lhs, Affine rhs, std::string name = {},
                 std::string family = {});
    Cone addRotatedCone(const Affine& u, const Affine& v, const std::vector<Affine>& w,
                        std::string name = {}, std::string family = {});

    void setObjective(const Affine& objective); // minimised
    void setObjectiveCoefficient(Var v, double c);
    void setBounds(Var v, double lower, double upper);
    // New bounds of the stored row, whose terms exclude the constant addRow moved into the
    // bounds; infinite bounds switch the row off.
    void setRowBounds(Row r, double lower, double upper);
    void setFamily(Var v, std::string family); // of the variable's bounds
    void keepLowerBound(Var v);                // VarInfo::hard_lower

    const std::vector<VarInfo>& variables() const { return vars_; }
    const std::vector<RowInfo>& rows() const { return rows_; }
    const std::vector<ConeInfo>& cones() const { return cones_; }
    double objectiveConstant() const { return objective_constant_; }
    bool hasIntegers() const;

    // Evaluates an affine expression at a point.
    static double value(const Affine& a, const std::vector<double>& x);

private:
    void check(const Affine& a, const std::string& where) const;

    std::vector<VarInfo> vars_;
    std::vector<RowInfo> rows_;
    std::vector<ConeInfo> cones_;
    double objective_constant_ = 0.0;
};

} // namespace gridcarbon::opt
