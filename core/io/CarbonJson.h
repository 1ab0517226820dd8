#pragma once
// Machine-readable carbon emission flow results (the CLI contract of `gridcarbon-cli cef`,
// docs/carbon.md). A single period writes buses[], branches[], sources[] and totals at the top
// level; a whole day writes periods[] of those and `daily` totals.
#include "carbon/CarbonStudy.h"

#include <string>

namespace gridcarbon {

std::string carbonJson(const std::string& caseName, const carbon::CarbonStudyResult& r);

} // namespace gridcarbon
