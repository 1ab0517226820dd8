#include "CliCommands.h"

#include "io/CaseFile.h"
#include "io/CaseJson.h"
#include "io/PowerFlowJson.h"
#include "io/TextFile.h"
#include "powerflow/PowerFlow.h"
#include "topology/TreeLayout.h"
#include "util/Error.h"

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

    app.require_subcommand(1);
    return [chosen] {
        return (*chosen)();
    };
}

} // namespace gridcarbon::cli
