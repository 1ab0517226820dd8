#include "opt/detail/Certificate.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gridcarbon::opt::detail {
namespace {

// Each cone's cuts move inwards by this many times its violation at the LP's point (in the
// cone's own units). Near the optimum the cone's distance to its cuts grows like the square
// of the distance from the tangent points, so x0 ends up inside by about the shift minus the
// violation; the entry step is then about 1 / (1 + this), and the certified gap about
// (1 + 1 / this) times the LP's error (see Certificate.h).
constexpr double kShiftPerViolation = 4.0;
// Cones barely violated or satisfied still move in by this share of the largest violation:
// the tightened LP moves them too, and without room they end up just outside.
constexpr double kLeastShare = 0.001;
constexpr int kTriesPerRound = 3;
constexpr double kBoostOutside = 10.0;
constexpr double kShrinkInfeasible = 0.1;

double norm(const std::vector<double>& v) {
    double s = 0.0;
    for (double e : v)
        s += e * e;
    return std::sqrt(s);
}

} // namespace

double entryStep(const ConeInfo& cone, const std::vector<double>& x,
                 const std::vector<double>& x0) {
    const std::size_t k = cone.lhs.size();
    std::vector<double> a(k);
    std::vector<double> b(k);
    for (std::size_t i = 0; i < k; ++i) {
        a[i] = Model::value(cone.lhs[i], x);
        b[i] = Model::value(cone.lhs[i], x0) - a[i];
    }
    const double c = Model::value(cone.rhs, x);
    const double d = Model::value(cone.rhs, x0) - c;
    std::vector<double> y(k);
    const auto excess = [&](double t) {
        for (std::size_t i = 0; i < k; ++i)
            y[i] = a[i] + t * b[i];
        return norm(y) - (c + t * d);
    };
    if (excess(0.0) <= 0.0)
        return 0.0;
    if (!(excess(1.0) < 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    // The excess is convex in t, positive at 0 and negative at 1: one root, found by bisection
    // keeping `high` inside the cone, to the last bit.
    double low = 0.0;
    double high = 1.0;
    while (high - low > std::numeric_limits<double>::epsilon() * high) {
        const double mid = 0.5 * (low + high);
        if (mid <= low || mid >= high)
            break;
        (excess(mid) <= 0.0 ? high : low) = mid;
    }
    return high;
}

Certifier::Certifier(const Model& model) : model_(model), boost_(model.cones().size(), 1.0) {}

bool Certifier::promising(double maxViolation, double allowedGap) const {
    if (!possible() || !(maxViolation <= kCertifyBelow))
        return false;
    // Twice the allowance: the ratio drifts from round to round, and a try that just misses
    // costs one LP while a round skipped needlessly costs two.
    return gapPerViolation_ < 0.0 || gapPerViolation_ * maxViolation <= 2.0 * allowedGap;
}

std::optional<FeasiblePoint> Certifier::tryPoint(ClpBackend& lp, const std::vector<double>& x,
                                                 double objective,
                                                 const std::vector<double>& violations,
                                                 double objectiveConstant, const Budget& budget,
                                                 std::stop_token stop, SolveStats& stats) {
    const std::vector<ConeInfo>& cones = model_.cones();
    const double largest = *std::max_element(violations.begin(), violations.end());
    std::vector<double> shift(cones.size());
    for (int attempt = 0; attempt < kTriesPerRound && possible(); ++attempt) {
        for (std::size_t k = 0; k < cones.size(); ++k)
            shift[k] = kShiftPerViolation * std::max(violations[k], kLeastShare * largest) *
                       boost_[k] * scale_ * std::max(1.0, std::abs(Model::value(cones[k].rhs, x)));
        const LpOutcome o = lp.solveTightened(shift, budget.left(), stop);
        ++stats.lp_solves;
        stats.simplex_iterations += o.iterations;
        if (o.status == Status::Infeasible) {
            ++infeasible_;
            scale_ *= kShrinkInfeasible;
            continue;
        }
        if (o.status != Status::Optimal)
            return std::nullopt;
        double step = 0.0;
        bool inside = true;
        for (std::size_t k = 0; k < cones.size(); ++k) {
            const double t = entryStep(cones[k], x, o.x);
            if (std::isnan(t)) {
                boost_[k] *= kBoostOutside;
                inside = false;
            } else {
                step = std::max(step, t);
            }
        }
        if (!inside)
            continue;
        FeasiblePoint p;
        p.x.resize(x.size());
        for (std::size_t j = 0; j < x.size(); ++j)
            p.x[j] = x[j] + step * (o.x[j] - x[j]);
        p.objective = objective + step * (o.objective + objectiveConstant - objective);
        gapPerViolation_ = (p.objective - objective) / largest;
        return p;
    }
    return std::nullopt;
}

} // namespace gridcarbon::opt::detail
