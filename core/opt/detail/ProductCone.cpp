#include "opt/detail/ProductCone.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace gridcarbon::opt::detail {
namespace {

constexpr double kInfStep = std::numeric_limits<double>::infinity();

// u0^2 - ||u1||^2 of a cone block.
double jnorm2(const Eigen::Ref<const Eigen::VectorXd>& u) {
    return u[0] * u[0] - u.tail(u.size() - 1).squaredNorm();
}

// The largest t >= 0 with u + t du in Q, u interior: the first root of
// (u0 + t du0)^2 - ||u1 + t du1||^2 = 0 where u0 + t du0 >= 0.
double coneStep(const Eigen::Ref<const Eigen::VectorXd>& u,
                const Eigen::Ref<const Eigen::VectorXd>& du) {
    const Eigen::Index k = u.size() - 1;
    const double a = jnorm2(du);
    const double b = u[0] * du[0] - u.tail(k).dot(du.tail(k));
    const double c = std::max(jnorm2(u), 0.0);
    double t = kInfStep;
    if (du[0] < 0.0)
        t = -u[0] / du[0]; // the axis part turns negative there at the latest
    // a t^2 + 2 b t + c >= 0 holds at t = 0; its first positive root ends the step.
    if (a == 0.0) {
        if (b < 0.0)
            t = std::min(t, -c / (2.0 * b));
        return t;
    }
    const double disc = b * b - a * c;
    if (disc < 0.0)
        return t; // no real root: stays inside along the line (a > 0 then)
    const double sq = std::sqrt(disc);
    // Roots (-b -+ sq) / a written without cancellation.
    const double q = -(b + std::copysign(sq, b));
    const double r1 = q / a;
    const double r2 = q != 0.0 ? c / q : kInfStep;
    for (double r : {r1, r2})
        if (r > 0.0)
            t = std::min(t, r);
    return t;
}

} // namespace

ProductCone::ProductCone(int linear, std::vector<int> dims)
    : linear_(linear), dims_(std::move(dims)) {
    int at = linear_;
    for (int d : dims_) {
        offsets_.push_back(at);
        at += d;
    }
    size_ = at;
}

Eigen::VectorXd ProductCone::identity() const {
    Eigen::VectorXd e = Eigen::VectorXd::Zero(size_);
    e.head(linear_).setOnes();
    for (int off : offsets_)
        e[off] = 1.0;
    return e;
}

double ProductCone::maxStep(const Eigen::VectorXd& u, const Eigen::VectorXd& du) const {
    double t = kInfStep;
    for (int i = 0; i < linear_; ++i)
        if (du[i] < 0.0)
            t = std::min(t, -u[i] / du[i]);
    for (std::size_t k = 0; k < dims_.size(); ++k)
        t = std::min(t,
                     coneStep(u.segment(offsets_[k], dims_[k]), du.segment(offsets_[k], dims_[k])));
    return t;
}

double ProductCone::outside(const Eigen::VectorXd& u) const {
    double worst = -kInfStep;
    for (int i = 0; i < linear_; ++i)
        worst = std::max(worst, -u[i]);
    for (std::size_t k = 0; k < dims_.size(); ++k) {
        const auto block = u.segment(offsets_[k], dims_[k]);
        worst = std::max(worst, block.tail(dims_[k] - 1).norm() - block[0]);
    }
    return worst;
}

Eigen::VectorXd ProductCone::product(const Eigen::VectorXd& a, const Eigen::VectorXd& b) const {
    Eigen::VectorXd out(size_);
    out.head(linear_) = a.head(linear_).cwiseProduct(b.head(linear_));
    for (std::size_t k = 0; k < dims_.size(); ++k) {
        const int off = offsets_[k];
        const int d = dims_[k];
        const auto x = a.segment(off, d);
        const auto y = b.segment(off, d);
        out[off] = x.dot(y);
        out.segment(off + 1, d - 1) = x[0] * y.tail(d - 1) + y[0] * x.tail(d - 1);
    }
    return out;
}

Eigen::VectorXd ProductCone::divide(const Eigen::VectorXd& lambda, const Eigen::VectorXd& d) const {
    Eigen::VectorXd u(size_);
    u.head(linear_) = d.head(linear_).cwiseQuotient(lambda.head(linear_));
    for (std::size_t k = 0; k < dims_.size(); ++k) {
        const int off = offsets_[k];
        const int n = dims_[k] - 1;
        const auto l = lambda.segment(off, n + 1);
        const auto r = d.segment(off, n + 1);
        const double rho = jnorm2(l);
        const double u0 = (l[0] * r[0] - l.tail(n).dot(r.tail(n))) / rho;
        u[off] = u0;
        u.segment(off + 1, n) = (r.tail(n) - u0 * l.tail(n)) / l[0];
    }
    return u;
}

NtScaling::NtScaling(const ProductCone& cone, const Eigen::VectorXd& s, const Eigen::VectorXd& z)
    : cone_(cone) {
    const int lin = cone.linear();
    w_.linear = s.head(lin).cwiseQuotient(z.head(lin)).cwiseSqrt();
    winv_.linear = w_.linear.cwiseInverse();
    lambda_.resize(cone.size());
    lambda_.head(lin) = s.head(lin).cwiseProduct(z.head(lin)).cwiseSqrt();
    const auto& dims = cone.dims();
    w_.cones.resize(dims.size());
    winv_.cones.resize(dims.size());
    for (std::size_t k = 0; k < dims.size(); ++k) {
        const int off = cone.offsets()[k];
        const int d = dims[k];
        const Eigen::VectorXd sk = s.segment(off, d);
        const Eigen::VectorXd zk = z.segment(off, d);
        const double sn = std::sqrt(std::max(jnorm2(sk), 0.0));
        const double zn = std::sqrt(std::max(jnorm2(zk), 0.0));
        const Eigen::VectorXd sb = sk / sn;
        const Eigen::VectorXd zb = zk / zn;
        const double gamma = std::sqrt(std::max((1.0 + sb.dot(zb)) / 2.0, 0.0));
        // wbar = (sbar + J zbar) / (2 gamma): the scaling point, wbar' J wbar = 1.
        Eigen::VectorXd wb = sb;
        wb[0] += zb[0];
        wb.tail(d - 1) -= zb.tail(d - 1);
        wb /= 2.0 * gamma;
        const double beta = std::sqrt(sn / zn);
        // W = beta (2 v v' - J) with v = (wbar + e) / sqrt(2 (wbar0 + 1)).
        Eigen::VectorXd v = wb;
        v[0] += 1.0;
        v /= std::sqrt(2.0 * (wb[0] + 1.0));
        Eigen::MatrixXd J = -Eigen::MatrixXd::Identity(d, d);
        J(0, 0) = 1.0;
        w_.cones[k] = beta * (2.0 * v * v.transpose() - J);
        const Eigen::VectorXd jv = J * v;
        winv_.cones[k] = (2.0 * jv * jv.transpose() - J) / beta;
        lambda_.segment(off, d) = w_.cones[k] * zk;
    }
}

Eigen::VectorXd BlockDiagonal::apply(const ProductCone& cone, const Eigen::VectorXd& u) const {
    Eigen::VectorXd out(u.size());
    const int lin = cone.linear();
    out.head(lin) = linear.cwiseProduct(u.head(lin));
    for (std::size_t k = 0; k < cones.size(); ++k) {
        const int off = cone.offsets()[k];
        const int d = cone.dims()[k];
        out.segment(off, d) = cones[k] * u.segment(off, d);
    }
    return out;
}

} // namespace gridcarbon::opt::detail
