#pragma once
#include <filesystem>
#include <string>

namespace gridcarbon {

// Whole file as text; throws Error(BadInput) naming the file when it cannot be read.
std::string readTextFile(const std::filesystem::path& file);

// Atomic replace: write `file`.tmp-XXXX, flush, rename over `file`.
void writeTextFileAtomic(const std::filesystem::path& file, const std::string& text);

} // namespace gridcarbon
