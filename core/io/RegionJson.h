#pragma once
// Machine-readable region results (the CLI contract of `gridcarbon-cli region`,
// docs/region.md): the reported region's vertices and facets, its volumes and indices, the
// validation and the solver statistics.
#include "region/RegionStudy.h"

#include <string>

namespace gridcarbon {

std::string regionJson(const std::string& caseName, const region::RegionResult& r);

} // namespace gridcarbon
