#include "opt/detail/ConeCuts.h"

#include <cmath>
#include <map>

namespace gridcarbon::opt::detail {
namespace {

// sum_i g_i lhs_i - rhs <= 0, with constants moved to the right-hand side.
Cut combine(const ConeInfo& cone, int index, const std::vector<double>& g) {
    std::map<int, double> merged;
    double constant = 0.0;
    for (std::size_t i = 0; i < cone.lhs.size(); ++i) {
        if (g[i] == 0.0)
            continue;
        for (const auto& [v, c] : cone.lhs[i].terms)
            merged[v.index] += g[i] * c;
        constant += g[i] * cone.lhs[i].constant;
    }
    for (const auto& [v, c] : cone.rhs.terms)
        merged[v.index] -= c;
    constant -= cone.rhs.constant;
    Cut cut;
    for (const auto& [i, c] : merged)
        if (c != 0.0)
            cut.terms.emplace_back(i, c);
    cut.upper = -constant;
    cut.cone = index;
    return cut;
}

} // namespace

double relativeViolation(const ConeInfo& cone, const std::vector<double>& x) {
    double norm2 = 0.0;
    for (const Affine& a : cone.lhs) {
        const double y = Model::value(a, x);
        norm2 += y * y;
    }
    const double t = Model::value(cone.rhs, x);
    return (std::sqrt(norm2) - t) / std::max(1.0, std::abs(t));
}

std::vector<Cut> tangentCut(const ConeInfo& cone, int index, const std::vector<double>& x) {
    std::vector<double> y(cone.lhs.size());
    double norm2 = 0.0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        y[i] = Model::value(cone.lhs[i], x);
        norm2 += y[i] * y[i];
    }
    const double norm = std::sqrt(norm2);
    if (!(norm > 0.0) || !std::isfinite(norm))
        return {};
    for (double& g : y)
        g /= norm;
    return {combine(cone, index, y)};
}

Cut boundNonNegative(const ConeInfo& cone, int index) {
    return combine(cone, index, std::vector<double>(cone.lhs.size(), 0.0));
}

std::vector<Cut> initialCuts(const ConeInfo& cone, int index) {
    std::vector<Cut> cuts;
    std::vector<double> g(cone.lhs.size(), 0.0);
    for (std::size_t i = 0; i < g.size(); ++i)
        for (double sign : {1.0, -1.0}) {
            g.assign(g.size(), 0.0);
            g[i] = sign;
            cuts.push_back(combine(cone, index, g));
        }
    return cuts;
}

} // namespace gridcarbon::opt::detail
