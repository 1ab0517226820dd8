#include "opt/detail/CbcBackend.h"

#include "opt/detail/ClpStop.h"
#include "opt/detail/CoinArrays.h"
#include "opt/detail/ConeSeparator.h"

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
// After CbcModel.hpp: CbcCutGenerator.hpp uses CbcNode without declaring it.
#include <CbcCutGenerator.hpp>
#include <CglGomory.hpp>
#include <CglProbing.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiAuxInfo.hpp>
#include <OsiClpSolverInterface.hpp>

#include <algorithm>
#include <cmath>

namespace gridcarbon::opt::detail {
namespace {

// Cbc asks at every node (and at its periodic tree reports) whether to go on; a stop request
// ends the search there. The LPs in between (the root, its cut rounds, strong branching) stop
// through a ClpStopHandler on Cbc's solver, which its copies clone.
class StopHandler : public CbcEventHandler {
public:
    explicit StopHandler(std::stop_token stop) : stop_(std::move(stop)) {}
    CbcAction event(CbcEvent whichEvent) override {
        if ((whichEvent == node || whichEvent == treeStatus) && stop_.stop_requested())
            return stop;
        return noAction;
    }
    CbcEventHandler* clone() const override { return new StopHandler(*this); }

private:
    std::stop_token stop_;
};

} // namespace

struct CbcBackend::Impl {
    OsiClpSolverInterface solver;
    int columns = 0; // model variables; one more column carries the objective constant
};

CbcBackend::CbcBackend(const Model& model) : impl_(std::make_unique<Impl>()) {
    const auto& vars = model.variables();
    const int n = static_cast<int>(vars.size());
    // Cbc has no objective constant of its own; a column fixed at 1 that costs the constant
    // puts it into every objective and bound Cbc reports, so that its relative gap test
    // measures the same number as ours.
    CoinProblem p = coinProblem(model, 1);
    p.col_lower[n] = p.col_upper[n] = 1.0;
    p.objective[n] = model.objectiveConstant();
    OsiClpSolverInterface& s = impl_->solver;
    s.messageHandler()->setLogLevel(0);
    s.getModelPtr()->setLogLevel(0);
    // As in ClpBackend: the cuts must hold well inside the cone tolerance, or the separation
    // argument of the outer approximation (MixedInteger.cpp) loses its margin.
    s.setDblParam(OsiPrimalTolerance, 1e-9);
    s.setDblParam(OsiDualTolerance, 1e-9);
    s.loadProblem(p.matrix, p.col_lower.data(), p.col_upper.data(), p.objective.data(),
                  p.row_lower.data(), p.row_upper.data());
    for (int j = 0; j < n; ++j)
        if (vars[j].integer)
            s.setInteger(j);
    impl_->columns = n;
}

CbcBackend::~CbcBackend() = default;

void CbcBackend::addCuts(const std::vector<Cut>& cuts) {
    if (cuts.empty())
        return;
    const CoinRows r = coinRows(cuts);
    impl_->solver.addRows(r.count(), r.starts.data(), r.columns.data(), r.elements.data(),
                          r.lower.data(), r.upper.data());
}

namespace {

// The settings every search shares: wall-clock limit, gap, cutoff, quiet logs.
void configure(CbcModel& cbc, double secondsLeft, double gap, double absoluteGap, double cutoff) {
    cbc.setLogLevel(0);
    cbc.messageHandler()->setLogLevel(0);
    cbc.solver()->messageHandler()->setLogLevel(0);
    cbc.setUseElapsedTime(true); // our limit is wall-clock time, Cbc's default is CPU time
    if (std::isfinite(secondsLeft))
        cbc.setMaximumSeconds(std::max(secondsLeft, 1e-3));
    // Half the requested gaps: Cbc measures the relative gap against max(|incumbent|, |bound|)
    // as we do, and the halving leaves room for the final polish of the incumbent. Cbc prunes nodes
    // that cannot beat the incumbent by its cutoff increment (default 1e-5, absolute), and then
    // reports them as explored; keep that far below the gap so that the bound it reports stays
    // honest.
    cbc.setAllowableGap(0.5 * absoluteGap);
    cbc.setAllowableFractionGap(0.5 * gap);
    cbc.setCutoffIncrement(0.01 * gap);
    if (cutoff < kInf)
        cbc.setCutoff(cutoff);
}

// Runs the search on `cbc` with a stop handler for its LPs, and reads what it found.
MilpOutcome search(CbcModel& cbc, int columns, std::stop_token stop) {
    // Probing fixes and tightens binaries (on/off units, charge/discharge); Gomory cuts close
    // much of the gap at the root. Cbc clones both.
    CglProbing probing;
    probing.setUsingObjective(1);
    probing.setMaxPass(1);
    probing.setMaxPassRoot(5);
    probing.setRowCuts(3);
    CglGomory gomory;
    gomory.setLimit(300);
    cbc.addCutGenerator(&probing, -1, "Probing");
    cbc.addCutGenerator(&gomory, -99, "Gomory");

    ClpStopHandler lpHandler(stop);
    if (auto* lp = dynamic_cast<OsiClpSolverInterface*>(cbc.solver()))
        lp->getModelPtr()->passInEventHandler(&lpHandler);

    MilpOutcome out;
    if (!stop.stop_requested())
        cbc.initialSolve();
    if (!stop.stop_requested())
        cbc.branchAndBound();
    out.nodes = cbc.getNodeCount();
    out.iterations = cbc.getIterationCount();
    if (const double* best = cbc.bestSolution()) {
        out.has_solution = true;
        out.x.assign(best, best + columns);
        out.objective = cbc.getObjValue();
    }
    out.bound = cbc.getBestPossibleObjValue();
    if (stop.stop_requested())
        out.status = Status::Cancelled;
    else if (cbc.isProvenOptimal())
        out.status = Status::Optimal;
    else if (cbc.isProvenInfeasible())
        out.status = Status::Infeasible;
    else if (cbc.isContinuousUnbounded() || cbc.isProvenDualInfeasible())
        out.status = Status::Unbounded;
    else if (cbc.isSecondsLimitReached())
        out.status = Status::TimeLimit;
    else if (cbc.isNodeLimitReached())
        out.status = Status::IterationLimit;
    else
        out.status = Status::NumericalFailure;
    if (!(out.bound > -1e29)) // Cbc's "no bound known" is -1e50 or so
        out.bound = -kInf;
    return out;
}

} // namespace

MilpOutcome CbcBackend::solve(double secondsLeft, double gap, double absoluteGap, double cutoff,
                              std::stop_token stop) {
    CbcModel cbc(impl_->solver);
    configure(cbc, secondsLeft, gap, absoluteGap, cutoff);
    const StopHandler handler(stop);
    cbc.passInEventHandler(&handler);
    return search(cbc, impl_->columns, stop);
}

MilpOutcome CbcBackend::solveWithCones(const Model& model, double coneTolerance, double secondsLeft,
                                       double gap, double absoluteGap, const IntegralHook& hook,
                                       std::stop_token stop, ConeTreeStats& stats) {
    auto shared = std::make_shared<ConeSeparation>();
    shared->model = &model;
    shared->hook = &hook;
    shared->tolerance = coneTolerance;
    shared->stop = stop;
    // Type 4: an integral LP point may still need cuts. Set on a copy of the solver before Cbc
    // copies that, since Cbc takes the characteristics from its solver's auxiliary information.
    OsiClpSolverInterface lp(impl_->solver);
    OsiBabSolver characteristics(4);
    lp.setAuxiliaryInfo(&characteristics);
    CbcModel cbc(lp);
    configure(cbc, secondsLeft, gap, absoluteGap, kInf);
    // Cbc 2.10 re-solves a candidate with its integers fixed on the root's copy of the LP,
    // which has none of the tree's cuts, and keeps that LP's continuous values: off the cones.
    // Bit 4 checks the candidate's rows instead and keeps its values.
    cbc.setSpecialOptions(cbc.specialOptions() | 4);
    cbc.setHowOftenGlobalScan(1);
    // Strong branching solves the children's LPs outside the node loop, and an integral one
    // becomes a candidate the separator never sees; the event handler would have to kill it,
    // which Cbc 2.10 then takes as the branch being done. Plain branching sends every integral
    // point through a node, where the separator cuts it.
    cbc.setNumberStrong(0);
    cbc.setNumberBeforeTrust(0);
    ConeCutGenerator separator(shared);
    // atSolution: Cbc's filter would otherwise drop a cut violated by no more than 1e-7, which
    // a tangent at the tolerance's edge is.
    cbc.addCutGenerator(&separator, 1, "SOC-OA", true, true);
    CbcCutGenerator* added = cbc.cutGenerator(cbc.numberCutGenerators() - 1);
    added->setMustCallAgain(true);
    added->setNeedsOptimalBasis(false);
    const ConeEventHandler handler(shared);
    cbc.passInEventHandler(&handler);
    MilpOutcome out = search(cbc, impl_->columns, stop);
    stats.cuts = shared->cuts;
    stats.killed = shared->killed;
    stats.unresolved = shared->unresolved;
    return out;
}

} // namespace gridcarbon::opt::detail
