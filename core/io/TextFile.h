#pragma once
#include <filesystem>
#include <string>

namespace gridcarbon {

// Whole file as text; throws Error(BadInput) naming the file when it cannot be read.
std::string readTextFile(const std::filesystem::path& file);

// Atomic replace: write `file`.tmp-XXXX, flush, rename over `file`.
void writeTextFileAtomic(const std::filesystem::path& file, const std::string& text);

// A CSV field (RFC 4180): quoted, with its quotes doubled, when it holds a comma, a quote or a
// line break; as it is otherwise.
std::string csvField(const std::string& text);

} // namespace gridcarbon
