#include "opt/detail/Diagnosis.h"

#include "opt/Families.h"
#include "opt/detail/ItemName.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <tuple>

namespace gridcarbon::opt::detail {
namespace {

// One relaxable item of the original model and the slack columns that measure its violation
// below its lower and above its upper bound; at most one of them is positive at an optimum
// (both would pay twice for nothing).
struct Item {
    std::string family;
    std::string name;
    std::optional<Var> below;
    std::optional<Var> above;
    double lower = -kInf;
    double upper = kInf;
};

Affine affineOf(const RowInfo& row) {
    Affine a;
    for (const auto& [j, c] : row.terms)
        a.add(Var{j}, c);
    return a;
}

struct Elastic {
    Model model;
    std::vector<Item> items;
};

// The original variables keep their indices (they are added first), so cones and rows are
// copied term by term.
Elastic elasticModel(const Model& original, const std::map<std::string, double>& weights) {
    Elastic e;
    Model& m = e.model;
    Affine objective;
    const auto slack = [&](const Item& item) {
        const Var s = m.addVariable(0.0, kInf);
        const auto w = weights.find(item.family);
        objective.add(s, w == weights.end() ? 1.0 : w->second);
        return s;
    };

    const auto& vars = original.variables();
    for (const VarInfo& v : vars) {
        const bool relaxed = !v.family.empty();
        const double lower = relaxed && !v.hard_lower ? -kInf : v.lower;
        const double upper = relaxed ? kInf : v.upper;
        if (v.integer)
            m.addInteger(lower, upper, 0.0, v.name);
        else
            m.addVariable(lower, upper, 0.0, v.name);
    }
    for (std::size_t j = 0; j < vars.size(); ++j) {
        const VarInfo& v = vars[j];
        if (v.family.empty())
            continue;
        Item item{v.family, itemName(v.name, "variable", j), {}, {}, v.lower, v.upper};
        const Var x{static_cast<int>(j)};
        if (v.lower > -kInf && !v.hard_lower) {
            item.below = slack(item);
            m.addRow(Affine(x) + Affine(*item.below), v.lower, kInf);
        }
        if (v.upper < kInf) {
            item.above = slack(item);
            m.addRow(Affine(x) - Affine(*item.above), -kInf, v.upper);
        }
        e.items.push_back(std::move(item));
    }

    const auto& rows = original.rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RowInfo& r = rows[i];
        Affine a = affineOf(r);
        if (r.family.empty()) {
            m.addRow(a, r.lower, r.upper, r.name);
            continue;
        }
        Item item{r.family, itemName(r.name, "row", i), {}, {}, r.lower, r.upper};
        if (r.lower > -kInf) {
            item.below = slack(item);
            a.add(*item.below, 1.0);
        }
        if (r.upper < kInf) {
            item.above = slack(item);
            a.add(*item.above, -1.0);
        }
        m.addRow(a, r.lower, r.upper, r.name);
        e.items.push_back(std::move(item));
    }

    const auto& cones = original.cones();
    for (std::size_t k = 0; k < cones.size(); ++k) {
        const ConeInfo& c = cones[k];
        if (c.family.empty()) {
            m.addCone(c.lhs, c.rhs, c.name);
            continue;
        }
        // The norm may exceed the right-hand side: the cone's "upper" side.
        Item item{c.family,
                  itemName(c.name, "cone", k),
                  {},
                  {},
                  -kInf,
                  c.rhs.terms.empty() ? c.rhs.constant : std::numeric_limits<double>::quiet_NaN()};
        item.above = slack(item);
        m.addCone(c.lhs, c.rhs + Affine(*item.above), c.name);
        e.items.push_back(std::move(item));
    }
    m.setObjective(objective);
    return e;
}

} // namespace

std::vector<Violation> diagnoseInfeasibility(const Model& model, const SolveOptions& options,
                                             double secondsLeft, std::stop_token stop) {
    if (!(secondsLeft > 0.0) || stop.stop_requested())
        return {};
    const Elastic e = elasticModel(model, options.elastic_weights);
    SolveOptions elastic = options;
    elastic.diagnose = false;
    elastic.time_limit_seconds = secondsLeft;
    elastic.seed_point.clear(); // the elastic model has variables of its own
    const Solution s = solve(e.model, elastic, stop);

    std::vector<Violation> out;
    if (s.status == Status::Infeasible) {
        out.push_back(
            {family::kStructure, "constraints without a family contradict each other", 0.0});
        return out;
    }
    if (s.status != Status::Optimal)
        return out;
    for (const Item& item : e.items) {
        const double below = item.below ? s.value(*item.below) : 0.0;
        const double above = item.above ? s.value(*item.above) : 0.0;
        if (below + above > kViolationThreshold)
            out.push_back({item.family, item.name, below + above, above >= below,
                           above >= below ? item.upper : item.lower});
    }
    std::sort(out.begin(), out.end(), [](const Violation& a, const Violation& b) {
        return std::tie(a.family, b.amount, a.name) < std::tie(b.family, a.amount, b.name);
    });
    return out;
}

} // namespace gridcarbon::opt::detail
