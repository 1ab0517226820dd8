#pragma once
// The gridcarbon-cli subcommands. Each returns the process exit code (0 ok, 2 bad input,
// 3 failed/infeasible, 4 cancelled) and writes its summary to `out`.
#include <CLI/CLI.hpp>

#include <functional>

namespace gridcarbon::cli {

// Adds the subcommands to `app`; the returned function runs whichever was chosen.
std::function<int()> addCommands(CLI::App& app);

} // namespace gridcarbon::cli
