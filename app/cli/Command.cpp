#include "Command.h"

#include "io/CaseFile.h"
#include "io/TextFile.h"
#include "model/Profiles.h"
#include "util/Error.h"
#include "util/Text.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <utility>

namespace gridcarbon::cli {

void onChosen(CLI::App& command, Runner& chosen, Runner run) {
    command.callback([&chosen, run = std::move(run)] { chosen = run; });
}

CLI::Option* addCaseArgument(CLI::App& command, std::string& path) {
    return command.add_option("CASE", path, "case file (.json or MATPOWER .m)")->required();
}

CLI::Option* addJsonOption(CLI::App& command, std::string& target) {
    return command.add_option("--json", target,
                              "write the result as JSON to a file, or - for stdout");
}

std::string caseLabel(const Case& c, const std::string& path) {
    return escapeControl(c.name.empty() ? std::filesystem::path(path).stem().string() : c.name);
}

std::string periodLabel(const std::string& day, std::optional<int> hour) {
    if (day.empty())
        return "base case";
    return "day " + day + (hour ? ", hour " + std::to_string(*hour) : std::string());
}

void requireDayForHour(const Case& c, const std::string& day, std::optional<int> hour) {
    if (!hour || !day.empty())
        return;
    std::string days;
    for (const std::string& name : typicalDayNames(c))
        days += (days.empty() ? "" : ", ") + name;
    throw badInput("--hour needs --day (" +
                   (days.empty() ? std::string("the case has no typical days")
                                 : "the case's typical days: " + days) +
                   ")");
}

CLI::Validator numberWithin(const std::string& flag, const Range& range) {
    return CLI::Validator(
        [flag, range](std::string& text) -> std::string {
            double value = 0.0;
            if (!CLI::detail::lexical_cast(text, value) || std::isnan(value))
                return "needs a number, not '" + text + "'";
            return range.contains(value) ? std::string() : outOfRangeText(range, value);
        },
        rangeText(range), flag);
}

Case openCase(const std::string& path) {
    std::vector<std::string> warnings;
    Case c = loadCase(path, &warnings);
    for (const std::string& w : warnings)
        std::fprintf(stderr, "warning: %s\n", escapeControl(w).c_str());
    return c;
}

void printDiagnostics(const EngineResult& r) {
    for (const Diagnostic& d : r.diagnostics)
        if (d.severity != Diagnostic::Severity::Info)
            std::cerr << escapeControl((d.item_id.empty() ? "" : d.item_id + ": ") + d.message)
                      << "\n";
}

void Outputs::add(const std::string& option, const std::string& target, std::string text) {
    for (const Output& o : outputs_)
        if (o.target == target)
            throw badInput(option + " " + target + ": " + o.option + " writes there too");
    outputs_.push_back({option, target, std::move(text)});
}

void Outputs::requireDistinct(const std::vector<std::pair<std::string, std::string>>& planned) {
    Outputs check;
    for (const auto& [option, target] : planned)
        if (!target.empty())
            check.add(option, target, {});
}

void Outputs::write() {
    std::vector<TextFileOutput> files;
    const Output* console = nullptr;
    for (const Output& o : outputs_) {
        if (o.target == "-")
            console = &o;
        else
            files.push_back({o.target, o.text});
    }
    writeTextFilesAtomic(files);
    if (console) {
        std::cout << console->text;
        requireStdoutWritten();
    }
}

void requireStdoutWritten() {
    std::cout.flush();
    const bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout);
    if (failed)
        throw badInput(std::string("standard output: write failed (") + std::strerror(errno) + ")");
}

void throwIfCancelled(const std::stop_token& stop, const std::string& what) {
    if (stop.stop_requested())
        throw Error(ErrorCode::Cancelled, what + " cancelled");
}

std::vector<std::string> splitList(const std::string& text, const std::string& option,
                                   const std::string& item) {
    std::vector<std::string> items;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = text.find(',', start);
        std::string one = text.substr(start, comma - start);
        if (one.empty())
            throw badInput(option + " has an empty " + item + " in '" + text + "'");
        items.push_back(std::move(one));
        if (comma == std::string::npos)
            return items;
        start = comma + 1;
    }
}

} // namespace gridcarbon::cli
