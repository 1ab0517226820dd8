#pragma once
// Helpers shared by the core unit tests.
#include "io/CaseJson.h"
#include "model/Case.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

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

} // namespace gridcarbon::test
