#include "opt/Verify.h"

#include "opt/detail/ConeCuts.h"
#include "opt/detail/ItemName.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>

namespace gridcarbon::opt {
namespace {

// How far v lies outside [lower, upper]; infinite when v is not a number.
double outside(double v, double lower, double upper) {
    if (!std::isfinite(v))
        return kInf;
    return std::max({lower - v, v - upper, 0.0});
}

} // namespace

std::string_view toString(ItemKind k) {
    switch (k) {
    case ItemKind::Row:
        return "row";
    case ItemKind::Bound:
        return "bound";
    case ItemKind::Integrality:
        return "integrality";
    case ItemKind::Cone:
        return "cone";
    }
    return "?";
}

std::vector<ItemViolation> verifySolution(const Model& model, const Solution& solution,
                                          double tolerance) {
    const auto& vars = model.variables();
    const std::vector<double>& x = solution.x;
    if (x.size() != vars.size())
        throw badInput("verifySolution: the solution has " + std::to_string(x.size()) +
                       " values for " + std::to_string(vars.size()) + " variables");
    if (!(tolerance >= 0.0))
        throw badInput("verifySolution: the tolerance must be a number >= 0");

    std::vector<ItemViolation> out;
    const auto& rows = model.rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RowInfo& r = rows[i];
        double activity = 0.0;
        for (const auto& [j, c] : r.terms)
            activity += c * x[j];
        const double amount = outside(activity, r.lower, r.upper);
        if (amount > tolerance)
            out.push_back({ItemKind::Row, static_cast<int>(i), detail::itemName(r.name, "row", i),
                           r.family, amount});
    }
    for (std::size_t j = 0; j < vars.size(); ++j) {
        const VarInfo& v = vars[j];
        const double amount = outside(x[j], v.lower, v.upper);
        if (amount > tolerance)
            out.push_back({ItemKind::Bound, static_cast<int>(j),
                           detail::itemName(v.name, "variable", j), v.family, amount});
    }
    for (std::size_t j = 0; j < vars.size(); ++j) {
        const VarInfo& v = vars[j];
        if (!v.integer)
            continue;
        const double amount = std::isfinite(x[j]) ? std::abs(x[j] - std::round(x[j])) : kInf;
        if (amount > tolerance)
            out.push_back({ItemKind::Integrality, static_cast<int>(j),
                           detail::itemName(v.name, "variable", j), v.family, amount});
    }
    const auto& cones = model.cones();
    for (std::size_t k = 0; k < cones.size(); ++k) {
        const ConeInfo& c = cones[k];
        double amount = detail::relativeViolation(c, x);
        if (std::isnan(amount))
            amount = kInf;
        if (amount > tolerance)
            out.push_back({ItemKind::Cone, static_cast<int>(k), detail::itemName(c.name, "cone", k),
                           c.family, amount});
    }
    return out;
}

} // namespace gridcarbon::opt
