#include "model/Profiles.h"

#include "util/Error.h"

#include <algorithm>

namespace gridcarbon {

double profileValue(const Case& c, const std::string& profileId, const std::string& day, int hour,
                    const std::string& owner) {
    if (day.empty() || profileId.empty())
        return 1.0;
    const Profile* p = findProfile(c, profileId);
    if (!p)
        throw badInput(owner + ": unknown profile '" + profileId + "'");
    for (const TypicalDay& d : p->days)
        if (d.name == day) {
            if (hour < 0 || hour >= static_cast<int>(d.values.size()))
                throw badInput("hour " + std::to_string(hour) + " is outside day '" + day +
                               "' of profile '" + p->id + "' (0.." +
                               std::to_string(d.values.size() - 1) + ")");
            return d.values[hour];
        }
    throw badInput("profile '" + p->id + "' has no day '" + day + "'");
}

int dayLength(const Case& c, const std::string& day) {
    int hours = -1;
    for (const Profile& p : c.profiles)
        for (const TypicalDay& d : p.days)
            if (d.name == day)
                hours = std::max(hours, static_cast<int>(d.values.size()));
    if (hours < 0)
        throw badInput("no profile of this case has a day named '" + day + "'");
    return hours;
}

std::vector<std::string> typicalDayNames(const Case& c) {
    std::vector<std::string> names;
    for (const Profile& p : c.profiles)
        for (const TypicalDay& d : p.days)
            if (std::find(names.begin(), names.end(), d.name) == names.end())
                names.push_back(d.name);
    return names;
}

Range profileValueRange(ProfileQuantity quantity) {
    if (quantity == ProfileQuantity::Price)
        return {.min = -1e9, .max = 1e9};
    return {.min = 0.0, .max = 100.0};
}

} // namespace gridcarbon
