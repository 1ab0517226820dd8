#pragma once
// The cones of a model as lazy constraints of one Cbc branch and bound (single-tree outer
// approximation, SingleTree.cpp). The cut generator is called at every node: at an integral
// LP point it adds the tangent of every cone violated beyond the tolerance, and Cbc, told
// that cuts may be needed for an integral solution (OsiBabSolver type 4) and that this
// generator must be called again, puts the node back and re-solves it instead of accepting the
// point; at a fractional point it adds a limited number of rounds of tangents to tighten the
// bound. The event handler is the backstop for candidates no generator sees (strong branching,
// heuristics): it kills a cone-infeasible one before it becomes the incumbent. An integral
// point also goes to the owner's IntegralHook, whose cuts join the tangents. Both also stop the
// search on a stop request. COIN-OR types: private to opt/detail.
#include "opt/Model.h"
#include "opt/detail/CbcBackend.h"

#include <CbcEventHandler.hpp>
#include <CglCutGenerator.hpp>

#include <memory>
#include <stop_token>

namespace gridcarbon::opt::detail {

// What the generator's clones and the handler's share (Cbc clones both).
struct ConeSeparation {
    const Model* model = nullptr;
    const IntegralHook* hook = nullptr;
    double tolerance = 1e-7;
    int root_rounds = 20; // cut passes at the root's fractional points
    int node_rounds = 1;  // and at every other node's
    std::stop_token stop;
    long cuts = 0;           // tangents added
    long killed = 0;         // candidates the handler refused
    bool unresolved = false; // an integral point violated a cone that gave no cut
};

class ConeCutGenerator final : public CglCutGenerator {
public:
    explicit ConeCutGenerator(std::shared_ptr<ConeSeparation> shared)
        : shared_(std::move(shared)) {}
    void generateCuts(const OsiSolverInterface& si, OsiCuts& cs,
                      const CglTreeInfo info = CglTreeInfo()) override;
    CglCutGenerator* clone() const override { return new ConeCutGenerator(*this); }

private:
    std::shared_ptr<ConeSeparation> shared_;
};

class ConeEventHandler final : public CbcEventHandler {
public:
    explicit ConeEventHandler(std::shared_ptr<ConeSeparation> shared)
        : shared_(std::move(shared)) {}
    CbcAction event(CbcEvent whichEvent) override;
    CbcEventHandler* clone() const override { return new ConeEventHandler(*this); }

private:
    std::shared_ptr<ConeSeparation> shared_;
};

} // namespace gridcarbon::opt::detail
