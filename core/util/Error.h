#pragma once
// The one exception type of GridCarbon's core. Every message names the offending item
// (a JSON path, a file and line, a bus or branch id) so that the user can find it.
#include <stdexcept>
#include <string>

namespace gridcarbon {

enum class ErrorCode {
    BadInput = 2,  // malformed or inconsistent input: CLI exit code 2
    Failed = 3,    // infeasible or non-converged model: CLI exit code 3
    Cancelled = 4, // stopped through a std::stop_token: CLI exit code 4
};

class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ErrorCode code() const noexcept { return code_; }
    int exitCode() const noexcept { return static_cast<int>(code_); }

private:
    ErrorCode code_;
};

inline Error badInput(const std::string& message) {
    return Error(ErrorCode::BadInput, message);
}

} // namespace gridcarbon
