// gridcarbon-cli opf CASE: multi-period optimal power flow (docs/opf.md).
#include "Command.h"
#include "StderrProgress.h"

#include "io/OpfJson.h"
#include "opf/Opf.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>

namespace gridcarbon::cli {
namespace {

struct OpfArgs {
    std::string input;
    std::string json;
    std::string formulation = "socr";
    std::string objective = "loss";
    std::string weights;
    std::string day;
    std::string binaries = "none";
    std::string misocp = "multi-tree";
    std::string conic = "interior-point";
    std::string write_model;
    opf::OpfOptions options; // the numeric settings, from opfNumberOptions()
    bool no_ac = false;
};

int runOpfCommand(const OpfArgs& a, const std::stop_token& stop) {
    Outputs::requireDistinct({{"--json", a.json}, {"--write-model", a.write_model}});
    const Case c = openCase(a.input);
    opf::OpfOptions o = a.options;
    o.formulation = formulations::parseFormulation(a.formulation);
    o.objective = opf::parseObjective(a.objective);
    o.weights = opf::parseWeights(a.weights);
    o.day = a.day;
    o.binaries = opf::parseBinaries(a.binaries);
    o.solve.misocp =
        a.misocp == "single-tree" ? opt::MisocpMethod::SingleTree : opt::MisocpMethod::MultiTree;
    o.solve.conic = a.conic == "outer-approximation" ? opt::ConicMethod::OuterApproximation
                                                     : opt::ConicMethod::InteriorPoint;
    o.recover_ac = !a.no_ac;
    o.write_model = a.write_model;
    const opf::OpfResult r = [&] {
        StderrProgress progress("opf");
        return opf::runOpf(c, o, &progress, stop);
    }();
    // runOpf reports a stop as a status, not an exception.
    if (r.status == opt::Status::Cancelled)
        throw Error(ErrorCode::Cancelled, "OPF cancelled");
    throwIfCancelled(stop, "OPF");
    if (!a.json.empty()) {
        Outputs out;
        out.add("--json", a.json, opfJson(r));
        out.write();
    }
    const bool optimal = r.status == opt::Status::Optimal;
    if (a.json != "-") {
        std::printf("%s: %s, %s OPF, %zu period(s)\n", caseLabel(c, a.input).c_str(),
                    std::string(opt::toString(r.status)).c_str(), r.formulation.c_str(),
                    optimal ? r.periods.size() : std::size_t{0});
        if (optimal) {
            std::printf("objective (%s) %.9g %s\n", r.objective_name.c_str(), r.objective,
                        r.objective_unit.c_str());
            std::printf("losses %.6f MWh, emissions %.6f tCO2, cost %.2f %s\n", r.loss_mwh,
                        r.carbon_t, r.cost, c.economics.currency.c_str());
            std::printf("relaxation gap max %.3g p.u.^2\n", r.relaxation_gap_max);
            if (std::isfinite(r.gap))
                std::printf("bounds %.9g .. %.9g, gap %.2g\n", r.lower_bound, r.upper_bound, r.gap);
            else
                std::printf("lower bound %.9g; no upper bound proven (cones hold to %.2g)\n",
                            r.lower_bound, r.max_cone_violation);
            double worstLoss = 0.0, worstVm = 0.0;
            for (const opf::AcCheck& ac : r.ac) {
                worstLoss = std::max(worstLoss, std::abs(ac.pf_loss_mw - ac.opf_loss_mw));
                worstVm = std::max(worstVm, ac.vm_max_difference_pu);
            }
            if (!r.ac.empty())
                std::printf("AC check: losses differ by at most %.3g MW, |V| by %.3g p.u.\n",
                            worstLoss, worstVm);
        }
        if (r.stats.interior_point_iterations > 0)
            std::printf("%d interior-point iterations, ", r.stats.interior_point_iterations);
        std::printf("%d LP solves, %d cuts, %lld simplex iterations, %.3f s\n", r.stats.lp_solves,
                    r.stats.cuts, r.stats.simplex_iterations, r.seconds);
    }
    for (const opf::AcCheck& ac : r.ac)
        if (!ac.message.empty())
            std::cerr << "hour " << ac.hour << ": AC check: " << ac.message << "\n";
    // Not solved: one line per error (infeasible: per violated family, its largest item).
    if (!optimal) {
        bool said = false;
        for (const Diagnostic& d : r.diagnostics)
            if (d.severity == Diagnostic::Severity::Error) {
                std::cerr << "error: " << d.message << "\n";
                said = true;
            }
        if (!said)
            std::cerr << "error: the OPF ended with status " << opt::toString(r.status) << "\n";
    }
    return optimal ? 0 : static_cast<int>(ErrorCode::Failed);
}

} // namespace

void addOpfCommand(CLI::App& app, Runner& chosen) {
    auto a = std::make_shared<OpfArgs>();
    CLI::App* oc = app.add_subcommand("opf", "multi-period optimal power flow (docs/opf.md)");
    addCaseArgument(*oc, a->input);
    oc->add_option("--formulation", a->formulation, "dc, lindistflow or socr")
        ->check(CLI::IsMember({"dc", "lindistflow", "socr"}));
    oc->add_option("--objective", a->objective, "loss, cost, carbon or weighted")
        ->check(CLI::IsMember({"loss", "cost", "carbon", "weighted"}));
    oc->add_option("--weights", a->weights,
                   "weighted objective: cost=W,carbon=W,loss=W (default: 1 and the case's "
                   "carbon and loss prices)");
    oc->add_option("--day", a->day,
                   "typical day: one period per hour (default: one "
                   "period at the base values)");
    oc->add_option("--binaries", a->binaries,
                   "integer decisions: none, all, or a list of mt (on/off), es (charge or "
                   "discharge), cap (switched steps)");
    oc->add_option("--misocp", a->misocp,
                   "with binaries: multi-tree (Cbc re-run per outer-approximation round) or "
                   "single-tree (one branch and bound, cones as lazy cuts; experimental)")
        ->check(CLI::IsMember({"single-tree", "multi-tree"}));
    oc->add_option("--conic", a->conic,
                   "without binaries: interior-point (falls back to the outer approximation "
                   "when it does not converge) or outer-approximation (Clp on tangent cuts)")
        ->check(CLI::IsMember({"interior-point", "outer-approximation"}));
    addNumberOptions<opf::OpfOptions>(*oc, opf::opfNumberOptions(),
                                      [a]() -> opf::OpfOptions& { return a->options; });
    oc->add_flag("--no-ac", a->no_ac, "skip the AC power flow at the optimum");
    oc->add_option("--write-model", a->write_model,
                   "write the model before solving it: FILE.mps (exact, cones as CSECTIONs) or "
                   "FILE.lp (its LP relaxation, each cone's first outer approximation)");
    addJsonOption(*oc, a->json);
    onChosen(*oc, chosen, [a](std::stop_token stop) { return runOpfCommand(*a, stop); });
}

} // namespace gridcarbon::cli
