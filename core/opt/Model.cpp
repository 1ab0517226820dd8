#include "opt/Model.h"

#include "util/Error.h"

#include <cmath>
#include <map>

namespace gridcarbon::opt {

Affine& Affine::operator+=(const Affine& o) {
    terms.insert(terms.end(), o.terms.begin(), o.terms.end());
    constant += o.constant;
    return *this;
}

Affine& Affine::operator*=(double k) {
    for (auto& [v, c] : terms)
        c *= k;
    constant *= k;
    return *this;
}

Affine operator+(Affine a, const Affine& b) {
    return a += b;
}
Affine operator-(Affine a, const Affine& b) {
    Affine nb = b;
    nb *= -1.0;
    return a += nb;
}
Affine operator*(double k, Affine a) {
    return a *= k;
}

Var Model::addVariable(double lower, double upper, double objective, std::string name,
                       std::string family) {
    if (std::isnan(lower) || std::isnan(upper) || lower > upper)
        throw badInput("variable '" + name + "': bounds [" + std::to_string(lower) + ", " +
                       std::to_string(upper) + "] are empty");
    vars_.push_back(VarInfo{lower, upper, objective, false, std::move(name), std::move(family)});
    return Var{static_cast<int>(vars_.size()) - 1};
}

Var Model::addInteger(double lower, double upper, double objective, std::string name,
                      std::string family) {
    Var v = addVariable(lower, upper, objective, std::move(name), std::move(family));
    vars_[v.index].integer = true;
    return v;
}

Var Model::addBinary(double objective, std::string name) {
    return addInteger(0.0, 1.0, objective, std::move(name));
}

void Model::check(const Affine& a, const std::string& where) const {
    for (const auto& [v, c] : a.terms) {
        if (v.index < 0 || v.index >= static_cast<int>(vars_.size()))
            throw badInput(where + ": refers to a variable that is not in this model");
        if (!std::isfinite(c))
            throw badInput(where + ": coefficient is not finite");
    }
    if (!std::isfinite(a.constant))
        throw badInput(where + ": constant is not finite");
}

Row Model::addRow(const Affine& expr, double lower, double upper, std::string name,
                  std::string family) {
    check(expr, "row '" + name + "'");
    // Merge repeated variables so that the solver sees each column once per row.
    std::map<int, double> merged;
    for (const auto& [v, c] : expr.terms)
        merged[v.index] += c;
    RowInfo r;
    for (const auto& [i, c] : merged)
        if (c != 0.0)
            r.terms.emplace_back(i, c);
    r.lower = lower - expr.constant;
    r.upper = upper - expr.constant;
    if (std::isnan(r.lower) || std::isnan(r.upper) || r.lower > r.upper)
        throw badInput("row '" + name + "': bounds are empty");
    r.name = std::move(name);
    r.family = std::move(family);
    rows_.push_back(std::move(r));
    return Row{static_cast<int>(rows_.size()) - 1};
}

Row Model::addEquality(const Affine& expr, double value, std::string name, std::string family) {
    return addRow(expr, value, value, std::move(name), std::move(family));
}

Cone Model::addCone(std::vector<Affine> lhs, Affine rhs, std::string name, std::string family) {
    for (const Affine& a : lhs)
        check(a, "cone '" + name + "'");
    check(rhs, "cone '" + name + "'");
    if (lhs.empty())
        throw badInput("cone '" + name + "': empty left-hand side");
    cones_.push_back(ConeInfo{std::move(lhs), std::move(rhs), std::move(name), std::move(family)});
    return Cone{static_cast<int>(cones_.size()) - 1};
}

Cone Model::addRotatedCone(const Affine& u, const Affine& v, const std::vector<Affine>& w,
                           std::string name, std::string family) {
    // 2uv >= |w|^2 with u, v >= 0  <=>  |(sqrt2 w, u - v)| <= u + v
    std::vector<Affine> lhs;
    lhs.reserve(w.size() + 1);
    for (const Affine& wi : w)
        lhs.push_back(std::sqrt(2.0) * wi);
    lhs.push_back(u - v);
    return addCone(std::move(lhs), u + v, std::move(name), std::move(family));
}

void Model::setObjective(const Affine& objective) {
    check(objective, "objective");
    for (VarInfo& v : vars_)
        v.objective = 0.0;
    for (const auto& [v, c] : objective.terms)
        vars_[v.index].objective += c;
    objective_constant_ = objective.constant;
}

void Model::setObjectiveCoefficient(Var v, double c) {
    check(Affine(v, c), "objective");
    vars_[v.index].objective = c;
}

void Model::setBounds(Var v, double lower, double upper) {
    check(Affine(v), "bounds");
    if (std::isnan(lower) || std::isnan(upper) || lower > upper)
        throw badInput("variable '" + vars_[v.index].name + "': bounds are empty");
    vars_[v.index].lower = lower;
    vars_[v.index].upper = upper;
}

void Model::setRowBounds(Row r, double lower, double upper) {
    if (r.index < 0 || r.index >= static_cast<int>(rows_.size()))
        throw badInput("row #" + std::to_string(r.index) + " is not in the model");
    if (std::isnan(lower) || std::isnan(upper) || lower > upper)
        throw badInput("row '" + rows_[r.index].name + "': bounds are empty");
    rows_[r.index].lower = lower;
    rows_[r.index].upper = upper;
}

void Model::setFamily(Var v, std::string family) {
    check(Affine(v), "family");
    vars_[v.index].family = std::move(family);
}

void Model::keepLowerBound(Var v) {
    check(Affine(v), "hard lower bound");
    vars_[v.index].hard_lower = true;
}

bool Model::hasIntegers() const {
    for (const VarInfo& v : vars_)
        if (v.integer)
            return true;
    return false;
}

double Model::value(const Affine& a, const std::vector<double>& x) {
    double s = a.constant;
    for (const auto& [v, c] : a.terms)
        s += c * x[v.index];
    return s;
}

} // namespace gridcarbon::opt
