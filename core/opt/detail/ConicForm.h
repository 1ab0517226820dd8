#pragma once
// A Model in the standard form of a primal-dual interior-point method:
//   minimise c'x + k  subject to  A x = b,  G x + s = h,  s in K,
// K = (nonnegative orthant of `linear` rows) x (second-order cones of dims[i], in order), the
// first entry of each cone bounding the norm of the rest. Equality rows and fixed variables go
// to A; each finite side of a row or a variable's bounds to one linear row of G; each cone of
// the model to one cone block (rhs; lhs) of G.
#include "opt/Model.h"

#include <Eigen/Sparse>
#include <vector>

namespace gridcarbon::opt::detail {

struct ConicForm {
    Eigen::VectorXd c;
    double k = 0.0;
    Eigen::SparseMatrix<double> A; // p x n
    Eigen::VectorXd b;
    Eigen::SparseMatrix<double> G; // m x n
    Eigen::VectorXd h;
    int linear = 0;
    std::vector<int> cone_dims; // blocks after the linear rows, in this order

    // Where each model row went, to give its dual: an equality row of A, and the G rows of its
    // upper and lower side (-1: none).
    std::vector<int> row_equality;
    std::vector<int> row_upper;
    std::vector<int> row_lower;

    // d objective / d row bound of every model row from the multipliers y (of A) and z (of G).
    std::vector<double> rowDuals(const Eigen::VectorXd& y, const Eigen::VectorXd& z) const;
};

ConicForm conicFormOf(const Model& model);

} // namespace gridcarbon::opt::detail
