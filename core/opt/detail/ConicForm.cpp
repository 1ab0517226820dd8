#include "opt/detail/ConicForm.h"

#include <cmath>

namespace gridcarbon::opt::detail {
namespace {

using Triplets = std::vector<Eigen::Triplet<double>>;

// Rows of one matrix collected as triplets, each with its right-hand side.
struct RowSink {
    Triplets entries;
    std::vector<double> rhs;

    int add(const std::vector<std::pair<int, double>>& terms, double sign, double value) {
        const int row = static_cast<int>(rhs.size());
        for (const auto& [j, a] : terms)
            if (a != 0.0)
                entries.emplace_back(row, j, sign * a);
        rhs.push_back(value);
        return row;
    }
    int add(const Affine& a, double sign, double value) {
        const int row = static_cast<int>(rhs.size());
        for (const auto& [v, coefficient] : a.terms)
            if (coefficient != 0.0)
                entries.emplace_back(row, v.index, sign * coefficient);
        rhs.push_back(value);
        return row;
    }
};

Eigen::SparseMatrix<double> matrixOf(const RowSink& sink, int columns) {
    Eigen::SparseMatrix<double> m(static_cast<Eigen::Index>(sink.rhs.size()), columns);
    m.setFromTriplets(sink.entries.begin(), sink.entries.end()); // sums repeated terms
    m.makeCompressed();
    return m;
}

Eigen::VectorXd vectorOf(const std::vector<double>& v) {
    return Eigen::Map<const Eigen::VectorXd>(v.data(), static_cast<Eigen::Index>(v.size()));
}

} // namespace

ConicForm conicFormOf(const Model& model) {
    const auto& vars = model.variables();
    const auto& rows = model.rows();
    const int n = static_cast<int>(vars.size());
    ConicForm f;
    f.c.resize(n);
    for (int j = 0; j < n; ++j)
        f.c[j] = vars[j].objective;
    f.k = model.objectiveConstant();

    RowSink eq;
    RowSink ineq; // G x + s = h, s >= 0 for these
    f.row_equality.assign(rows.size(), -1);
    f.row_upper.assign(rows.size(), -1);
    f.row_lower.assign(rows.size(), -1);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RowInfo& r = rows[i];
        if (r.lower == r.upper) {
            f.row_equality[i] = eq.add(r.terms, 1.0, r.upper);
            continue;
        }
        if (std::isfinite(r.upper))
            f.row_upper[i] = ineq.add(r.terms, 1.0, r.upper);
        if (std::isfinite(r.lower))
            f.row_lower[i] = ineq.add(r.terms, -1.0, -r.lower);
    }
    for (int j = 0; j < n; ++j) {
        const VarInfo& v = vars[j];
        if (v.lower == v.upper) {
            eq.add({{j, 1.0}}, 1.0, v.upper);
            continue;
        }
        if (std::isfinite(v.upper))
            ineq.add({{j, 1.0}}, 1.0, v.upper);
        if (std::isfinite(v.lower))
            ineq.add({{j, 1.0}}, -1.0, -v.lower);
    }
    f.linear = static_cast<int>(ineq.rhs.size());
    // ||lhs(x)|| <= rhs(x) as s = h - G x = (rhs; lhs): h holds the constants, G minus the terms.
    for (const ConeInfo& cone : model.cones()) {
        ineq.add(cone.rhs, -1.0, cone.rhs.constant);
        for (const Affine& a : cone.lhs)
            ineq.add(a, -1.0, a.constant);
        f.cone_dims.push_back(static_cast<int>(cone.lhs.size()) + 1);
    }
    f.A = matrixOf(eq, n);
    f.b = vectorOf(eq.rhs);
    f.G = matrixOf(ineq, n);
    f.h = vectorOf(ineq.rhs);
    return f;
}

std::vector<double> ConicForm::rowDuals(const Eigen::VectorXd& y, const Eigen::VectorXd& z) const {
    // The dual objective is -b'y - h'z: raising b_i moves the optimum by -y_i, raising h_i by
    // -z_i; a lower bound enters h with a minus sign.
    std::vector<double> duals(row_equality.size(), 0.0);
    for (std::size_t i = 0; i < duals.size(); ++i) {
        if (row_equality[i] >= 0)
            duals[i] = -y[row_equality[i]];
        if (row_upper[i] >= 0)
            duals[i] -= z[row_upper[i]];
        if (row_lower[i] >= 0)
            duals[i] += z[row_lower[i]];
    }
    return duals;
}

} // namespace gridcarbon::opt::detail
