#include "opt/detail/ConeSeparator.h"

#include "opt/detail/ConeCuts.h"

#include <CbcModel.hpp>
#include <CoinFinite.hpp>
#include <OsiCuts.hpp>
#include <OsiRowCut.hpp>
#include <OsiSolverInterface.hpp>

#include <cmath>
#include <vector>

namespace gridcarbon::opt::detail {
namespace {

// Cbc's own integrality tolerance is 1e-7; a point this close is what it would accept.
constexpr double kIntegral = 1e-6;

bool integral(const Model& model, const std::vector<double>& x) {
    const auto& vars = model.variables();
    for (std::size_t j = 0; j < vars.size(); ++j)
        if (vars[j].integer && std::abs(x[j] - std::round(x[j])) > kIntegral)
            return false;
    return true;
}

bool coneFeasible(const Model& model, const std::vector<double>& x, double tolerance) {
    for (const ConeInfo& c : model.cones())
        if (relativeViolation(c, x) > tolerance)
            return false;
    return true;
}

OsiRowCut rowCut(const Cut& cut, bool keep) {
    std::vector<int> columns;
    std::vector<double> elements;
    for (const auto& [j, c] : cut.terms) {
        columns.push_back(j);
        elements.push_back(c);
    }
    OsiRowCut row;
    row.setRow(static_cast<int>(columns.size()), columns.data(), elements.data());
    row.setLb(-COIN_DBL_MAX);
    row.setUb(cut.upper);
    // A tangent supports its cone: valid in the whole tree. Cuts made at integral points are
    // never taken off again (Cbc keeps cuts of effectiveness 1e20 and more), or an incumbent's
    // cut could be dropped and the point found again and again.
    row.setGloballyValid(true);
    if (keep)
        row.setEffectiveness(1e21);
    return row;
}

} // namespace

void ConeCutGenerator::generateCuts(const OsiSolverInterface& si, OsiCuts& cs,
                                    const CglTreeInfo info) {
    ConeSeparation& s = *shared_;
    const double* solution = si.getColSolution();
    const std::vector<double> x(solution, solution + si.getNumCols());
    // Cbc marks a point it is about to accept with option 128; an integral LP point at a
    // fractional node's pass is checked the same way.
    const bool mustHold = (info.options & 128) != 0 || integral(*s.model, x);
    if (!mustHold &&
        (s.stop.stop_requested() || info.pass >= (info.inTree ? s.node_rounds : s.root_rounds)))
        return;
    const std::vector<ConeInfo>& cones = s.model->cones();
    for (std::size_t k = 0; k < cones.size(); ++k) {
        const ConeInfo& c = cones[k];
        if (!(relativeViolation(c, x) > s.tolerance))
            continue;
        std::vector<Cut> tangent = tangentCut(c, static_cast<int>(k), x);
        // No tangent where the cone's vector is zero and its bound negative: the bound must be
        // at least zero, a valid cut that removes the point.
        if (tangent.empty())
            tangent.push_back(boundNonNegative(c, static_cast<int>(k)));
        for (const Cut& cut : tangent) {
            cs.insert(rowCut(cut, mustHold));
            ++s.cuts;
        }
    }
    if (mustHold && cs.sizeRowCuts() == 0 && !coneFeasible(*s.model, x, s.tolerance))
        s.unresolved = true;
    if (s.hook && s.hook->at_integral && integral(*s.model, x)) {
        // Cbc's LP has one more column than the model: the objective constant's.
        const std::vector<double> point(x.begin(), x.begin() + s.model->variables().size());
        for (const Cut& cut : s.hook->at_integral(point)) {
            cs.insert(rowCut(cut, true));
            ++s.cuts;
        }
    }
}

CbcEventHandler::CbcAction ConeEventHandler::event(CbcEvent whichEvent) {
    ConeSeparation& s = *shared_;
    if (whichEvent == beforeSolution2) {
        // Every candidate passes here before it becomes the incumbent, whoever found it.
        const double* candidate = model_->bestSolution();
        if (!candidate)
            return noAction;
        const std::vector<double> x(candidate, candidate + model_->getNumCols());
        if (coneFeasible(*s.model, x, s.tolerance))
            return noAction;
        ++s.killed;
        return killSolution;
    }
    if ((whichEvent == node || whichEvent == treeStatus || whichEvent == solution) &&
        s.stop.stop_requested())
        return stop;

    return noAction;
}

} // namespace gridcarbon::opt::detail
