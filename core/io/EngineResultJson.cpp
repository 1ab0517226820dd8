#include "io/EngineResultJson.h"

#include <string>

namespace gridcarbon {

void writeEngineResult(const EngineResult& r, nlohmann::ordered_json& out) {
    using json = nlohmann::ordered_json;
    json diagnostics = json::array();
    for (const Diagnostic& d : r.diagnostics) {
        json j{{"severity", std::string(toString(d.severity))},
               {"item", d.item_id},
               {"message", d.message}};
        if (d.value)
            j["value"] = *d.value;
        if (d.limit)
            j["limit"] = *d.limit;
        diagnostics.push_back(std::move(j));
    }
    out["outcome"] = std::string(toString(r.outcome));
    out["diagnostics"] = std::move(diagnostics);
}

} // namespace gridcarbon
