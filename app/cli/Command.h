#pragma once
// What the gridcarbon-cli commands share. A command lives in one file of app/cli/ and exposes
// one function of the AddCommand type, listed once in Commands.cpp. It adds its subcommand and
// options to the CLI11 app, and when the user picks it, puts its runner in `chosen`. A runner
// returns the process exit code (0 ok, 2 bad input, 3 failed/infeasible, 4 cancelled), prints
// its summary on stdout, and throws gridcarbon::Error for cli_main.cpp to turn into one line on
// stderr and that error's exit code.
#include <CLI/CLI.hpp>

#include <functional>
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

// `-` writes to stdout; anything else is a file, replaced atomically (never half-written).
void writeOutput(const std::string& target, const std::string& text);

// Throws Error(Cancelled, "<what> cancelled") once `stop` is requested. Commands call it after
// the engine returns and before they write their first output, so that a run cancelled at
// any point leaves no output file behind.
void throwIfCancelled(const std::stop_token& stop, const std::string& what);

// "a,b,c" as {"a", "b", "c"}; an empty item is bad input, named as
// "<option> has an empty <item> in '<text>'".
std::vector<std::string> splitList(const std::string& text, const std::string& option,
                                   const std::string& item);

} // namespace gridcarbon::cli
