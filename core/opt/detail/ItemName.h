#pragma once
// How diagnostics name a model item: its own name, or its kind and index when it has none.
#include <cstddef>
#include <string>

namespace gridcarbon::opt::detail {

inline std::string itemName(const std::string& name, const char* kind, std::size_t index) {
    return name.empty() ? std::string(kind) + " #" + std::to_string(index) : name;
}

} // namespace gridcarbon::opt::detail
