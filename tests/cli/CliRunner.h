#pragma once
// Runs gridcarbon-cli as a user would: a command line in, exit code and both streams out.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using nlohmann::json;

namespace cli_test {

struct CliRun {
    int exit_code = -1;
    std::string out;
    std::string err;      // without the progress lines
    std::string progress; // the lines a run longer than two seconds prints as it goes
};

// A progress line of StderrProgress ("region:   5 % boundary points: 2 (11 s)"), which a run
// prints when it takes longer than two seconds (on a slow or instrumented build, any run).
inline bool isProgressLine(const std::string& line) {
    const auto colon = line.find(": ");
    return colon != std::string::npos && colon > 0 && line.find_first_of(" ", 0) == colon + 1 &&
           line.find(" % ", colon) == colon + 5 && line.size() > colon + 8 && line.back() == ')';
}

inline std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline fs::path scratch() {
    fs::path d = fs::temp_directory_path() / ("gridcarbon-cli-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}

// Runs `program args` through the shell, capturing its exit code and both streams.
inline CliRun runProgram(const std::string& program, const std::string& args) {
    const fs::path d = scratch();
    const std::string cmd =
        program + " " + args + " >" + (d / "out").string() + " 2>" + (d / "err").string();
    const int status = std::system(cmd.c_str());
    CliRun r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(d / "out");
    std::istringstream err(slurp(d / "err"));
    for (std::string line; std::getline(err, line);)
        (isProgressLine(line) ? r.progress : r.err) += line + "\n";
    return r;
}

inline CliRun cli(const std::string& args) {
    return runProgram(GRIDCARBON_CLI, args);
}

// Runs one of the Python readers in tests/cli (an independent check of what the CLI wrote)
// with the system's python3 (scripts/setup.sh installs it).
inline CliRun python(const std::string& script, const std::string& args) {
    return runProgram("python3", std::string(GRIDCARBON_CLI_SCRIPTS "/") + script + " " + args);
}

// An empty directory of its own for one test's output files.
inline fs::path freshDirectory(const std::string& name) {
    const fs::path d = scratch() / name;
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}

// The names of the files in `d`.
inline std::set<std::string> filesIn(const fs::path& d) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(d))
        names.insert(entry.path().filename().string());
    return names;
}

inline std::string data(const std::string& name) {
    return std::string(GRIDCARBON_TEST_DATA "/") + name;
}

// A bundled case from cases/, by name without extension.
inline std::string bundledCase(const std::string& name) {
    return std::string(GRIDCARBON_CASES "/") + name + ".json";
}

inline fs::path writeTemp(const std::string& name, const std::string& text) {
    const fs::path p = scratch() / name;
    std::ofstream(p) << text;
    return p;
}

inline void expectOneLineError(const CliRun& r, int code, const std::string& mentions) {
    EXPECT_EQ(r.exit_code, code) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_NE(r.err.find(mentions), std::string::npos) << r.err;
}

} // namespace cli_test

using namespace cli_test;
