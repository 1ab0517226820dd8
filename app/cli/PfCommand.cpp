// gridcarbon-cli pf CASE: AC power flow.
#include "Command.h"
#include "StderrProgress.h"

#include "io/PowerFlowJson.h"
#include "powerflow/PowerFlow.h"
#include "util/Error.h"

#include <cstdio>
#include <iostream>
#include <map>
#include <memory>

namespace gridcarbon::cli {
namespace {

struct PfArgs {
    std::string input;
    std::string json;
    std::string csv;
    std::string method = "auto";
    double tolerance = 1e-10;
    int max_iterations = 0;
    std::string day;
    int hour = -1; // -1: not given
};

// --csv PREFIX: the three tables' files, PREFIX-buses.csv, PREFIX-branches.csv and
// PREFIX-units.csv; a PREFIX ending in ".csv" loses that ending first.
std::string csvFile(std::string prefix, const std::string& table) {
    const std::string ending = ".csv";
    if (prefix.size() > ending.size() &&
        prefix.compare(prefix.size() - ending.size(), ending.size(), ending) == 0)
        prefix.resize(prefix.size() - ending.size());
    return prefix + "-" + table + ".csv";
}

void addCsvTables(Outputs& out, const std::string& prefix, const PowerFlowResult& r) {
    if (prefix == "-") {
        out.add("--csv", "-", toCsv(powerFlowBusTable(r)));
        return;
    }
    out.add("--csv", csvFile(prefix, "buses"), toCsv(powerFlowBusTable(r)));
    out.add("--csv", csvFile(prefix, "branches"), toCsv(powerFlowBranchTable(r)));
    out.add("--csv", csvFile(prefix, "units"), toCsv(powerFlowUnitTable(r)));
}

int runPf(const PfArgs& a, const std::stop_token& stop) {
    static const std::map<std::string, PowerFlowMethod> methods{
        {"auto", PowerFlowMethod::Auto},
        {"bfs", PowerFlowMethod::BackwardForwardSweep},
        {"newton", PowerFlowMethod::Newton}};
    if (a.json == "-" && a.csv == "-")
        throw badInput("--json - and --csv - both write to stdout; send one of them to a file");
    const Case c = openCase(a.input);
    const std::optional<int> hour = a.hour >= 0 ? std::optional<int>(a.hour) : std::nullopt;
    requireDayForHour(c, a.day, hour);
    PowerFlowOptions o;
    o.method = methods.at(a.method);
    o.tolerance = a.tolerance;
    o.max_iterations = a.max_iterations;
    o.day = a.day;
    o.hour = hour.value_or(0);
    const PowerFlowResult r = [&] {
        StderrProgress progress("pf");
        return runPowerFlow(c, o, &progress, stop);
    }();
    throwIfCancelled(stop, "power flow");
    const std::string solved = periodLabel(o.day, o.hour);
    Outputs out;
    if (!a.json.empty())
        out.add("--json", a.json, powerFlowJson(r));
    if (!a.csv.empty())
        addCsvTables(out, a.csv, r);
    out.write();
    if (a.json != "-" && a.csv != "-") {
        std::printf("%s (%s): %s after %d %s iterations (max mismatch %.3g p.u.)\n",
                    caseLabel(c, a.input).c_str(), solved.c_str(),
                    r.converged ? "converged" : "NOT converged", r.iterations,
                    std::string(toString(r.method)).c_str(), r.max_mismatch_pu);
        // A run that did not converge has no losses or voltages to stand by.
        if (r.converged) {
            std::printf("total loss %.4f kW, %.4f kvar\n", r.total_loss_kw, r.total_loss_kvar);
            std::printf("min voltage %.6f p.u. at bus %s, max %.6f p.u. at bus %s\n", r.min_vm_pu,
                        r.min_vm_bus.c_str(), r.max_vm_pu, r.max_vm_bus.c_str());
        }
    }
    printDiagnostics(r);
    return r.converged ? 0 : static_cast<int>(ErrorCode::Failed);
}

} // namespace

void addPfCommand(CLI::App& app, Runner& chosen) {
    auto a = std::make_shared<PfArgs>();
    CLI::App* pc = app.add_subcommand("pf", "AC power flow");
    addCaseArgument(*pc, a->input);
    addJsonOption(*pc, a->json);
    pc->add_option("--csv", a->csv,
                   "write the results as CSV tables PREFIX-buses.csv, PREFIX-branches.csv and "
                   "PREFIX-units.csv (a trailing .csv on PREFIX is dropped); - writes the bus "
                   "table only, to stdout");
    pc->add_option("--method", a->method, "auto, bfs (backward/forward sweep) or newton")
        ->check(CLI::IsMember({"auto", "bfs", "newton"}));
    pc->add_option("--tol", a->tolerance, "convergence tolerance, p.u.")
        ->check(numberWithin("--tol", {.min = 0.0, .max = 1e-2, .min_inclusive = false}));
    pc->add_option("--max-iter", a->max_iterations, "iteration limit (0: solver default)")
        ->check(numberWithin("--max-iter", {.min = 0.0, .max = 1e5}));
    pc->add_option("--day", a->day, "typical day of the profiles to solve (default: base case)");
    pc->add_option("--hour", a->hour, "with --day: hour of that day, from 0 (default 0)")
        ->check(numberWithin("--hour", {.min = 0.0, .max = 1e4}));
    onChosen(*pc, chosen, [a](std::stop_token stop) { return runPf(*a, stop); });
}

} // namespace gridcarbon::cli
