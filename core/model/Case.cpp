#include "model/Case.h"

#include <algorithm>

namespace gridcarbon {

const Bus* findBus(const Case& c, const std::string& id) {
    auto it =
        std::find_if(c.buses.begin(), c.buses.end(), [&](const Bus& b) { return b.id == id; });
    return it == c.buses.end() ? nullptr : &*it;
}

const Profile* findProfile(const Case& c, const std::string& id) {
    auto it = std::find_if(c.profiles.begin(), c.profiles.end(),
                           [&](const Profile& p) { return p.id == id; });
    return it == c.profiles.end() ? nullptr : &*it;
}

std::optional<std::size_t> busIndex(const Case& c, const std::string& id) {
    const Bus* b = findBus(c, id);
    if (!b)
        return std::nullopt;
    return static_cast<std::size_t>(b - c.buses.data());
}

} // namespace gridcarbon
