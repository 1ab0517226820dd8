#include "Commands.h"

namespace gridcarbon::cli {

// The commands of gridcarbon-cli, one line each, in the order --help lists them. Adding a
// command: a file app/cli/<Name>Command.cpp defining `void add<Name>Command(CLI::App& app,
// Runner& chosen)` (see Command.h; CMake picks the file up by glob), and its line here.
#define GRIDCARBON_CLI_COMMANDS(COMMAND)                                                           \
    COMMAND(addConvertCommand)                                                                     \
    COMMAND(addPfCommand)                                                                          \
    COMMAND(addCefCommand)                                                                         \
    COMMAND(addOpfCommand)                                                                         \
    COMMAND(addRegionCommand)

#define GRIDCARBON_DECLARE_COMMAND(add) AddCommand add;
GRIDCARBON_CLI_COMMANDS(GRIDCARBON_DECLARE_COMMAND)
#undef GRIDCARBON_DECLARE_COMMAND

void addCommands(CLI::App& app, Runner& chosen) {
#define GRIDCARBON_ADD_COMMAND(add) add(app, chosen);
    GRIDCARBON_CLI_COMMANDS(GRIDCARBON_ADD_COMMAND)
#undef GRIDCARBON_ADD_COMMAND
    app.require_subcommand(1);
}

#undef GRIDCARBON_CLI_COMMANDS

} // namespace gridcarbon::cli
