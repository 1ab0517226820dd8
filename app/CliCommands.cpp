#include "CliCommands.h"

#include "carbon/CarbonStudy.h"
#include "io/CarbonJson.h"
#include "io/CaseFile.h"
#include "io/CaseJson.h"
#include "io/HullFiles.h"
#include "io/OpfJson.h"
#include "io/PowerFlowJson.h"
#include "io/RegionJson.h"
#include "io/TextFile.h"
#include "opf/Opf.h"
#include "powerflow/PowerFlow.h"
#include "region/RegionStudy.h"
#include "topology/TreeLayout.h"
#include "util/Error.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>

namespace gridcarbon::cli {
namespace {

// `--json -` writes to stdout; anything else is a file, replaced atomically.
void writeOutput(const std::string& target, const std::string& text) {
    if (target == "-") {
        std::cout << text;
        std::cout.flush();
    } else {
        writeTextFileAtomic(target, text);
    }
}

struct ConvertArgs {
    std::string input;
    std::string output;
    bool layout = false;
};

struct PfArgs {
    std::string input;
    std::string json;
    std::string csv;
    std::string method = "auto";
    double tolerance = 1e-10;
    int max_iterations = 0;
    std::string day;
    int hour = 0;
};

struct OpfArgs {
    std::string input;
    std::string json;
    std::string formulation = "socr";
    std::string objective = "loss";
    std::string weights;
    std::string day;
    std::string binaries = "none";
    double cone_tolerance = 1e-7;
    double mip_gap = 1e-4;
    double time_limit = 0.0;
    bool no_ac = false;
};

struct CefArgs {
    std::string input;
    std::string json;
    std::string method = "ac";
    std::string day;
    int period = -1;
    std::string dispatch = "pf";
    std::string objective = "cost";
    std::string intensities;
};

struct RegionArgs {
    std::string input;
    std::string observe;
    std::string method = "adaptive";
    double tolerance = 0.01;
    double step = 0.05;
    int rays = 0;
    double cap = 0.0;
    std::string day;
    int hour = -1;
    int validate = 0;
    std::uint64_t seed = 1;
    std::string json;
    std::string vtp;
    std::string stl;
    std::string csv;
};

int runConvert(const ConvertArgs& a) {
    Case c = loadCase(a.input);
    if (a.layout)
        ensureLayout(c);
    writeOutput(a.output, writeCaseJson(c));
    if (a.output != "-")
        std::cout << "wrote " << a.output << ": " << c.buses.size() << " buses, "
                  << c.branches.size() << " branches, " << c.loads.size() << " loads, "
                  << c.generators.size() << " generators\n";
    return 0;
}

int runPf(const PfArgs& a) {
    static const std::map<std::string, PowerFlowMethod> methods{
        {"auto", PowerFlowMethod::Auto},
        {"bfs", PowerFlowMethod::BackwardForwardSweep},
        {"newton", PowerFlowMethod::Newton}};
    const Case c = loadCase(a.input);
    PowerFlowOptions o;
    o.method = methods.at(a.method);
    o.tolerance = a.tolerance;
    o.max_iterations = a.max_iterations;
    o.day = a.day;
    o.hour = a.hour;
    const PowerFlowResult r = runPowerFlow(c, o);
    if (!a.json.empty())
        writeOutput(a.json, powerFlowJson(r));
    if (!a.csv.empty())
        writeOutput(a.csv, powerFlowCsv(r));
    if (a.json != "-" && a.csv != "-") {
        std::printf("%s: %s after %d %s iterations (max mismatch %.3g p.u.)\n", c.name.c_str(),
                    r.converged ? "converged" : "NOT converged", r.iterations,
                    std::string(toString(r.method)).c_str(), r.max_mismatch_pu);
        std::printf("total loss %.4f kW, %.4f kvar\n", r.total_loss_kw, r.total_loss_kvar);
        std::printf("min voltage %.6f p.u. at bus %s, max %.6f p.u. at bus %s\n", r.min_vm_pu,
                    r.min_vm_bus.c_str(), r.max_vm_pu, r.max_vm_bus.c_str());
    }
    for (const Diagnostic& d : r.diagnostics)
        if (d.severity != Diagnostic::Severity::Info)
            std::cerr << (d.item_id.empty() ? "" : d.item_id + ": ") << d.message << "\n";
    return r.converged ? 0 : static_cast<int>(ErrorCode::Failed);
}

// One line per violated family: how many items, and the worst one.
void printInfeasibility(const std::vector<opt::Violation>& violations) {
    std::map<std::string, std::vector<const opt::Violation*>> byFamily;
    for (const opt::Violation& v : violations)
        byFamily[v.family].push_back(&v);
    for (const auto& [family, items] : byFamily) {
        const opt::Violation* worst = items.front();
        for (const opt::Violation* v : items)
            if (v->amount > worst->amount)
                worst = v;
        std::fprintf(stderr, "  %s: %zu item(s) violated, the largest %s by %.4g\n", family.c_str(),
                     items.size(), worst->name.c_str(), worst->amount);
    }
}

int runOpfCommand(const OpfArgs& a) {
    const Case c = loadCase(a.input);
    opf::OpfOptions o;
    o.formulation = formulations::parseFormulation(a.formulation);
    o.objective = opf::parseObjective(a.objective);
    o.weights = opf::parseWeights(a.weights);
    o.day = a.day;
    o.binaries = opf::parseBinaries(a.binaries);
    o.solve.cone_tolerance = a.cone_tolerance;
    o.solve.mip_gap = a.mip_gap;
    if (a.time_limit > 0.0)
        o.solve.time_limit_seconds = a.time_limit;
    o.recover_ac = !a.no_ac;
    const opf::OpfResult r = opf::runOpf(c, o);
    if (!a.json.empty())
        writeOutput(a.json, opfJson(r));
    const bool optimal = r.status == opt::Status::Optimal;
    if (a.json != "-") {
        std::printf("%s: %s, %s OPF, %zu period(s)\n", c.name.c_str(),
                    std::string(opt::toString(r.status)).c_str(), r.formulation.c_str(),
                    optimal ? r.periods.size() : std::size_t{0});
        if (optimal) {
            std::printf("objective (%s) %.9g %s\n", r.objective_name.c_str(), r.objective,
                        r.objective_unit.c_str());
            std::printf("losses %.6f MWh, emissions %.6f tCO2, cost %.2f %s\n", r.loss_mwh,
                        r.carbon_t, r.cost, c.economics.currency.c_str());
            std::printf("relaxation gap max %.3g p.u.^2", r.relaxation_gap_max);
            if (r.stats.milp_solves > 0)
                std::printf(", MIP gap %.3g", r.mip_gap);
            std::printf("\n");
            double worstLoss = 0.0, worstVm = 0.0;
            for (const opf::AcCheck& ac : r.ac) {
                worstLoss = std::max(worstLoss, std::abs(ac.pf_loss_mw - ac.opf_loss_mw));
                worstVm = std::max(worstVm, ac.vm_max_difference_pu);
            }
            if (!r.ac.empty())
                std::printf("AC check: losses differ by at most %.3g MW, |V| by %.3g p.u.\n",
                            worstLoss, worstVm);
        }
        std::printf("%d LP solves, %d cuts, %lld simplex iterations, %.3f s\n", r.stats.lp_solves,
                    r.stats.cuts, r.stats.simplex_iterations, r.seconds);
    }
    for (const opf::AcCheck& ac : r.ac)
        if (!ac.message.empty())
            std::cerr << "hour " << ac.hour << ": AC check: " << ac.message << "\n";
    if (r.status == opt::Status::Infeasible) {
        std::cerr << "error: the OPF is infeasible; it becomes feasible when these constraint "
                     "families give (amounts in per unit of the case base, v as |V|^2):\n";
        printInfeasibility(r.infeasibility);
    } else if (!optimal) {
        std::cerr << "error: the OPF ended with status " << opt::toString(r.status) << "\n";
    }
    if (r.status == opt::Status::Cancelled)
        return static_cast<int>(ErrorCode::Cancelled);
    return optimal ? 0 : static_cast<int>(ErrorCode::Failed);
}

void printCarbonPeriod(const carbon::CarbonFlowResult& p) {
    const carbon::BusCarbon* low = nullptr;
    const carbon::BusCarbon* high = nullptr;
    for (const carbon::BusCarbon& b : p.buses) {
        if (std::isnan(b.intensity_t_per_mwh))
            continue;
        if (!low || b.intensity_t_per_mwh < low->intensity_t_per_mwh)
            low = &b;
        if (!high || b.intensity_t_per_mwh > high->intensity_t_per_mwh)
            high = &b;
    }
    const carbon::CarbonTotals& t = p.totals;
    std::printf("emission: generation %.6f t/h, load %.6f t/h, losses %.6f t/h",
                t.generation_t_per_h, t.load_t_per_h, t.loss_t_per_h);
    if (t.export_t_per_h > 0.0)
        std::printf(", export %.6f t/h", t.export_t_per_h);
    if (t.storage_charge_t_per_h > 0.0 || t.storage_discharge_t_per_h > 0.0)
        std::printf(", storage in %.6f / out %.6f t/h", t.storage_charge_t_per_h,
                    t.storage_discharge_t_per_h);
    std::printf(" (balance %.2g)\n", t.balance_error);
    if (low && high)
        std::printf("intensity from %.6f t/MWh at bus %s to %.6f t/MWh at bus %s\n",
                    low->intensity_t_per_mwh, low->id.c_str(), high->intensity_t_per_mwh,
                    high->id.c_str());
}

int runCef(const CefArgs& a) {
    Case c = loadCase(a.input);
    if (!a.intensities.empty())
        carbon::applyIntensities(c, a.intensities);
    try {
        carbon::requireCarbonData(c);
    } catch (const Error& e) {
        throw Error(e.code(), std::string(e.what()) + " (or pass --intensity ID=T_PER_MWH,...)");
    }
    carbon::CarbonStudyOptions o;
    o.method = carbon::parseCefMethod(a.method);
    o.dispatch = carbon::parseDispatch(a.dispatch);
    o.day = a.day;
    if (a.period >= 0)
        o.hour = a.period;
    o.opf.objective = opf::parseObjective(a.objective);
    const carbon::CarbonStudyResult r = carbon::runCarbonStudy(c, o);
    if (!a.json.empty())
        writeOutput(a.json, carbonJson(c.name, r));
    if (a.json == "-")
        return 0;
    std::printf("%s: %s carbon emission flow", c.name.c_str(),
                std::string(carbon::toString(r.method)).c_str());
    if (!r.carbon.day.empty())
        std::printf(", day %s from %s", r.carbon.day.c_str(),
                    r.dispatch == carbon::Dispatch::Opf ? "an OPF" : "hourly power flows");
    std::printf("\n");
    if (r.whole_day) {
        const carbon::DayTotals& t = r.carbon.totals;
        std::printf("%zu periods; daily emission: generation %.6f t, load %.6f t, losses %.6f t",
                    r.carbon.periods.size(), t.generation_t, t.load_t, t.loss_t);
        if (t.export_t > 0.0)
            std::printf(", export %.6f t", t.export_t);
        if (t.stored_start_t > 0.0 || t.stored_end_t > 0.0)
            std::printf(", storage conversion %.6f t, stored %.6f -> %.6f t",
                        t.storage_conversion_loss_t, t.stored_start_t, t.stored_end_t);
        std::printf(" (balance %.2g)\n", t.balance_error);
    } else {
        if (!r.carbon.day.empty())
            std::printf("hour %d\n", r.carbon.periods.front().hour);
        printCarbonPeriod(r.carbon.periods.front());
    }
    std::printf("%.3f s\n", r.seconds);
    return 0;
}

// "3,5,7" or "auto:N".
void parseObserve(const std::string& text, region::RegionOptions& o) {
    if (text.rfind("auto:", 0) == 0) {
        const std::string count = text.substr(5);
        if (count.empty() || count.find_first_not_of("0123456789") != std::string::npos)
            throw badInput("--observe auto:N needs a number of buses, got '" + text + "'");
        o.auto_count = std::stoi(count.substr(0, 6));
        if (o.auto_count == 0)
            throw badInput("--observe auto:N needs N of 2 or 3, got '" + text + "'");
        return;
    }
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = text.find(',', start);
        const std::string id = text.substr(start, comma - start);
        if (id.empty())
            throw badInput("--observe has an empty bus id in '" + text + "'");
        o.observed.push_back(id);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
}

int runRegionCommand(const RegionArgs& a) {
    const Case c = loadCase(a.input);
    region::RegionOptions o;
    parseObserve(a.observe, o);
    o.method = region::parseMethod(a.method);
    o.tolerance = a.tolerance;
    o.step = a.step;
    o.rays = a.rays;
    if (a.cap > 0.0)
        o.cap_t = a.cap;
    o.day = a.day;
    if (a.hour >= 0)
        o.hour = a.hour;
    o.validate = a.validate;
    o.seed = a.seed;
    const region::RegionResult r = region::runRegion(c, o);
    // Before any file is written: a 2-D region has no STL.
    if (!a.stl.empty() && r.hull.dimension != 3)
        throw badInput(a.stl + ": STL needs a 3-D region; observe 3 buses or use --vtp or --csv");
    if (!a.vtp.empty())
        writeHullVtp(a.vtp, r.hull, r.axis_names);
    if (!a.stl.empty())
        writeHullStl(a.stl, r.hull, c.name + " region");
    if (!a.csv.empty())
        writeHullCsv(a.csv, r.hull, r.axis_names);
    if (!a.json.empty())
        writeOutput(a.json, regionJson(c.name, r));
    if (a.json == "-")
        return 0;
    const char* unit = r.hull.dimension == 2 ? "MW^2" : "MW^3";
    std::printf("%s: %s region of", c.name.c_str(),
                std::string(region::toString(r.method)).c_str());
    for (const std::string& id : r.observed)
        std::printf(" %s", id.c_str());
    std::printf(" (day %s, cap %.4g t)\n", r.day.c_str(), r.cap_t);
    std::printf("volume %.6g %s, %zu vertices, %zu facets", r.hull.volume, unit,
                r.hull.vertices.size(), r.hull.facets.size());
    if (r.outer)
        std::printf("; outer %.6g %s, certified gap %.3g %% of the axis ranges", r.outer->volume,
                    unit, r.certified_gap * 100.0);
    std::printf("\nbase point margin %.6g MW, equilibrium degree %.4g\n", r.indices.margin_mw,
                r.indices.equilibrium_degree);
    if (r.validation)
        std::printf("validation (%d + %d samples, seed %llu): %.2f %% inside infeasible, %.2f %% "
                    "outside feasible\n",
                    r.validation->samples, r.validation->samples,
                    static_cast<unsigned long long>(r.validation->seed),
                    r.validation->inside_infeasible_pct, r.validation->outside_feasible_pct);
    std::printf("%d boundary problems, %d oracle calls, %d LP solves, %.3f s\n",
                r.stats.boundary_problems, r.stats.oracle_calls, r.stats.lp_solves,
                r.stats.seconds);
    return 0;
}

} // namespace

std::function<int()> addCommands(CLI::App& app) {
    auto chosen = std::make_shared<std::function<int()>>();

    auto convert = std::make_shared<ConvertArgs>();
    CLI::App* cc = app.add_subcommand("convert", "import a case and write it as native JSON");
    cc->add_option("IN", convert->input, "case file (.json or MATPOWER .m)")->required();
    cc->add_option("-o,--output", convert->output, "output .json file, or - for stdout")
        ->required();
    cc->add_flag("--layout", convert->layout,
                 "add tree-layout coordinates to buses that have none");
    cc->callback([=] {
        *chosen = [=] {
            return runConvert(*convert);
        };
    });

    auto pf = std::make_shared<PfArgs>();
    CLI::App* pc = app.add_subcommand("pf", "AC power flow");
    pc->add_option("CASE", pf->input, "case file (.json or MATPOWER .m)")->required();
    pc->add_option("--json", pf->json, "write the result as JSON to a file, or - for stdout");
    pc->add_option("--csv", pf->csv, "write bus and branch tables as CSV, or - for stdout");
    pc->add_option("--method", pf->method, "auto, bfs (backward/forward sweep) or newton")
        ->check(CLI::IsMember({"auto", "bfs", "newton"}));
    pc->add_option("--tol", pf->tolerance, "convergence tolerance, p.u.")
        ->check(CLI::PositiveNumber);
    pc->add_option("--max-iter", pf->max_iterations, "iteration limit (0: solver default)")
        ->check(CLI::NonNegativeNumber);
    pc->add_option("--day", pf->day, "typical day of the profiles to solve (default: base case)");
    pc->add_option("--hour", pf->hour, "hour of that day, from 0")->check(CLI::NonNegativeNumber);
    pc->callback([=] {
        *chosen = [=] {
            return runPf(*pf);
        };
    });

    auto cef = std::make_shared<CefArgs>();
    CLI::App* ec =
        app.add_subcommand("cef", "carbon emission flow: nodal carbon intensity (docs/carbon.md)");
    ec->add_option("CASE", cef->input, "case file (.json or MATPOWER .m)")->required();
    ec->add_option("--json", cef->json, "write the result as JSON to a file, or - for stdout");
    ec->add_option("--method", cef->method,
                   "ac (power flow with losses) or dc (lossless DC power flow)")
        ->check(CLI::IsMember({"ac", "dc"}));
    ec->add_option("--day", cef->day,
                   "typical day: trace every hour of it (periods[] and daily totals)");
    ec->add_option("--period", cef->period, "with --day: report this hour only, from 0")
        ->check(CLI::NonNegativeNumber);
    ec->add_option("--dispatch", cef->dispatch,
                   "where each hour's state comes from: pf (power flows of the profiles) or opf")
        ->check(CLI::IsMember({"pf", "opf"}));
    ec->add_option("--objective", cef->objective,
                   "with --dispatch opf: loss, cost, carbon or weighted");
    ec->add_option("--intensity", cef->intensities,
                   "set units' carbon intensities, t/MWh: ID=VALUE[,ID=VALUE...]");
    ec->callback([=] {
        *chosen = [=] {
            return runCef(*cef);
        };
    });

    auto opfArgs = std::make_shared<OpfArgs>();
    CLI::App* oc = app.add_subcommand("opf", "multi-period optimal power flow (docs/opf.md)");
    oc->add_option("CASE", opfArgs->input, "case file (.json or MATPOWER .m)")->required();
    oc->add_option("--formulation", opfArgs->formulation, "dc, lindistflow or socr")
        ->check(CLI::IsMember({"dc", "lindistflow", "socr"}));
    oc->add_option("--objective", opfArgs->objective, "loss, cost, carbon or weighted")
        ->check(CLI::IsMember({"loss", "cost", "carbon", "weighted"}));
    oc->add_option("--weights", opfArgs->weights,
                   "weighted objective: cost=W,carbon=W,loss=W (default: 1 and the case's "
                   "carbon and loss prices)");
    oc->add_option("--day", opfArgs->day,
                   "typical day: one period per hour (default: one "
                   "period at the base values)");
    oc->add_option("--binaries", opfArgs->binaries,
                   "integer decisions: none, all, or a list of mt (on/off), es (charge or "
                   "discharge), cap (switched steps)");
    oc->add_option("--cone-tol", opfArgs->cone_tolerance,
                   "largest relative second-order-cone violation accepted")
        ->check(CLI::PositiveNumber);
    oc->add_option("--mip-gap", opfArgs->mip_gap, "relative optimality gap of a MILP")
        ->check(CLI::NonNegativeNumber);
    oc->add_option("--time-limit", opfArgs->time_limit, "seconds (0: none)")
        ->check(CLI::NonNegativeNumber);
    oc->add_flag("--no-ac", opfArgs->no_ac, "skip the AC power flow at the optimum");
    oc->add_option("--json", opfArgs->json, "write the result as JSON to a file, or - for stdout");
    oc->callback([=] {
        *chosen = [=] {
            return runOpfCommand(*opfArgs);
        };
    });

    auto reg = std::make_shared<RegionArgs>();
    CLI::App* rc = app.add_subcommand(
        "region", "committed-carbon-emission operating region of observed loads (docs/region.md)");
    rc->add_option("CASE", reg->input, "case file (.json or MATPOWER .m)")->required();
    rc->add_option("--observe", reg->observe,
                   "observed buses B1,B2[,B3], or auto:N to choose N by carbon emission flow")
        ->required();
    rc->add_option("--method", reg->method, "adaptive, scba, hba or chba")
        ->check(CLI::IsMember({"adaptive", "scba", "hba", "chba"}));
    rc->add_option("--tol", reg->tolerance,
                   "adaptive: largest inner-outer gap, a fraction of each axis range");
    rc->add_option("--step", reg->step, "scba, hba: grid step, a fraction of each axis range");
    rc->add_option("--rays", reg->rays, "chba: number of rays (0: 64 in 2-D, 160 in 3-D)");
    rc->add_option("--cap", reg->cap,
                   "daily carbon cap, t (default: the case's economics.daily_carbon_cap_t)")
        ->check(CLI::PositiveNumber);
    rc->add_option("--day", reg->day, "typical day (default: the case's first)");
    rc->add_option("--hour", reg->hour,
                   "observe the load of this hour instead of each bus's daily peak")
        ->check(CLI::NonNegativeNumber);
    rc->add_option("--validate", reg->validate,
                   "judge N points inside and N outside the region with the AC oracle")
        ->check(CLI::NonNegativeNumber);
    rc->add_option("--seed", reg->seed, "seed of the validation draws");
    rc->add_option("--json", reg->json, "write the result as JSON to a file, or - for stdout");
    rc->add_option("--vtp", reg->vtp, "write the region as VTK PolyData (.vtp)");
    rc->add_option("--stl", reg->stl, "write the region as ASCII STL (3 axes)");
    rc->add_option("--csv", reg->csv, "write the region's vertices as CSV");
    rc->callback([=] {
        *chosen = [=] {
            return runRegionCommand(*reg);
        };
    });

    app.require_subcommand(1);
    return [chosen] {
        return (*chosen)();
    };
}

} // namespace gridcarbon::cli
