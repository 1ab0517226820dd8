#pragma once
// Open a case by file name: ".m" is MATPOWER, anything else the native JSON format.
#include "model/Case.h"

#include <filesystem>

namespace gridcarbon {

Case loadCase(const std::filesystem::path& file);

} // namespace gridcarbon
