#pragma once
// The part of every result file that comes from EngineResult: "outcome" and "diagnostics"
// (severity, item, message, and value and limit where the finding has them). Used only
// inside core/io's writers.
#include "util/EngineResult.h"

#include <nlohmann/json.hpp>

namespace gridcarbon {

void writeEngineResult(const EngineResult& r, nlohmann::ordered_json& out);

} // namespace gridcarbon
