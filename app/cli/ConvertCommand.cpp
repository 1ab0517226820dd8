// gridcarbon-cli convert IN -o OUT: import a case, write it as native JSON.
#include "Command.h"

#include "io/CaseFile.h"
#include "io/CaseJson.h"
#include "topology/TreeLayout.h"

#include <iostream>
#include <memory>

namespace gridcarbon::cli {
namespace {

struct ConvertArgs {
    std::string input;
    std::string output;
    bool layout = false;
};

int runConvert(const ConvertArgs& a, const std::stop_token& stop) {
    Case c = loadCase(a.input);
    if (a.layout)
        ensureLayout(c);
    throwIfCancelled(stop, "convert");
    writeOutput(a.output, writeCaseJson(c));
    if (a.output != "-")
        std::cout << "wrote " << a.output << ": " << c.buses.size() << " buses, "
                  << c.branches.size() << " branches, " << c.loads.size() << " loads, "
                  << c.generators.size() << " generators\n";
    return 0;
}

} // namespace

void addConvertCommand(CLI::App& app, Runner& chosen) {
    auto a = std::make_shared<ConvertArgs>();
    CLI::App* cc = app.add_subcommand("convert", "import a case and write it as native JSON");
    cc->add_option("IN", a->input, "case file (.json or MATPOWER .m)")->required();
    cc->add_option("-o,--output", a->output, "output .json file, or - for stdout")->required();
    cc->add_flag("--layout", a->layout, "add tree-layout coordinates to buses that have none");
    onChosen(*cc, chosen, [a](std::stop_token stop) { return runConvert(*a, stop); });
}

} // namespace gridcarbon::cli
