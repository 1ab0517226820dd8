#include "model/Case.h"

#include <algorithm>

namespace gridcarbon {

const Profile* findProfile(const Case& c, const std::string& id) {
    auto it = std::find_if(c.profiles.begin(), c.profiles.end(),
                           [&](const Profile& p) { return p.id == id; });
    return it == c.profiles.end() ? nullptr : &*it;
}

std::unordered_map<std::string, std::size_t> busIndexMap(const Case& c) {
    std::unordered_map<std::string, std::size_t> index;
    index.reserve(c.buses.size());
    for (std::size_t i = 0; i < c.buses.size(); ++i)
        index.emplace(c.buses[i].id, i);
    return index;
}

} // namespace gridcarbon
