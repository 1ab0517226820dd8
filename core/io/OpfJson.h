#pragma once
// Machine-readable OPF results (the CLI contract of `gridcarbon-cli opf`, docs/opf.md).
#include "opf/OpfResult.h"

#include <string>

namespace gridcarbon {

std::string opfJson(const opf::OpfResult& r);

} // namespace gridcarbon
