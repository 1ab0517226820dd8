// gridcarbon-cli: parses arguments and runs one command (app/cli/, listed in Commands.cpp).
// Errors become one line on stderr and the documented exit code (2 bad input, 3 failed,
// 4 cancelled); SIGINT and SIGTERM cancel the running engine (4).
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/SignalCancellation.h"

#include "util/Error.h"
#include "util/Text.h"

#include <exception>
#include <iostream>
#include <string>

namespace {

int cancelled(const std::string& what, int signal) {
    std::cerr << "cancelled: " << gridcarbon::escapeControl(what);
    if (signal != 0)
        std::cerr << " by " << gridcarbon::cli::SignalCancellation::name(signal);
    std::cerr << "\n";
    return static_cast<int>(gridcarbon::ErrorCode::Cancelled);
}

} // namespace

int main(int argc, char** argv) {
    // First, while this is the only thread.
    gridcarbon::cli::SignalCancellation signals;
    CLI::App app{"GridCarbon command-line tool: low-carbon distribution network studies"};
    app.set_version_flag("--version", "gridcarbon-cli 0.1.0");
    gridcarbon::cli::Runner run;
    gridcarbon::cli::addCommands(app, run);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "gridcarbon-cli: " << e.what() << "\n";
        return 2;
    }
    // After a signal, whatever error the stop caused on its way out is the cancellation.
    const std::string command = app.get_subcommands().front()->get_name();
    try {
        const int code = run(signals.token());
        gridcarbon::cli::requireStdoutWritten(); // a summary lost to a full disk is an error
        return code;
    } catch (const gridcarbon::Error& e) {
        if (e.code() == gridcarbon::ErrorCode::Cancelled)
            return cancelled(e.what(), signals.received());
        if (signals.received() != 0)
            return cancelled(command + " cancelled", signals.received());
        std::cerr << "error: " << gridcarbon::escapeControl(e.what()) << "\n";
        return e.exitCode();
    } catch (const std::exception& e) {
        if (signals.received() != 0)
            return cancelled(command + " cancelled", signals.received());
        std::cerr << "internal error: " << gridcarbon::escapeControl(e.what()) << "\n";
        return 1;
    }
}
