#include "gui/studies/powerflow/PowerFlowTables.h"

#include "model/Enums.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui", text);
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

QList<ResultTable> powerFlowTables(const gridcarbon::PowerFlowResult& r,
                                   const gridcarbon::Case& c) {
    using gridcarbon::ElementKind;
    ResultTable buses{tr("Buses"),
                      {{tr("Bus"), {}, 0},
                       {tr("Vm"), tr("p.u."), 4},
                       {tr("Va"), tr("°"), 3},
                       {tr("State"), {}, 0}},
                      {}};
    for (const auto& b : r.buses)
        buses.rows.push_back({{ElementKind::Bus, b.id},
                              {q(b.id), b.energised ? b.vm_pu : kNaN, b.energised ? b.va_deg : kNaN,
                               b.energised ? tr("energised") : tr("not energised")}});

    ResultTable branches{tr("Branches"),
                         {{tr("Branch"), {}, 0},
                          {tr("From"), {}, 0},
                          {tr("To"), {}, 0},
                          {tr("P from"), tr("MW"), 4},
                          {tr("Q from"), tr("MVAr"), 4},
                          {tr("P to"), tr("MW"), 4},
                          {tr("Q to"), tr("MVAr"), 4},
                          {tr("Loss"), tr("kW"), 2},
                          {tr("Loss"), tr("kvar"), 2},
                          {tr("Loading"), tr("%"), 1}},
                         {}};
    for (std::size_t k = 0; k < r.branches.size(); ++k) {
        const auto& f = r.branches[k];
        // Loading: the larger apparent power of the two ends against the rating (none: no
        // rating).
        double loading = kNaN;
        const double rating = k < c.branches.size() ? c.branches[k].rate_mva : 0.0;
        if (f.in_service && rating > 0.0)
            loading = 100.0 *
                      std::max(std::hypot(f.p_from_mw, f.q_from_mvar),
                               std::hypot(f.p_to_mw, f.q_to_mvar)) /
                      rating;
        const auto value = [&](double v) {
            return f.in_service ? v : kNaN;
        };
        branches.rows.push_back({{ElementKind::Branch, f.id},
                                 {q(f.id), q(f.from), q(f.to), value(f.p_from_mw),
                                  value(f.q_from_mvar), value(f.p_to_mw), value(f.q_to_mvar),
                                  value(f.loss_kw), value(f.loss_kvar), loading}});
    }

    ResultTable units{tr("Units"),
                      {{tr("Unit"), {}, 0},
                       {tr("Kind"), {}, 0},
                       {tr("Bus"), {}, 0},
                       {tr("P"), tr("MW"), 4},
                       {tr("Q"), tr("MVAr"), 4}},
                      {}};
    for (std::size_t g = 0; g < r.generators.size() && g < c.generators.size(); ++g) {
        const auto& out = r.generators[g];
        const auto& unit = c.generators[g];
        units.rows.push_back({{ElementKind::Generator, out.id},
                              {q(out.id), QString::fromUtf8(gridcarbon::toString(unit.kind).data()),
                               q(unit.bus), out.p_mw, out.q_mvar}});
    }
    return {buses, branches, units};
}

} // namespace gridcarbon::gui
