#include "powerflow/PowerFlow.h"

#include "powerflow/NetworkModel.h"
#include "powerflow/Solvers.h"
#include "util/Error.h"
#include "util/Text.h"

#include <chrono>
#include <cmath>
#include <limits>
#include <numbers>
#include <utility>

namespace gridcarbon {
namespace {

void fillBranchFlows(const NetworkModel& m, const Case& c, const SolverOutcome& solved,
                     PowerFlowResult& r) {
    r.branches.resize(c.branches.size());
    for (std::size_t k = 0; k < c.branches.size(); ++k) {
        const Branch& br = c.branches[k];
        r.branches[k] = BranchFlow{br.id, br.from, br.to, br.in_service};
    }
    const double base = m.base_mva;
    const Eigen::VectorXcd& v = solved.v;
    for (const CompiledBranch& b : m.branches) {
        const Complex vf = v[b.from], vt = v[b.to];
        const Complex series = seriesCurrent(b, v, solved.coupler_current);
        const Complex sf = vf *
                           std::conj(series / std::conj(b.ratio) +
                                     Complex(0.0, b.b_half) * vf / std::norm(b.ratio)) *
                           base;
        const Complex st = vt * std::conj(-series + Complex(0.0, b.b_half) * vt) * base;
        BranchFlow& f = r.branches[b.index];
        f.p_from_mw = sf.real();
        f.q_from_mvar = sf.imag();
        f.p_to_mw = st.real();
        f.q_to_mvar = st.imag();
        f.loss_kw = (sf.real() + st.real()) * 1e3;
        // Series reactive loss I^2 x, without the charging the line itself produces.
        f.loss_kvar = std::norm(series) * b.z.imag() * base * 1e3;
        r.total_loss_kw += f.loss_kw;
        r.total_loss_kvar += f.loss_kvar;
    }
}

// `s`: the power each bus injects at the solution (injectedPower).
void fillGeneratorOutputs(const NetworkModel& m, const Case& c, const Eigen::VectorXcd& s,
                          PowerFlowResult& r) {
    r.generators.resize(c.generators.size());
    for (std::size_t g = 0; g < c.generators.size(); ++g) {
        const Generator& gen = c.generators[g];
        r.generators[g] = GeneratorOutput{gen.id, 0.0, 0.0};
    }
    for (std::size_t g = 0; g < c.generators.size(); ++g) {
        r.generators[g].p_mw = m.unit_p_mw[g];
        r.generators[g].q_mvar = m.unit_q_mvar[g];
    }
    // The regulating units of a bus produce what it injects beyond its specified injections:
    // the balancing unit all of that active power, and all of them the reactive power, shared
    // in proportion to their reactive ranges as MATPOWER's pfsoln does (equally when the ranges
    // are zero or unbounded).
    for (std::size_t i = 0; i < m.bus_count; ++i) {
        const auto& units = m.regulating[i];
        if (units.empty() || m.type[i] == BusType::Dead)
            continue;
        const Complex extra = (s[i] - m.s_spec[i]) * m.base_mva;
        double qMinTotal = 0.0, rangeTotal = 0.0;
        for (std::size_t g : units) {
            qMinTotal += c.generators[g].q_min_mvar;
            rangeTotal += c.generators[g].q_max_mvar - c.generators[g].q_min_mvar;
        }
        const bool proportional = std::isfinite(rangeTotal) && rangeTotal > 0.0;
        for (std::size_t g : units) {
            const Generator& gen = c.generators[g];
            GeneratorOutput& o = r.generators[g];
            o.q_mvar = proportional
                           ? gen.q_min_mvar + (extra.imag() - qMinTotal) *
                                                  (gen.q_max_mvar - gen.q_min_mvar) / rangeTotal
                           : extra.imag() / static_cast<double>(units.size());
            if (m.balancing[g])
                o.p_mw = extra.real();
        }
    }
}

} // namespace

std::string_view toString(PowerFlowMethod m) {
    switch (m) {
    case PowerFlowMethod::Auto:
        return "auto";
    case PowerFlowMethod::BackwardForwardSweep:
        return "bfs";
    case PowerFlowMethod::Newton:
        return "newton";
    }
    return "?";
}

std::string whyNotConverged(const PowerFlowResult& r) {
    if (r.converged)
        return {};
    for (const Diagnostic& d : r.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            return d.message;
    return "the power flow did not converge";
}

namespace {

// "the power flow did not converge after 30 iterations: the largest mismatch is 92.8 MVA at
// bus '30'", with why the iterations stopped early when they did.
std::string nonConvergenceMessage(int iterations, const std::string& stoppedEarly,
                                  double mismatchMva, const std::string& bus) {
    std::string text = "the power flow did not converge after " + std::to_string(iterations) +
                       (iterations == 1 ? " iteration" : " iterations");
    if (!stoppedEarly.empty())
        text += " (" + stoppedEarly + ")";
    text += std::isfinite(mismatchMva)
                ? ": the largest mismatch is " + roundedNumber(mismatchMva) + " MVA"
                : ": the mismatch is not finite";
    return text + (bus.empty() ? "" : " at bus '" + bus + "'");
}

void checkOptions(const PowerFlowOptions& options) {
    if (!(options.tolerance > 0.0))
        throw badInput("power flow tolerance must be positive");
    if (options.max_iterations < 0)
        throw badInput("power flow iteration limit must not be negative");
}

// A converged power flow whose numbers are not all finite (an overflow the validation's
// ranges did not foresee) is reported as not converged, naming the item, never printed as nan.
void requireFiniteResult(const Case& c, PowerFlowResult& r) {
    if (!r.converged)
        return;
    std::string item;
    for (const BusState& b : r.buses)
        if (item.empty() && b.energised && !(std::isfinite(b.vm_pu) && std::isfinite(b.va_deg)))
            item = "bus '" + b.id + "'";
    for (std::size_t k = 0; k < r.branches.size() && item.empty(); ++k) {
        const BranchFlow& f = r.branches[k];
        if (!(std::isfinite(f.p_from_mw) && std::isfinite(f.q_from_mvar) &&
              std::isfinite(f.p_to_mw) && std::isfinite(f.q_to_mvar)))
            item = "branch '" + c.branches[k].id + "'";
    }
    if (item.empty() && !(std::isfinite(r.total_loss_kw) && std::isfinite(r.total_loss_kvar)))
        item = "the losses";
    if (item.empty())
        return;
    r.converged = false;
    r.diagnostics.push_back({Diagnostic::Severity::Error,
                             {},
                             "the power flow gave a value that is not a finite number at " + item,
                             0.0,
                             0.0});
}

PowerFlowResult solveCompiled(const NetworkModel& m, const Case& c, const PowerFlowOptions& options,
                              Progress& sink, std::stop_token stop) {
    PowerFlowResult r;
    r.diagnostics = m.diagnostics;
    r.method = options.method;
    if (r.method == PowerFlowMethod::Auto)
        r.method = m.sweep_obstacle.empty() ? PowerFlowMethod::BackwardForwardSweep
                                            : PowerFlowMethod::Newton;
    SolverOutcome solved;
    if (r.method == PowerFlowMethod::Newton)
        solved = solveNewton(m, options.tolerance,
                             options.max_iterations ? options.max_iterations : 30, sink, stop);
    else
        solved = solveSweep(m, options.tolerance,
                            options.max_iterations ? options.max_iterations : 200, sink, stop);
    r.converged = solved.converged;
    r.outcome = r.converged ? Outcome::Complete : Outcome::Failed;
    r.iterations = solved.iterations;
    const Eigen::VectorXcd& v = solved.v;

    // The same yardstick for both solvers: the largest power mismatch at buses whose
    // injection is specified.
    const Eigen::VectorXcd injected = injectedPower(m, v, solved.coupler_current);
    const Eigen::VectorXcd mis = injected - m.s_spec;
    std::size_t worst = 0;
    for (std::size_t i = 0; i < m.bus_count; ++i) {
        double e = 0.0;
        if (m.type[i] == BusType::PQ)
            e = std::abs(mis[i]);
        else if (m.type[i] == BusType::PV)
            e = std::abs(mis[i].real());
        if (!(e <= r.max_mismatch_pu) && !std::isnan(r.max_mismatch_pu)) {
            r.max_mismatch_pu = e;
            worst = i;
        }
    }
    if (!r.converged)
        r.diagnostics.push_back({Diagnostic::Severity::Error,
                                 c.buses.empty() ? std::string() : c.buses[worst].id,
                                 nonConvergenceMessage(r.iterations, solved.stopped_early,
                                                       r.max_mismatch_pu * c.base_mva,
                                                       c.buses.empty() ? "" : c.buses[worst].id),
                                 r.max_mismatch_pu * c.base_mva, options.tolerance * c.base_mva});

    r.buses.resize(c.buses.size());
    r.min_vm_pu = std::numeric_limits<double>::infinity();
    r.max_vm_pu = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < c.buses.size(); ++i) {
        BusState& b = r.buses[i];
        b.id = c.buses[i].id;
        b.energised = m.type[i] != BusType::Dead;
        b.vm_pu = std::abs(v[i]);
        b.va_deg = b.energised ? std::arg(v[i]) * 180.0 / std::numbers::pi : 0.0;
        if (!b.energised)
            continue;
        if (b.vm_pu < r.min_vm_pu) {
            r.min_vm_pu = b.vm_pu;
            r.min_vm_bus = b.id;
        }
        if (b.vm_pu > r.max_vm_pu) {
            r.max_vm_pu = b.vm_pu;
            r.max_vm_bus = b.id;
        }
    }
    if (r.min_vm_bus.empty())
        r.min_vm_pu = r.max_vm_pu = 0.0;
    fillBranchFlows(m, c, solved, r);
    fillGeneratorOutputs(m, c, injected, r);
    requireFiniteResult(c, r);
    sink.report(1.0, r.converged ? "power flow converged" : "power flow did not converge");
    return r;
}

} // namespace

PowerFlowResult runPowerFlow(const Case& c, const PowerFlowOptions& options, Progress* progress,
                             std::stop_token stop) {
    const Stopwatch started;
    NullProgress silent;
    Progress& sink = progress ? *progress : silent;
    checkOptions(options);
    sink.report(0.0, "compiling network");
    const NetworkModel m = compileNetwork(c, Snapshot{options.day, options.hour});
    PowerFlowResult r = solveCompiled(m, c, options, sink, stop);
    r.seconds = started.seconds();
    return r;
}

CompiledNetwork::CompiledNetwork(Case c, const Snapshot& snapshot)
    : case_(std::move(c)), model_(compileNetwork(case_, snapshot)) {}

void CompiledNetwork::setOperatingPoint(const OperatingPoint& x) {
    applyOperatingPoint(model_, x);
}

PowerFlowResult CompiledNetwork::solve(const PowerFlowOptions& options, Progress* progress,
                                       std::stop_token stop) const {
    const Stopwatch started;
    NullProgress silent;
    checkOptions(options);
    PowerFlowResult r = solveCompiled(model_, case_, options, progress ? *progress : silent, stop);
    r.seconds = started.seconds();
    return r;
}

} // namespace gridcarbon
