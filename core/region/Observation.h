#pragma once
// Choosing the observed buses by carbon emission flow (paper 003 eqs 14-15): trace carbon
// through the day's least-carbon dispatch and take the load buses whose loads carry the most
// emission over the day.
#include "model/Case.h"

#include <stop_token>
#include <string>
#include <vector>

namespace gridcarbon::region {

// Throws Error(BadInput) for a count outside 2..3 or a case with fewer load buses; the carbon
// study's errors otherwise.
std::vector<std::string> rankObservedBuses(const Case& c, const std::string& day, int count,
                                           std::stop_token stop = {});

} // namespace gridcarbon::region
