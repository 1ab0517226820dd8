#include "region/AcOracle.h"

#include "operation/AcOperatingPoint.h"
#include "operation/Infeasibility.h"
#include "opt/Solve.h"
#include "powerflow/PowerFlow.h"
#include "util/Error.h"
#include "util/Text.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace gridcarbon::region {
namespace {

// Rounds of loss capping (paper 003 eq 19) before an inexact point is declared infeasible.
constexpr int kContractionRounds = 3;
// A relaxation gap below this (p.u.^2) is exact: the AC state matches the relaxed one.
constexpr double kExactGap = 1e-7;

std::string number(double v) {
    std::ostringstream s;
    s.precision(6);
    s << v;
    return s.str();
}

std::vector<operation::DeviceResult> devicesAt(const RegionModel& m, const opt::Solution& s,
                                               int t) {
    std::vector<double> vm;
    for (std::size_t n = 0; n < m.net.buses.size(); ++n) {
        const double v = m.vars.v.empty() ? 1.0 : s.value(m.vars.v[t][n]);
        vm.push_back(std::sqrt(std::max(v, 0.0)));
    }
    return operation::deviceResults(m.source, m.devices, s, t, vm);
}

// The first limit the exact state of hour t breaks, or empty.
std::string brokenLimit(const Case& c, const PowerFlowResult& pf, int t) {
    const std::string at = " at hour " + std::to_string(t);
    if (!pf.converged)
        return "at hour " + std::to_string(t) + ", " + whyNotConverged(pf);
    for (std::size_t n = 0; n < c.buses.size(); ++n) {
        const Bus& b = c.buses[n];
        const double vm = pf.buses[n].vm_pu;
        if (pf.buses[n].energised &&
            (vm < b.vmin_pu - kAcTolerance || vm > b.vmax_pu + kAcTolerance))
            return "voltage " + number(vm) + " p.u. at bus '" + b.id + "'" + at;
    }
    const auto index = busIndexMap(c);
    for (std::size_t k = 0; k < c.branches.size(); ++k) {
        const Branch& br = c.branches[k];
        if (!br.in_service || br.rate_mva <= 0.0)
            continue;
        // The rating bounds the flow into the series impedance (docs/opf.md): the from-end
        // flow plus the charging of the from end.
        const double vm = pf.buses[index.at(br.from)].vm_pu / br.tap;
        const double q = pf.branches[k].q_from_mvar + br.b_pu / 2.0 * vm * vm * c.base_mva;
        const double s = std::hypot(pf.branches[k].p_from_mw, q);
        if (s > br.rate_mva + kAcTolerance)
            return "branch '" + br.id + "' carries " + number(s) + " MVA over its " +
                   number(br.rate_mva) + " MVA rating" + at;
    }
    for (std::size_t g = 0; g < c.generators.size(); ++g) {
        const Generator& gen = c.generators[g];
        if (gen.control != Control::Slack || !gen.in_service)
            continue;
        const double p = pf.generators[g].p_mw, q = pf.generators[g].q_mvar;
        if (p > gen.p_max_mw + kAcTolerance || p < gen.p_min_mw - kAcTolerance)
            return "'" + gen.id + "' supplies " + number(p) + " MW, outside its limits" + at;
        if (q > gen.q_max_mvar + kAcTolerance || q < gen.q_min_mvar - kAcTolerance)
            return "'" + gen.id + "' supplies " + number(q) + " MVAr, outside its limits" + at;
    }
    return {};
}

} // namespace

AcVerdict checkDispatch(const RegionModel& m, const std::vector<double>& p,
                        const opt::Solution& s) {
    AcVerdict verdict;
    const Case& c = m.source;
    const operation::Horizon h = horizonAt(m, p);
    for (const auto& period : formulations::relaxationGaps(m.net, m.vars, s))
        for (double gap : period)
            verdict.relaxation_gap = std::max(verdict.relaxation_gap, std::abs(gap));
    verdict.carbon_t = opt::Model::value(m.carbon, s.x);
    PowerFlowOptions options;
    options.tolerance = 1e-10;
    if (!m.ac_network) {
        verdict.reason = m.ac_network_error;
        return verdict;
    }
    CompiledNetwork& network = *m.ac_network;
    const Case& hour = network.source();
    for (int t = 0; t < h.periods; ++t) {
        PowerFlowResult pf;
        try {
            network.setOperatingPoint(operation::acOperatingPoint(hour, h, t, devicesAt(m, s, t)));
            pf = network.solve(options);
        } catch (const Error& e) {
            if (e.code() == ErrorCode::Cancelled)
                throw;
            verdict.reason = std::string(e.what()) + " at hour " + std::to_string(t);
            return verdict;
        }
        verdict.loss_mw.push_back(pf.total_loss_kw / 1000.0);
        if (std::string broken = brokenLimit(hour, pf, t);
            !broken.empty() && verdict.reason.empty())
            verdict.reason = std::move(broken);
        // The slack takes the exact losses: re-price the grid's import at the exact value.
        for (const operation::UnitVariables& u : m.devices.units) {
            const Generator& g = c.generators[u.generator];
            if (g.kind != GeneratorKind::Grid)
                continue;
            const double exact = std::max(pf.generators[u.generator].p_mw, 0.0);
            const double relaxed = s.value(u.import[t]) * c.base_mva;
            verdict.carbon_t += g.carbon_intensity_t_per_mwh * h.hours * (exact - relaxed);
        }
    }
    if (!verdict.reason.empty())
        return verdict;
    // Relative for the day's emissions: the cones' tolerance leaves each hour's losses short
    // by a few parts in a million, which tens of branches over 24 hours sum to about 1e-4 t.
    if (verdict.carbon_t > m.spec.cap_t * (1.0 + kAcTolerance)) {
        verdict.reason = "the day emits " + number(verdict.carbon_t) + " t, over the " +
                         number(m.spec.cap_t) + " t cap";
        return verdict;
    }
    verdict.feasible = true;
    return verdict;
}

AcOracle::AcOracle(const Case& c, const RegionSpec& spec, const opt::SolveOptions& options) {
    RegionSpec socr = spec;
    socr.formulation = formulations::Formulation::SOCR;
    model_ = buildRegionModel(c, socr);
    model_.model.setObjective(model_.loss);
    options_ = options;
    solver_ = std::make_unique<opt::Reoptimizer>(model_.model, options);
    loss_caps_ = std::make_unique<LossCaps>(*solver_, model_);
}

AcOracle::~AcOracle() = default;

AcVerdict AcOracle::judge(const std::vector<double>& p, std::stop_token stop) {
    ++calls_;
    for (std::size_t k = 0; k < p.size(); ++k)
        if (p[k] < 0.0) {
            AcVerdict negative;
            negative.reason = model_.axis_names[k] + " is negative: the region spans load levels";
            return negative;
        }
    for (std::size_t k = 0; k < p.size(); ++k)
        solver_->setBounds(model_.p[k], p[k], p[k]);
    AcVerdict verdict;
    for (int round = 0;; ++round) {
        const opt::Solution s = solver_->solve(stop);
        if (s.status == opt::Status::Cancelled)
            throw Error(ErrorCode::Cancelled, "region study cancelled");
        if (s.status == opt::Status::Infeasible) {
            const std::string exactFailure = verdict.reason;
            verdict = AcVerdict{};
            verdict.relaxation_infeasible = round == 0;
            verdict.reason = round == 0 ? "no dispatch satisfies the relaxed model"
                                        : "no dispatch with exact losses: " + exactFailure;
            break;
        }
        if (s.status != opt::Status::Optimal)
            throw Error(ErrorCode::Failed, "the AC oracle's model ended with status '" +
                                               std::string(opt::toString(s.status)) + "'");
        verdict = checkDispatch(model_, p, s);
        if (verdict.feasible || verdict.relaxation_gap <= kExactGap ||
            round + 1 >= kContractionRounds || !loss_caps_->cap(verdict.loss_mw))
            break;
    }
    loss_caps_->release();
    for (std::size_t k = 0; k < p.size(); ++k)
        solver_->setBounds(model_.p[k], 0.0, model_.p_limit_mw);
    return verdict;
}

std::string AcOracle::whyInfeasible(const std::vector<double>& p, std::stop_token stop) const {
    opt::Model m = model_.model;
    for (std::size_t k = 0; k < p.size(); ++k)
        m.setBounds(model_.p[k], p[k], p[k]);
    const auto solved = [&](const opt::SolveOptions& o) {
        opt::Solution s = opt::solve(m, o, stop);
        if (s.status == opt::Status::Cancelled)
            throw Error(ErrorCode::Cancelled, "region study cancelled");
        return s;
    };
    // The least emission any dispatch reaches here, with the cap lifted.
    opt::SolveOptions least = options_;
    least.diagnose = false;
    m.setRowBounds(model_.cap_row, -opt::kInf, opt::kInf);
    m.setObjective(model_.carbon);
    if (const opt::Solution s = solved(least); s.status == opt::Status::Optimal) {
        const double emission = opt::Model::value(model_.carbon, s.x);
        if (emission > model_.spec.cap_t)
            return "the daily carbon cap of " + roundedNumber(model_.spec.cap_t) +
                   " t is below the least emission of " + roundedNumber(emission) +
                   " t at this point";
    }
    // Other limits are in the way: what gives in the elastic re-solve, unserved load last.
    m = model_.model;
    for (std::size_t k = 0; k < p.size(); ++k)
        m.setBounds(model_.p[k], p[k], p[k]);
    opt::SolveOptions elastic = options_;
    elastic.diagnose = true;
    for (const auto& [family, weight] : operation::diagnosisWeights())
        elastic.elastic_weights.try_emplace(family, weight);
    const opt::Solution s = solved(elastic);
    std::string why;
    for (const Diagnostic& d : operation::infeasibilityDiagnostics(
             model_.source, horizonAt(model_, p), s.infeasibility, ""))
        why += (why.empty() ? "" : "; ") + d.message;
    return why.empty() ? "no dispatch satisfies the relaxed model" : why;
}

} // namespace gridcarbon::region
