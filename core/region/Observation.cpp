#include "region/Observation.h"

#include "carbon/CarbonStudy.h"
#include "util/Error.h"

#include <algorithm>

namespace gridcarbon::region {

std::vector<std::string> rankObservedBuses(const Case& c, const std::string& day, int count,
                                           std::stop_token stop) {
    if (count < 2 || count > 3)
        throw badInput("auto:N observes 2 or 3 buses, got " + std::to_string(count));
    carbon::CarbonStudyOptions o;
    o.method = carbon::CefMethod::Ac;
    o.day = day;
    o.dispatch = carbon::Dispatch::Opf;
    o.opf.objective = opf::Objective::Carbon;
    o.opf.day = day;
    o.opf.recover_ac = false;
    const carbon::CarbonStudyResult r = carbon::runCarbonStudy(c, o, nullptr, stop);
    std::vector<carbon::BusDay> loaded;
    for (const carbon::BusDay& b : r.carbon.buses)
        if (b.load_mwh > 0.0)
            loaded.push_back(b);
    if (static_cast<int>(loaded.size()) < count)
        throw badInput("auto:" + std::to_string(count) + " needs " + std::to_string(count) +
                       " buses with load; the case has " + std::to_string(loaded.size()));
    std::stable_sort(loaded.begin(), loaded.end(), [](const auto& a, const auto& b) {
        return a.load_emission_t > b.load_emission_t;
    });
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i)
        out.push_back(loaded[i].id);
    return out;
}

} // namespace gridcarbon::region
