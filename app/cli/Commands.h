#pragma once
// Every gridcarbon-cli command, registered from the one list in Commands.cpp.
#include "Command.h"

namespace gridcarbon::cli {

// Adds every command to `app`; the one the user picks puts its runner in `chosen`, which must
// outlive the parse. Requires exactly one command.
void addCommands(CLI::App& app, Runner& chosen);

} // namespace gridcarbon::cli
