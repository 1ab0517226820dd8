#include "opt/detail/QuasiDefiniteLdl.h"

#include <Eigen/OrderingMethods>
#include <cmath>

namespace gridcarbon::opt::detail {
namespace {

// ECOS's thresholds: a pivot of the right sign below kTiny is replaced by kDynamic.
constexpr double kTiny = 1e-13;
constexpr double kDynamic = 2e-7;

// The upper triangle of P K P' from K's lower triangle.
Eigen::SparseMatrix<double>
permutedUpper(const Eigen::SparseMatrix<double>& lower,
              const Eigen::PermutationMatrix<Eigen::Dynamic, Eigen::Dynamic, int>& p) {
    Eigen::SparseMatrix<double> upper(lower.rows(), lower.cols());
    upper.selfadjointView<Eigen::Upper>() = lower.selfadjointView<Eigen::Lower>().twistedBy(p);
    upper.makeCompressed();
    return upper;
}

} // namespace

void QuasiDefiniteLdl::analyze(const Eigen::SparseMatrix<double>& lower,
                               const std::vector<bool>& positive) {
    const int n = static_cast<int>(lower.rows());
    const Eigen::SparseMatrix<double> full = lower.selfadjointView<Eigen::Lower>();
    Eigen::AMDOrdering<int> amd;
    amd(full, pinv_);
    p_ = pinv_.inverse();
    sign_.assign(n, 1.0);
    for (int i = 0; i < n; ++i)
        sign_[p_.indices()[i]] = positive[i] ? 1.0 : -1.0;

    // Elimination tree and the count of each column of L (LDL's ldl_symbolic).
    const Eigen::SparseMatrix<double> a = permutedUpper(lower, p_);
    parent_.assign(n, -1);
    lnz_.assign(n, 0);
    std::vector<int> flag(n);
    for (int k = 0; k < n; ++k) {
        flag[k] = k;
        for (Eigen::SparseMatrix<double>::InnerIterator it(a, k); it; ++it) {
            int i = static_cast<int>(it.row());
            for (; i < k && flag[i] != k; i = parent_[i]) {
                if (parent_[i] == -1)
                    parent_[i] = k;
                ++lnz_[i];
                flag[i] = k;
            }
        }
    }
    lp_.assign(n + 1, 0);
    for (int k = 0; k < n; ++k)
        lp_[k + 1] = lp_[k] + lnz_[k];
    li_.assign(lp_[n], 0);
    lx_.assign(lp_[n], 0.0);
    d_.assign(n, 0.0);
}

void QuasiDefiniteLdl::factorize(const Eigen::SparseMatrix<double>& lower) {
    const Eigen::SparseMatrix<double> a = permutedUpper(lower, p_);
    const int n = static_cast<int>(a.rows());
    std::vector<double> y(n, 0.0);
    std::vector<int> pattern(n), flag(n);
    regularised_ = 0;
    for (int k = 0; k < n; ++k) {
        // Row k of L: the nonzero pattern of L(k, 0:k-1) by walking the elimination tree.
        int top = n;
        flag[k] = k;
        lnz_[k] = 0;
        for (Eigen::SparseMatrix<double>::InnerIterator it(a, k); it; ++it) {
            int i = static_cast<int>(it.row());
            if (i > k)
                continue;
            y[i] += it.value();
            int len = 0;
            for (; flag[i] != k; i = parent_[i]) {
                pattern[len++] = i;
                flag[i] = k;
            }
            while (len > 0)
                pattern[--top] = pattern[--len];
        }
        double dk = y[k];
        y[k] = 0.0;
        for (; top < n; ++top) {
            const int i = pattern[top];
            const double yi = y[i];
            y[i] = 0.0;
            const int end = lp_[i] + lnz_[i];
            for (int q = lp_[i]; q < end; ++q)
                y[li_[q]] -= lx_[q] * yi;
            const double lki = yi / d_[i];
            dk -= lki * yi;
            li_[end] = k;
            lx_[end] = lki;
            ++lnz_[i];
        }
        if (sign_[k] * dk <= kTiny) {
            dk = sign_[k] * kDynamic;
            ++regularised_;
        }
        d_[k] = dk;
    }
}

Eigen::VectorXd QuasiDefiniteLdl::solve(const Eigen::VectorXd& b) const {
    const int n = static_cast<int>(d_.size());
    Eigen::VectorXd x = p_ * b;
    for (int j = 0; j < n; ++j)
        for (int q = lp_[j]; q < lp_[j] + lnz_[j]; ++q)
            x[li_[q]] -= lx_[q] * x[j];
    for (int j = 0; j < n; ++j)
        x[j] /= d_[j];
    for (int j = n - 1; j >= 0; --j)
        for (int q = lp_[j]; q < lp_[j] + lnz_[j]; ++q)
            x[j] -= lx_[q] * x[li_[q]];
    return pinv_ * x;
}

} // namespace gridcarbon::opt::detail
