// Issue 16, benchmark 3: a planning-shaped MISOCP to measure the solver on, until the planning
// study builds the full model of paper 002. The IEEE 33-bus feeder of cases/ieee33-der.json
// over its 4 typical days x 24 h (SOC relaxation, every day its own storage cycle, the MT's
// on/off binaries), where the installed WT, PV, HT and MT become integer unit counts at paper
// 002's candidate sites (Table 1: WT at 3, 17, 21; PV at 10, 24, 31; HT at 6; MT at 2) shared
// by the 4 days. Objective: the annualised investment in the units plus each day's operating
// cost weighted by its days per year. Storage stays installed: its initial energy is a datum of
// the builder, so a variable storage size needs the planning study's own rows.
//
// Usage: planning_misocp CASE.json (--write-model FILE.mps | --misocp single-tree|multi-tree)
//                        [--gap G] [--time-limit S] [--json FILE]
// Solving prints one line (status objective lower upper gap seconds nodes, whether
// verifySolution accepts the point, the unit counts) and writes the same as JSON with the keys
// of `opf --json` the compare scripts read (status, objective, gap, stats.seconds, stats.nodes).
#include "io/CaseFile.h"
#include "operation/OperationBuilder.h"
#include "opt/Export.h"
#include "opt/Solve.h"
#include "opt/Verify.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace gridcarbon;

struct Site {
    double unit_mw;         // the capacity of one unit
    int most_units;         // the largest count the planner may install
    double cost_per_mw_cny; // capital cost, paper 002's Table 2 per installed MW
};

// Capital costs from paper 002's Table 2 (investment / installed MW): WT 11,250e4 CNY for
// 7.5 MW, PV 15,250e4 for 6.1 MW, HT 15,000e4 for 10 MW, MT 2,100e4 for 7 MW.
const std::map<std::string, Site>& sites() {
    static const std::map<std::string, Site> s = {
        {"WT3", {0.1, 25, 15.0e6}},  {"WT17", {0.1, 25, 15.0e6}}, {"WT21", {0.1, 25, 15.0e6}},
        {"PV10", {0.1, 25, 25.0e6}}, {"PV24", {0.1, 25, 25.0e6}}, {"PV31", {0.1, 25, 25.0e6}},
        {"HT6", {0.1, 10, 15.0e6}},  {"MT2", {0.5, 4, 3.0e6}}};
    return s;
}

// Annuity factor of paper 002's eq. (2): r (1+r)^y / ((1+r)^y - 1), at 8 % over 20 years.
double annuity() {
    const double r = 0.08;
    const double g = std::pow(1.0 + r, 20.0);
    return r * g / (g - 1.0);
}

opt::Affine shifted(const opt::Affine& a, int offset) {
    opt::Affine out(a.constant);
    for (const auto& [v, c] : a.terms)
        out.add(opt::Var{v.index + offset}, c);
    return out;
}

// Copies `from` into `into` and returns the index offset of its variables there.
int append(opt::Model& into, const opt::Model& from) {
    const int offset = static_cast<int>(into.variables().size());
    for (const opt::VarInfo& v : from.variables()) {
        const opt::Var x = v.integer ? into.addInteger(v.lower, v.upper, 0.0, v.name, v.family)
                                     : into.addVariable(v.lower, v.upper, 0.0, v.name, v.family);
        if (v.hard_lower)
            into.keepLowerBound(x);
    }
    for (const opt::RowInfo& r : from.rows()) {
        opt::Affine e;
        for (const auto& [j, c] : r.terms)
            e.add(opt::Var{j + offset}, c);
        into.addRow(e, r.lower, r.upper, r.name, r.family);
    }
    for (const opt::ConeInfo& k : from.cones()) {
        std::vector<opt::Affine> lhs;
        for (const opt::Affine& a : k.lhs)
            lhs.push_back(shifted(a, offset));
        into.addCone(std::move(lhs), shifted(k.rhs, offset), k.name, k.family);
    }
    return offset;
}

opt::Model planningModel(Case c) {
    std::vector<std::size_t> siteOf;
    for (std::size_t g = 0; g < c.generators.size(); ++g)
        if (auto it = sites().find(c.generators[g].id); it != sites().end()) {
            Generator& unit = c.generators[g];
            // The builder bounds the unit by its largest installation; the count rows below
            // bound it by what is built.
            const double scale = it->second.most_units * it->second.unit_mw / unit.p_max_mw;
            unit.p_max_mw *= scale;
            unit.q_min_mvar *= scale;
            unit.q_max_mvar *= scale;
            if (unit.ramp_mw_per_h > 0.0)
                unit.ramp_mw_per_h *= scale;
            siteOf.push_back(g);
        }
    if (siteOf.size() != sites().size())
        throw std::runtime_error("the case lacks some of paper 002's sites");

    opt::Model model;
    std::vector<opt::Var> count;
    for (std::size_t g : siteOf) {
        const Site& s = sites().at(c.generators[g].id);
        count.push_back(model.addInteger(0.0, s.most_units,
                                         annuity() * s.cost_per_mw_cny * s.unit_mw,
                                         "units_" + c.generators[g].id));
    }
    opt::Affine objective;
    for (std::size_t k = 0; k < count.size(); ++k)
        objective.add(count[k], model.variables()[count[k].index].objective);

    operation::OperationSpec spec;
    spec.binaries.units = true;
    for (const TypicalDay& day : c.profiles.front().days) {
        operation::OperationProblem p =
            operation::OperationBuilder(c, operation::makeHorizon(c, day.name), spec).close();
        const int offset = append(model, p.model);
        objective += day.weight_days * shifted(p.cost, offset);
        for (const operation::UnitVariables& u : p.devices.units) {
            const auto k = static_cast<std::size_t>(
                std::find(siteOf.begin(), siteOf.end(), u.generator) - siteOf.begin());
            if (k == siteOf.size())
                continue;
            const Generator& unit = c.generators[u.generator];
            const Site& s = sites().at(unit.id);
            const double qShare = unit.q_max_mvar / unit.p_max_mw; // per MW installed
            for (int t = 0; t < p.horizon.periods; ++t) {
                // p <= (units x unit size x availability) / base, the same share for q.
                const double avail = p.horizon.p_max_mw[t][u.generator] / unit.p_max_mw;
                const std::string at = unit.id + "_" + day.name + "_" + std::to_string(t);
                model.addRow(shifted(u.p[t], offset) -
                                 opt::Affine(count[k], s.unit_mw * avail / c.base_mva),
                             -opt::kInf, 0.0, "built_p_" + at);
                if (!u.q.empty()) {
                    const opt::Var q{u.q[t].index + offset};
                    const double qUnit = qShare * s.unit_mw / c.base_mva;
                    model.addRow(opt::Affine(q) - opt::Affine(count[k], qUnit), -opt::kInf, 0.0,
                                 "built_qmax_" + at);
                    model.addRow(opt::Affine(q) + opt::Affine(count[k], qUnit), 0.0, opt::kInf,
                                 "built_qmin_" + at);
                }
            }
        }
    }
    model.setObjective(objective);
    return model;
}

std::string jsonNumber(double v) {
    if (!std::isfinite(v))
        return "null";
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", v);
    return text;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: planning_misocp CASE.json (--write-model FILE.mps | "
                             "--misocp single-tree|multi-tree) [--gap G] [--time-limit S]\n");
        return 2;
    }
    try {
        const opt::Model model = planningModel(loadCase(argv[1]));
        opt::SolveOptions options;
        options.gap = 1e-4;
        std::string write, json;
        for (int i = 2; i + 1 < argc; i += 2) {
            const std::string key = argv[i], value = argv[i + 1];
            if (key == "--write-model")
                write = value;
            else if (key == "--misocp")
                options.misocp = value == "single-tree" ? opt::MisocpMethod::SingleTree
                                                        : opt::MisocpMethod::MultiTree;
            else if (key == "--gap")
                options.gap = std::stod(value);
            else if (key == "--time-limit")
                options.time_limit_seconds = std::stod(value);
            else if (key == "--json")
                json = value;
        }
        if (!write.empty()) {
            opt::writeMps(model, write);
            return 0;
        }
        const opt::Solution s = opt::solve(model, options);
        const bool verified = !s.x.empty() && opt::verifySolution(model, s).empty();
        std::printf("%s %.10g %.10g %.10g %.2e %.2f s, %lld nodes, %d LPs, %d IPM iterations, "
                    "%d cuts, verified=%s units=",
                    std::string(opt::toString(s.status)).c_str(), s.objective, s.lower_bound,
                    s.upper_bound, s.gap, s.stats.seconds, s.stats.nodes, s.stats.lp_solves,
                    s.stats.interior_point_iterations, s.stats.cuts, verified ? "yes" : "no");
        int k = 0;
        for (const opt::VarInfo& var : model.variables())
            if (var.integer && var.name.rfind("units_", 0) == 0)
                std::printf("%s%s:%g", k++ ? "," : "", var.name.c_str() + 6,
                            s.x.empty() ? NAN : s.x[&var - model.variables().data()]);
        std::printf("\n");
        if (!json.empty()) {
            std::FILE* f = std::fopen(json.c_str(), "w");
            if (!f)
                throw std::runtime_error("cannot write " + json);
            std::fprintf(f,
                         "{\"status\": \"%s\", \"objective\": %s, \"lower_bound\": %s, "
                         "\"upper_bound\": %s, \"gap\": %s, \"verified\": %s, "
                         "\"totals\": {\"loss_mwh\": 0}, \"stats\": {\"seconds\": %.6f, "
                         "\"nodes\": %lld}}\n",
                         std::string(opt::toString(s.status)).c_str(),
                         jsonNumber(s.objective).c_str(), jsonNumber(s.lower_bound).c_str(),
                         jsonNumber(s.upper_bound).c_str(), jsonNumber(s.gap).c_str(),
                         verified ? "true" : "false", s.stats.seconds, s.stats.nodes);
            std::fclose(f);
        }
        return s.status == opt::Status::Optimal ? 0 : 3;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "planning_misocp: %s\n", e.what());
        return 1;
    }
}
