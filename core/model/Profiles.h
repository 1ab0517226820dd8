#pragma once
// Reading a Case's typical-day profiles: the multiplier of one profile at one hour, and the
// length of a day. Shared by the power flow (one snapshot) and the optimisation problems
// (every hour of a day).
#include "model/Case.h"
#include "model/Properties.h"

#include <string>
#include <vector>

namespace gridcarbon {

// The value of profile `profileId` at `hour` of typical day `day`; 1.0 when either is empty.
// Throws Error(BadInput) naming `owner` for an unknown profile, day or hour.
double profileValue(const Case& c, const std::string& profileId, const std::string& day, int hour,
                    const std::string& owner);

// The number of hours of typical day `day`: the longest of the profiles that have it.
// Throws Error(BadInput) when no profile has that day.
int dayLength(const Case& c, const std::string& day);

// The names of the case's typical days, each once, in the order the profiles first give them.
std::vector<std::string> typicalDayNames(const Case& c);

// The values a profile of `quantity` may hold, besides being finite: load, wind and PV profiles
// hold multipliers of a peak or a rating, from 0 to 100; price profiles may be negative, within
// a billion per MWh either way.
Range profileValueRange(ProfileQuantity quantity);

} // namespace gridcarbon
