// gridcarbon-cli: parses arguments and runs one engine. Errors become one line on stderr
// and the documented exit code (2 bad input, 3 failed, 4 cancelled).
#include "CliCommands.h"

#include "util/Error.h"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    CLI::App app{"GridCarbon command-line tool: low-carbon distribution network studies"};
    app.set_version_flag("--version", "gridcarbon-cli 0.1.0");
    auto run = gridcarbon::cli::addCommands(app);
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
    try {
        return run();
    } catch (const gridcarbon::Error& e) {
        std::cerr << "error: " << e.what() << "\n";
        return e.exitCode();
    } catch (const std::exception& e) {
        std::cerr << "internal error: " << e.what() << "\n";
        return 1;
    }
}
