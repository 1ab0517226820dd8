#pragma once
// The native case file: JSON with "format": "gridcarbon-case" and an integer "version".
// Reading validates the document; every error names the JSON path and the reason.
#include "model/Case.h"

#include <filesystem>
#include <string>

namespace gridcarbon {

inline constexpr int kCaseFormatVersion = 1;

// Throws Error(BadInput) naming the JSON path, e.g. "$.branches[3].r_pu: expected a number".
Case readCaseJson(const std::string& text);
Case loadCaseJson(const std::filesystem::path& file);

std::string writeCaseJson(const Case& c);

// Writes to a temporary file beside `file` and renames it over `file`, so that a crash never
// leaves a half-written case. Throws Error(BadInput) naming the file when it cannot.
void saveCaseJson(const Case& c, const std::filesystem::path& file);

} // namespace gridcarbon
