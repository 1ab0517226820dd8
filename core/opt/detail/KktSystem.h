#pragma once
// The Newton system of the interior-point method (detail/InteriorPoint.h), in CVXOPT's scaled
// form: with G~ = W^-1 G and z~ = W z,
//   [ dI  A'   G~'  ] [ x  ]   [ bx      ]
//   [ A   -dI  0    ] [ y  ] = [ by      ]
//   [ G~  0    -I   ] [ z~ ]   [ W^-1 bz ]
// is the system [0 A' G'; A 0 0; G 0 -W'W] (x, y, z) = (bx, by, bz). Scaling G keeps the last
// block the identity, where forming W'W would square the conditioning of the cone blocks near
// the boundary. Factorised once per iteration, solved for several right-hand sides with
// iterative refinement against the unregularised matrix.
#include "opt/detail/ConicForm.h"
#include "opt/detail/ProductCone.h"
#include "opt/detail/QuasiDefiniteLdl.h"

#include <Eigen/Sparse>
#include <vector>

namespace gridcarbon::opt::detail {

class KktSystem {
public:
    KktSystem(const ConicForm& form, const ProductCone& cone);

    // For the scaling W, or for W = I (the starting point).
    void factorize(const NtScaling& scaling);
    void factorizeIdentity();

    struct Step {
        Eigen::VectorXd x, y, z;
    };
    Step solve(const Eigen::VectorXd& bx, const Eigen::VectorXd& by,
               const Eigen::VectorXd& bz) const;

private:
    void assemble(const BlockDiagonal& inverse);
    Eigen::VectorXd multiply(const Eigen::VectorXd& v) const; // the unregularised matrix

    const ConicForm& form_;
    const ProductCone& cone_;
    int n_, p_, m_;
    Eigen::SparseMatrix<double, Eigen::RowMajor> g_; // G by rows
    // Per cone block: the columns any of its rows touches, in order.
    std::vector<std::vector<int>> blockColumns_;
    BlockDiagonal inverse_;               // W^-1, as factorised
    Eigen::SparseMatrix<double> scaledG_; // G~
    QuasiDefiniteLdl ldl_;
    bool analysed_ = false;
};

} // namespace gridcarbon::opt::detail
