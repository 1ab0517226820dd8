#include "opf/Opf.h"

#include "formulations/NetworkFormulation.h"
#include "model/Enums.h"
#include "operation/Infeasibility.h"
#include "operation/OperationBuilder.h"
#include "operation/PowerFlowSeed.h"
#include "opf/AcRecovery.h"
#include "opt/Export.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>

namespace gridcarbon::opf {
namespace {

using formulations::Formulation;
using opt::Affine;

struct Built {
    operation::OperationProblem op;
    Affine objective; // as reported, without the tie-break
};

Affine objectiveOf(const Case& c, const OpfOptions& o, const operation::OperationProblem& b) {
    switch (o.objective) {
    case Objective::Loss:
        return b.loss;
    case Objective::Cost:
        return b.cost;
    case Objective::Carbon:
        return b.carbon;
    case Objective::Weighted: {
        Affine sum = o.weights.cost.value_or(1.0) * b.cost;
        sum += o.weights.carbon.value_or(c.economics.carbon_price_per_t) * b.carbon;
        if (o.formulation == Formulation::SOCR)
            sum += o.weights.loss.value_or(c.economics.loss_price_per_mwh) * b.loss;
        return sum;
    }
    }
    return {};
}

std::string unitOf(const Case& c, const OpfOptions& o, int periods) {
    switch (o.objective) {
    case Objective::Loss:
        return periods == 1 ? "MW" : "MWh";
    case Objective::Carbon:
        return "tCO2";
    case Objective::Cost:
    case Objective::Weighted:
        return c.economics.currency;
    }
    return {};
}

// Objectives that do not price losses leave the SOC relaxation free to overstate them when
// free energy can be curtailed (the optimum is then not unique and the cones need not be
// tight). A loss term this small picks the physical point among the optima without moving
// the objective measurably (docs/opf.md).
constexpr double kLossTieBreakPerMwh = 1e-6;

Built build(const Case& c, const OpfOptions& o, const operation::Horizon& h) {
    operation::OperationSpec spec;
    spec.formulation = o.formulation;
    spec.binaries = o.binaries;
    spec.quadratic_cost = o.objective == Objective::Cost || o.objective == Objective::Weighted;
    Built b{operation::OperationBuilder(c, h, spec).close(), {}};
    b.objective = objectiveOf(c, o, b.op);
    if (o.formulation == Formulation::SOCR && o.objective != Objective::Loss)
        b.op.model.setObjective(b.objective + kLossTieBreakPerMwh * b.op.loss);
    else
        b.op.model.setObjective(b.objective);
    return b;
}

// OpfOptions::write_model: which writer its extension asks for.
enum class ModelFile { None, Mps, Lp };

ModelFile modelFileOf(const std::filesystem::path& file) {
    if (file.empty())
        return ModelFile::None;
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (extension == ".mps")
        return ModelFile::Mps;
    if (extension == ".lp")
        return ModelFile::Lp;
    throw badInput("model file '" + file.string() +
                   "': unknown extension (.mps for the conic MPS, .lp for its LP relaxation)");
}

PeriodResult periodResult(const Case& c, const operation::OperationProblem& b, const OpfOptions& o,
                          const opt::Solution& s, int t) {
    const operation::Horizon& h = b.horizon;
    const double base = c.base_mva;
    const bool dc = o.formulation == Formulation::DC;
    const bool duals = !s.row_duals.empty();
    PeriodResult r;
    r.hour = t;
    for (std::size_t n = 0; n < c.buses.size(); ++n) {
        BusResult bus;
        bus.id = c.buses[n].id;
        bus.vm_pu = dc ? 1.0 : std::sqrt(std::max(0.0, s.value(b.vars.v[t][n])));
        if (duals) {
            bus.p_price_per_mwh = s.dual(b.balance.p[t][n]) / (base * h.hours);
            if (!dc)
                bus.q_price_per_mvarh = s.dual(b.balance.q[t][n]) / (base * h.hours);
        }
        r.buses.push_back(bus);
    }
    const auto gaps = formulations::relaxationGaps(b.net, b.vars, s);
    for (std::size_t k = 0; k < b.net.branches.size(); ++k) {
        BranchResult br;
        br.id = b.net.branches[k].id;
        br.p_mw = s.value(b.vars.p[t][k]) * base;
        br.q_mvar = dc ? 0.0 : s.value(b.vars.q[t][k]) * base;
        if (o.formulation == Formulation::SOCR) {
            br.loss_mw = b.net.branches[k].r * s.value(b.vars.l[t][k]) * base;
            br.relaxation_gap = gaps[t][k];
        }
        r.loss_mw += br.loss_mw;
        r.branches.push_back(br);
    }
    std::vector<double> vm;
    for (const BusResult& bus : r.buses)
        vm.push_back(bus.vm_pu);
    r.devices = operation::deviceResults(c, b.devices, s, t, vm);
    return r;
}

} // namespace

OpfResult runOpf(const Case& c, const OpfOptions& o, Progress* progress, std::stop_token stop) {
    const Stopwatch started;
    NullProgress silent;
    Progress& report = progress ? *progress : silent;
    if (o.objective == Objective::Loss && o.formulation != Formulation::SOCR)
        throw badInput("the loss objective needs the socr formulation: " +
                       std::string(formulations::toString(o.formulation)) + " is lossless");
    const ModelFile modelFile = modelFileOf(o.write_model);

    report.report(0.0, "building the model");
    const Built b = build(c, o, operation::makeHorizon(c, o.day));
    const operation::OperationProblem& op = b.op;
    const operation::Horizon& h = op.horizon;
    if (stop.stop_requested())
        throw Error(ErrorCode::Cancelled, "OPF cancelled");
    // The model as it will be solved (the loss tie-break included), before the solve, so that
    // a solve that fails or never ends can still be handed to another solver.
    if (modelFile != ModelFile::None) {
        report.report(0.02, "writing the model");
        if (modelFile == ModelFile::Mps)
            opt::writeMps(op.model, o.write_model);
        else
            opt::writeLp(op.model, o.write_model);
    }

    report.report(0.05, "solving");
    opt::SolveOptions solveOptions = o.solve;
    // Unserved load is the last thing to suggest: relax limits first, so that the diagnosis
    // names the voltage, thermal or device limits that make the case impossible.
    for (const auto& [family, weight] : operation::diagnosisWeights())
        solveOptions.elastic_weights.try_emplace(family, weight);
    if (solveOptions.seed_point.empty())
        solveOptions.seed_point = operation::powerFlowSeed(c, op, stop);
    const opt::Solution s = opt::solve(op.model, solveOptions, stop);

    OpfResult r;
    r.status = s.status;
    r.formulation = std::string(formulations::toString(o.formulation));
    r.objective_name = std::string(toString(o.objective));
    r.objective_unit = unitOf(c, o, h.periods);
    r.day = o.day;
    r.stats = s.stats;
    r.max_cone_violation = s.max_cone_violation;
    r.infeasibility = s.infeasibility;
    if (s.status == opt::Status::Optimal || (!s.x.empty() && s.status == opt::Status::TimeLimit)) {
        r.objective = opt::Model::value(b.objective, s.x);
        // The tie-break is part of what was minimised; the bounds are reported on the
        // objective alone, shifted by its value at the solution.
        const double tieBreak = s.objective - r.objective;
        r.lower_bound = s.lower_bound - tieBreak;
        r.upper_bound = s.upper_bound - tieBreak;
        r.gap = s.gap;
        r.loss_mwh = opt::Model::value(op.loss, s.x);
        r.cost = opt::Model::value(op.cost, s.x);
        r.carbon_t = opt::Model::value(op.carbon, s.x);
        for (int t = 0; t < h.periods; ++t) {
            r.periods.push_back(periodResult(c, op, o, s, t));
            for (const BranchResult& br : r.periods.back().branches)
                r.relaxation_gap_max = std::max(r.relaxation_gap_max, std::abs(br.relaxation_gap));
        }
        if (o.recover_ac) {
            const auto announce = [&](int t) {
                report.report(0.9 + 0.1 * t / h.periods,
                              "AC power flow of hour " + std::to_string(t));
            };
            r.ac = recoverAc(c, h, r.periods, announce, stop);
            for (const AcCheck& check : r.ac)
                if (!check.message.empty())
                    r.diagnostics.push_back({Diagnostic::Severity::Warning,
                                             "hour " + std::to_string(check.hour),
                                             "AC power flow at the optimum: " + check.message});
        }
        if (s.status == opt::Status::TimeLimit)
            r.diagnostics.push_back({Diagnostic::Severity::Warning,
                                     {},
                                     "time limit reached: the best solution found is reported",
                                     s.gap});
    } else {
        r.outcome = Outcome::Failed;
        // Infeasible: what gives, item by item in engineering words, one line per family.
        const std::vector<Diagnostic> why =
            s.status == opt::Status::Infeasible
                ? operation::infeasibilityDiagnostics(c, h, s.infeasibility,
                                                      "the OPF is infeasible")
                : std::vector<Diagnostic>{};
        if (why.empty())
            r.diagnostics.push_back({Diagnostic::Severity::Error,
                                     {},
                                     "the OPF ended " + std::string(opt::toString(s.status))});
        r.diagnostics.insert(r.diagnostics.end(), why.begin(), why.end());
    }
    report.report(1.0, "done");
    r.seconds = started.seconds();
    return r;
}

} // namespace gridcarbon::opf
