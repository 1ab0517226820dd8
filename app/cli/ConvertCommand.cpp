// gridcarbon-cli convert IN -o OUT: import a case, write it as native JSON (.json, or - for
// stdout) or as a MATPOWER v2 case (.m).
#include "Command.h"

#include "io/CaseJson.h"
#include "io/MatpowerWriter.h"
#include "topology/TreeLayout.h"
#include "util/Error.h"

#include <filesystem>
#include <iostream>
#include <memory>

namespace gridcarbon::cli {
namespace {

struct ConvertArgs {
    std::string input;
    std::string output;
    bool layout = false;
};

enum class Format { Json, Matpower };

// By the output's extension; anything else is refused before the input is read.
Format outputFormat(const std::string& output) {
    if (output == "-")
        return Format::Json;
    const std::string ext = std::filesystem::path(output).extension().string();
    if (ext == ".json")
        return Format::Json;
    if (ext == ".m")
        return Format::Matpower;
    throw badInput(
        output + ": cannot write " +
        (ext.empty() ? std::string("a file without an extension") : "'" + ext + "' files") +
        "; use .json (native), .m (MATPOWER) or - (JSON to stdout)");
}

int runConvert(const ConvertArgs& a, const std::stop_token& stop) {
    const Format format = outputFormat(a.output);
    Case c = openCase(a.input);
    if (a.layout)
        ensureLayout(c);
    throwIfCancelled(stop, "convert");
    if (format == Format::Matpower) {
        for (const std::string& note : saveMatpower(a.output, c))
            std::cerr << note << "\n";
    } else {
        Outputs out;
        out.add("-o", a.output, writeCaseJson(c));
        out.write();
    }
    if (a.output != "-")
        std::cout << "wrote " << a.output << ": " << c.buses.size() << " buses, "
                  << c.branches.size() << " branches, " << c.loads.size() << " loads, "
                  << c.generators.size() << " generators\n";
    return 0;
}

} // namespace

void addConvertCommand(CLI::App& app, Runner& chosen) {
    auto a = std::make_shared<ConvertArgs>();
    CLI::App* cc = app.add_subcommand(
        "convert", "import a case and write it as native JSON or as a MATPOWER case");
    cc->add_option("IN", a->input, "case file (.json or MATPOWER .m)")->required();
    cc->add_option("-o,--output", a->output,
                   "output file: .json (native), .m (MATPOWER v2; what MATPOWER cannot hold is "
                   "named on stderr, one 'not exported:' line each), or - for JSON on stdout")
        ->required();
    cc->add_flag("--layout", a->layout, "add tree-layout coordinates to buses that have none");
    onChosen(*cc, chosen, [a](std::stop_token stop) { return runConvert(*a, stop); });
}

} // namespace gridcarbon::cli
