#pragma once
// Open a case by file name: ".m" is MATPOWER, anything else the native JSON format.
#include "model/Case.h"

#include <filesystem>
#include <string>
#include <vector>

namespace gridcarbon {

// `warnings`: what a MATPOWER import read but changed (io/Matpower.h), one line each.
Case loadCase(const std::filesystem::path& file, std::vector<std::string>* warnings = nullptr);

} // namespace gridcarbon
