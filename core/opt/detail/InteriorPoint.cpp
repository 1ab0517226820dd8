#include "opt/detail/InteriorPoint.h"

#include "opt/detail/ConicForm.h"
#include "opt/detail/KktSystem.h"
#include "opt/detail/ProductCone.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gridcarbon::opt::detail {
namespace {

constexpr int kMaxIterations = 100;
constexpr double kStepShare = 0.99; // of the way to the cone's boundary
// Iterates this large mean no optimum is being approached (an infeasible or unbounded model):
// the outer approximation takes over and says which.
constexpr double kDiverged = 1e13;
// Once the gap is within the options' allowance the method goes on, while it improves, to a
// hundredth of it: a few more iterations make the printed digits right, not just within 1e-6.
constexpr double kExtraDigits = 1e-2;

// Moves u into the interior of K as CVXOPT's conelp starts: unchanged if it is inside, else
// shifted along e by one more than it is outside.
void shiftInside(const ProductCone& cone, Eigen::VectorXd& u) {
    const double out = cone.outside(u);
    if (out >= 0.0)
        u += (1.0 + out) * cone.identity();
}

struct Iterate {
    Eigen::VectorXd x, y, z, s;
};

} // namespace

InteriorPointOutcome solveByInteriorPoint(const Model& model, const SolveOptions& options,
                                          const Budget& budget, std::stop_token stop,
                                          double feasibility) {
    InteriorPointOutcome out;
    // The objective scaled to entries of at most 1: a cost over a year of typical days in
    // currency has entries near 1e6 against rows in per unit, and multipliers of that size leave
    // the KKT system too ill-conditioned for the Newton steps to close the primal residual.
    ConicForm f = conicFormOf(model);
    const double scale = std::max(1.0, f.c.lpNorm<Eigen::Infinity>());
    f.c /= scale;
    f.k /= scale;
    const ProductCone cone(f.linear, f.cone_dims);
    const int n = static_cast<int>(f.c.size());
    const int p = static_cast<int>(f.b.size());
    const int m = cone.size();
    KktSystem kkt(f, cone);

    // Starting point (CVXOPT conelp): the least-norm s with A x = b, G x + s = h, and the
    // least-norm z with c + A'y + G'z = 0, each shifted into the interior.
    kkt.factorizeIdentity();
    const auto primal = kkt.solve(Eigen::VectorXd::Zero(n), f.b, f.h);
    const auto dual = kkt.solve(-f.c, Eigen::VectorXd::Zero(p), Eigen::VectorXd::Zero(m));
    Iterate v{primal.x, dual.y, dual.z, -primal.z};
    shiftInside(cone, v.s);
    shiftInside(cone, v.z);

    const double nb = 1.0 + f.b.norm();
    const double nh = 1.0 + f.h.norm();
    const double nc = 1.0 + f.c.norm();
    const Eigen::VectorXd e = cone.identity();
    auto accept = [&](const Iterate& at, double pcost, double dcost, Status status) {
        out.status = status;
        out.x.assign(at.x.data(), at.x.data() + n);
        out.row_duals = f.rowDuals(scale * at.y, scale * at.z);
        out.primal_objective = scale * pcost;
        out.dual_objective = scale * dcost;
    };
    bool withinAllowance = false;
    double lastGap = kInf;
    for (int it = 0; it < kMaxIterations; ++it) {
        out.iterations = it;
        const Eigen::VectorXd rx = f.A.transpose() * v.y + f.G.transpose() * v.z + f.c;
        const Eigen::VectorXd ry = f.A * v.x - f.b;
        const Eigen::VectorXd rz = f.G * v.x + v.s - f.h;
        const double gap = v.s.dot(v.z);
        const double mu = gap / cone.degree();
        const double pcost = f.c.dot(v.x) + f.k;
        const double dcost = -f.b.dot(v.y) - f.h.dot(v.z) + f.k;
        const double pres = std::max(ry.norm() / nb, rz.norm() / nh);
        const double dres = rx.norm() / nc;
        if (!std::isfinite(gap) || !std::isfinite(pres) || !std::isfinite(dres) ||
            v.x.lpNorm<Eigen::Infinity>() > kDiverged || v.z.lpNorm<Eigen::Infinity>() > kDiverged)
            return out;
        const bool feasible = pres <= feasibility && dres <= feasibility;
        const double allowance =
            std::max(gapAllowance(scale * dcost, scale * pcost, options), options.absolute_gap) /
            scale;
        // The bounds reported are the two objectives, whose difference is s'z only up to the
        // residuals: the stop needs both within the allowance.
        if (feasible && gap <= allowance && pcost - dcost <= allowance) {
            const bool stalled = withinAllowance && gap > 0.5 * lastGap;
            withinAllowance = true;
            accept(v, pcost, dcost, Status::Optimal);
            if (gap <= kExtraDigits * allowance || stalled)
                return out;
        }
        lastGap = gap;
        if (stop.stop_requested()) {
            out.status = Status::Cancelled;
            return out;
        }
        if (budget.exhausted()) {
            if (!withinAllowance)
                out.status = Status::TimeLimit;
            return out;
        }

        const NtScaling w(cone, v.s, v.z);
        kkt.factorize(w);
        const Eigen::VectorXd& lambda = w.lambda();
        // Newton step for the complementarity target t: lambda o (W dz + W^-T ds) = t. The
        // KKT right-hand side of z is -rz - W (lambda \ t); s's step comes from the primal rows
        // rather than from W (lambda \ t - W dz), because W amplifies the error of dz near the
        // boundary, and this keeps G x + s - h shrinking with the step.
        auto step = [&](const Eigen::VectorXd& target) {
            auto d = kkt.solve(-rx, -ry, -rz - w.apply(cone.divide(lambda, target)));
            Eigen::VectorXd ds = -rz - f.G * d.x;
            return std::pair{std::move(d), std::move(ds)};
        };
        const Eigen::VectorXd ll = cone.product(lambda, lambda);
        const auto [affine, dsAffine] = step(-ll);
        const double alphaAffine =
            std::min({1.0, cone.maxStep(v.s, dsAffine), cone.maxStep(v.z, affine.z)});
        const double muAffine =
            (v.s + alphaAffine * dsAffine).dot(v.z + alphaAffine * affine.z) / cone.degree();
        const double sigma = std::pow(std::clamp(muAffine / mu, 0.0, 1.0), 3);
        // Mehrotra's second-order term: (W^-T ds_a) o (W dz_a).
        const Eigen::VectorXd correction =
            cone.product(w.applyInverse(dsAffine), w.apply(affine.z));
        const auto [d, ds] = step(-ll - correction + sigma * mu * e);
        if (!d.x.allFinite() || !d.y.allFinite() || !d.z.allFinite() || !ds.allFinite())
            return out;
        const double alpha =
            std::min(1.0, kStepShare * std::min(cone.maxStep(v.s, ds), cone.maxStep(v.z, d.z)));
        if (!(alpha > 1e-12))
            return out;
        v.x += alpha * d.x;
        v.y += alpha * d.y;
        v.z += alpha * d.z;
        v.s += alpha * ds;
    }
    return out;
}

Solution solutionOf(const Model& model, const InteriorPointOutcome& outcome) {
    Solution sol;
    sol.status = outcome.status;
    sol.stats.interior_point_iterations = outcome.iterations;
    if (outcome.status != Status::Optimal)
        return sol;
    sol.x = outcome.x;
    sol.row_duals = outcome.row_duals;
    sol.objective = outcome.primal_objective;
    sol.lower_bound = std::min(outcome.dual_objective, outcome.primal_objective);
    sol.upper_bound = outcome.primal_objective;
    sol.gap = relativeGap(sol.lower_bound, sol.upper_bound);
    for (double violation : coneViolations(model, sol.x))
        sol.max_cone_violation = std::max(sol.max_cone_violation, violation);
    return sol;
}

} // namespace gridcarbon::opt::detail
