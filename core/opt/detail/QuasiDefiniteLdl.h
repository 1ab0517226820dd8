#pragma once
// Sparse LDL' of a symmetric quasi-definite matrix (the interior-point method's KKT system)
// with dynamic regularisation: a pivot whose sign is not the one its block needs (+ for the
// primal variables, - for the multipliers), or that is too small, is replaced by a small one of
// the right sign, as ECOS does (Domahidi, Chu, Boyd 2013). Iterative refinement against the
// true matrix then removes the perturbation. Eigen's SimplicialLDLT fails on an exactly zero
// pivot instead, and exact zeros arise when a tiny regularisation is cancelled in rounding.
// AMD ordering (Eigen's), the elimination tree and the up-looking numeric factorisation of
// Davis's LDL (Davis, "Algorithm 849", ACM TOMS 31(4), 2005).
#include <Eigen/Sparse>
#include <vector>

namespace gridcarbon::opt::detail {

class QuasiDefiniteLdl {
public:
    // `lower`: the lower triangle of the matrix; `positive[i]`: the sign pivot i needs. The
    // pattern of every later factorize() must be the same.
    void analyze(const Eigen::SparseMatrix<double>& lower, const std::vector<bool>& positive);
    void factorize(const Eigen::SparseMatrix<double>& lower);
    Eigen::VectorXd solve(const Eigen::VectorXd& b) const;
    int regularisedPivots() const { return regularised_; }

private:
    Eigen::PermutationMatrix<Eigen::Dynamic, Eigen::Dynamic, int> p_, pinv_;
    std::vector<double> sign_; // +-1 per permuted index
    std::vector<int> parent_, lp_, lnz_, li_;
    std::vector<double> lx_, d_;
    int regularised_ = 0;
};

} // namespace gridcarbon::opt::detail
