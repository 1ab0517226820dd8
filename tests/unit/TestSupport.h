#pragma once
// Helpers shared by the core unit tests.
#include "io/CaseJson.h"
#include "model/Case.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace gridcarbon::test {

// A case from the bundled cases/ directory, by name without extension.
inline Case bundledCase(const std::string& name) {
    return loadCaseJson(std::string(GRIDCARBON_CASES "/") + name + ".json");
}

// The code of the gridcarbon::Error that `f` throws (a test failure when it throws none).
inline ErrorCode errorOf(const std::function<void()>& f, std::string* message = nullptr) {
    try {
        f();
    } catch (const Error& e) {
        if (message)
            *message = e.what();
        return e.code();
    }
    ADD_FAILURE() << "no gridcarbon::Error thrown";
    return ErrorCode::Failed;
}

// The lines of a text, without their line breaks.
inline std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

} // namespace gridcarbon::test
