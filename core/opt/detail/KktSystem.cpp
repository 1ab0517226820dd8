#include "opt/detail/KktSystem.h"

#include <algorithm>

namespace gridcarbon::opt::detail {
namespace {

// Static regularisation: keeps the quasi-definite matrix factorisable in any order; iterative
// refinement against the unregularised matrix removes its effect on the step (ECOS does the
// same).
constexpr double kRegularisation = 1e-8;
constexpr int kRefinementSteps = 8;

} // namespace

KktSystem::KktSystem(const ConicForm& form, const ProductCone& cone)
    : form_(form), cone_(cone), n_(static_cast<int>(form.c.size())),
      p_(static_cast<int>(form.b.size())), m_(static_cast<int>(form.h.size())), g_(form.G) {
    for (std::size_t k = 0; k < cone.dims().size(); ++k) {
        std::vector<int> cols;
        const int off = cone.offsets()[k];
        for (int r = off; r < off + cone.dims()[k]; ++r)
            for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(g_, r); it; ++it)
                cols.push_back(static_cast<int>(it.col()));
        std::sort(cols.begin(), cols.end());
        cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
        blockColumns_.push_back(std::move(cols));
    }
}

void KktSystem::factorizeIdentity() {
    BlockDiagonal identity{Eigen::VectorXd::Ones(cone_.linear()), {}};
    for (int d : cone_.dims())
        identity.cones.push_back(Eigen::MatrixXd::Identity(d, d));
    assemble(identity);
}

void KktSystem::factorize(const NtScaling& scaling) {
    assemble(scaling.inverse());
}

void KktSystem::assemble(const BlockDiagonal& inverse) {
    inverse_ = inverse;
    const Eigen::VectorXd& linear = inverse.linear;
    const std::vector<Eigen::MatrixXd>& cones = inverse.cones;
    // G~ = W^-1 G: linear rows scaled; each cone's rows mixed by its dense W^-1, over the union
    // of their columns so that the pattern never changes.
    std::vector<Eigen::Triplet<double>> gt;
    gt.reserve(static_cast<std::size_t>(g_.nonZeros()) * 2);
    for (int r = 0; r < cone_.linear(); ++r)
        for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(g_, r); it; ++it)
            gt.emplace_back(r, static_cast<int>(it.col()), linear[r] * it.value());
    for (std::size_t k = 0; k < cones.size(); ++k) {
        const int off = cone_.offsets()[k];
        const int d = cone_.dims()[k];
        const auto& cols = blockColumns_[k];
        Eigen::MatrixXd block = Eigen::MatrixXd::Zero(d, static_cast<Eigen::Index>(cols.size()));
        for (int r = 0; r < d; ++r)
            for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(g_, off + r); it;
                 ++it)
                block(r, std::lower_bound(cols.begin(), cols.end(), static_cast<int>(it.col())) -
                             cols.begin()) = it.value();
        const Eigen::MatrixXd scaled = cones[k] * block;
        for (int r = 0; r < d; ++r)
            for (std::size_t c = 0; c < cols.size(); ++c)
                gt.emplace_back(off + r, cols[c], scaled(r, static_cast<Eigen::Index>(c)));
    }
    scaledG_.resize(m_, n_);
    scaledG_.setFromTriplets(gt.begin(), gt.end());

    const int size = n_ + p_ + m_;
    std::vector<Eigen::Triplet<double>> t;
    t.reserve(static_cast<std::size_t>(form_.A.nonZeros() + scaledG_.nonZeros() + size));
    for (int j = 0; j < n_; ++j)
        t.emplace_back(j, j, kRegularisation);
    for (int i = 0; i < p_; ++i)
        t.emplace_back(n_ + i, n_ + i, -kRegularisation);
    for (int i = 0; i < m_; ++i)
        t.emplace_back(n_ + p_ + i, n_ + p_ + i, -1.0 - kRegularisation);
    for (int j = 0; j < n_; ++j) {
        for (Eigen::SparseMatrix<double>::InnerIterator it(form_.A, j); it; ++it)
            t.emplace_back(n_ + static_cast<int>(it.row()), j, it.value());
        for (Eigen::SparseMatrix<double>::InnerIterator it(scaledG_, j); it; ++it)
            t.emplace_back(n_ + p_ + static_cast<int>(it.row()), j, it.value());
    }
    Eigen::SparseMatrix<double> K(size, size);
    K.setFromTriplets(t.begin(), t.end());
    if (!analysed_) {
        std::vector<bool> positive(size, false);
        std::fill(positive.begin(), positive.begin() + n_, true);
        ldl_.analyze(K, positive);
        analysed_ = true;
    }
    ldl_.factorize(K);
}

Eigen::VectorXd KktSystem::multiply(const Eigen::VectorXd& v) const {
    Eigen::VectorXd out(n_ + p_ + m_);
    out.head(n_) = form_.A.transpose() * v.segment(n_, p_) + scaledG_.transpose() * v.tail(m_);
    out.segment(n_, p_) = form_.A * v.head(n_);
    out.tail(m_) = scaledG_ * v.head(n_) - v.tail(m_);
    return out;
}

KktSystem::Step KktSystem::solve(const Eigen::VectorXd& bx, const Eigen::VectorXd& by,
                                 const Eigen::VectorXd& bz) const {
    Eigen::VectorXd rhs(n_ + p_ + m_);
    rhs << bx, by, inverse_.apply(cone_, bz);
    Eigen::VectorXd sol = ldl_.solve(rhs);
    const double floor = 1e-15 * (1.0 + rhs.lpNorm<Eigen::Infinity>());
    for (int i = 0; i < kRefinementSteps; ++i) {
        const Eigen::VectorXd r = rhs - multiply(sol);
        if (r.lpNorm<Eigen::Infinity>() <= floor)
            break;
        sol += ldl_.solve(r);
    }
    return {sol.head(n_), sol.segment(n_, p_), inverse_.apply(cone_, sol.tail(m_))};
}

} // namespace gridcarbon::opt::detail
