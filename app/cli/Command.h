#pragma once
// What the gridcarbon-cli commands share. A command lives in one file of app/cli/ and exposes
// one function of the AddCommand type, listed once in Commands.cpp. It adds its subcommand and
// options to the CLI11 app, and when the user picks it, puts its runner in `chosen`. A runner
// returns the process exit code (0 ok, 2 bad input, 3 failed/infeasible, 4 cancelled), prints
// its summary on stdout, and throws gridcarbon::Error for cli_main.cpp to turn into one line on
// stderr and that error's exit code.
#include "model/Case.h"
#include "model/Properties.h"
#include "util/EngineResult.h"
#include "util/OptionDescriptor.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace gridcarbon::cli {

// Runs the chosen command; `stop` is requested on SIGINT or SIGTERM (SignalCancellation.h).
using Runner = std::function<int(std::stop_token stop)>;

// The one signature of every command's registration function.
using AddCommand = void(CLI::App& app, Runner& chosen);

// Makes `run` the chosen runner when the user picks `command`. `chosen` outlives the parse.
void onChosen(CLI::App& command, Runner& chosen, Runner run);

// The positional CASE argument every study command takes.
CLI::Option* addCaseArgument(CLI::App& command, std::string& path);

// --json OUT: the result as JSON to a file, or - for stdout.
CLI::Option* addJsonOption(CLI::App& command, std::string& target);

// The name summaries give the case read from `path`: its name, or the file's stem when the
// case has none, with control characters written out (util/Text.h: escapeControl).
std::string caseLabel(const Case& c, const std::string& path);

// What was solved, for summaries: "day spring, hour 22", "day spring" (a whole day) or
// "base case" (no day).
std::string periodLabel(const std::string& day, std::optional<int> hour);

// An hour means an hour of a typical day: given without --day it is bad input, named as
// "--hour needs --day (the case's typical days: spring, summer)".
void requireDayForHour(const Case& c, const std::string& day, std::optional<int> hour);

// One --NAME flag per numeric setting an engine describes (util/OptionDescriptor.h), written
// into the options `target()` returns. Help shows the engine's default and unit; a value the
// descriptor refuses is a parse error naming the flag and the limit (exit 2).
template <class Options>
void addNumberOptions(CLI::App& command, const std::vector<NumberOption<Options>>& options,
                      std::function<Options&()> target) {
    for (const NumberOption<Options>& d : options) {
        const NumberOption<Options>* described = &d;
        CLI::Option* flag = command.add_option_function<double>(
            "--" + d.name, [described, target](const double& v) { described->set(target(), v); },
            d.help + (d.unit.empty() ? std::string() : " (" + d.unit + ")"));
        flag->default_str(CLI::detail::to_string(d.defaultValue()));
        flag->check(CLI::Validator(
            [described](std::string& text) -> std::string {
                double value = 0.0;
                if (!CLI::detail::lexical_cast(text, value))
                    return "needs a number, not '" + text + "'";
                return described->reason(value).value_or(std::string());
            },
            "", described->name));
    }
}

// A number within `range` (model/Properties.h), refused in the words messages use elsewhere:
// "--tol: must be greater than 0 and at most 0.01 (got -1e+308)", never CLI11's own message,
// which prints the largest double in full.
CLI::Validator numberWithin(const std::string& flag, const Range& range);

// The case at `path` (io/CaseFile.h), with what its import changed on stderr as one
// "warning: ..." line each.
Case openCase(const std::string& path);

// The result's warnings and errors on stderr, one line each: "<item>: <message>".
void printDiagnostics(const EngineResult& r);

// What a run writes, all or nothing: the texts are collected with add() and written by
// write() once the run has succeeded. Files are staged and put in place together
// (io/TextFile.h: writeTextFilesAtomic), so that one that cannot be written leaves none of the
// others behind; `-` is stdout, written last and checked (a full disk or a closed pipe is an
// error, exit 2). Naming one file, or `-`, for two outputs is bad input at add().
class Outputs {
public:
    // `option` names the output in messages ("--json").
    void add(const std::string& option, const std::string& target, std::string text);
    void write();
    // Before a long solve: the same refusal add() gives for one target named twice, for the
    // (option, target) pairs a run will write; empty targets are not written.
    static void requireDistinct(const std::vector<std::pair<std::string, std::string>>& planned);

private:
    struct Output {
        std::string option;
        std::string target;
        std::string text;
    };
    std::vector<Output> outputs_;
};

// Flushes stdout and throws Error(BadInput) when what a command printed could not be written
// (stdout on a full disk, a closed pipe).
void requireStdoutWritten();

// Throws Error(Cancelled, "<what> cancelled") once `stop` is requested. Commands call it after
// the engine returns and before they write their first output, so that a run cancelled at
// any point leaves no output file behind.
void throwIfCancelled(const std::stop_token& stop, const std::string& what);

// "a,b,c" as {"a", "b", "c"}; an empty item is bad input, named as
// "<option> has an empty <item> in '<text>'".
std::vector<std::string> splitList(const std::string& text, const std::string& option,
                                   const std::string& item);

} // namespace gridcarbon::cli
