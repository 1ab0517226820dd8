#pragma once
#include <filesystem>
#include <string>

namespace gridcarbon {

// Whole file as text; throws Error(BadInput) naming the file when it cannot be read.
std::string readTextFile(const std::filesystem::path& file);

// Atomic replace: write `file`.tmp-XXXX, flush, rename over `file`.
void writeTextFileAtomic(const std::filesystem::path& file, const std::string& text);

// A number with 17 significant digits in the C locale, whatever the program's locale
// ("0.10000000000000001", "1", "-2.5e-07"): it reads back to the same double. "inf", "-inf"
// and "nan" for values that are not finite; writers that cannot take those check first.
std::string formatNumber17(double v);

} // namespace gridcarbon
