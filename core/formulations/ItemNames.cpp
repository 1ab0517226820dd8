#include "formulations/ItemNames.h"

#include <charconv>

namespace gridcarbon::formulations {

std::string itemName(std::string_view what, std::string_view id, int period) {
    return std::string(what) + " '" + std::string(id) + "' t=" + std::to_string(period);
}

std::optional<ItemNameParts> parseItemName(std::string_view name) {
    // The id may hold quotes and spaces: it runs from the first " '" to the last "' t=".
    const std::size_t open = name.find(" '");
    const std::size_t close = name.rfind("' t=");
    if (open == std::string_view::npos || close == std::string_view::npos || close < open + 2)
        return std::nullopt;
    ItemNameParts parts;
    parts.what = std::string(name.substr(0, open));
    parts.id = std::string(name.substr(open + 2, close - open - 2));
    const std::string_view digits = name.substr(close + 4);
    const auto [end, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), parts.period);
    if (ec != std::errc{} || end != digits.data() + digits.size() || digits.empty())
        return std::nullopt;
    return parts;
}

} // namespace gridcarbon::formulations
