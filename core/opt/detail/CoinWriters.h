#pragma once
// The COIN-OR writers behind opt/Export.h: a model's variables (bounds, integrality), linear
// rows and objective, with the names given, as CoinMpsIO and CoinLpIO write them. Cones are
// not written here: Export.cpp turns them into rows and columns first.
#include "opt/Model.h"

#include <cstdio>
#include <string>
#include <vector>

namespace gridcarbon::opt::detail {

struct ItemNames {
    std::vector<std::string> columns; // one per variable
    std::vector<std::string> rows;    // one per row
};

// Free-format MPS, full precision, the objective constant as the objective row's right-hand
// side; false when the file cannot be written.
bool writeCoinMps(const Model& model, const ItemNames& names, const std::string& file);

// CPLEX LP format as CoinLpIO writes it (ranged rows as two rows, the second "_low"); false
// when writing fails.
bool writeCoinLp(const Model& model, const ItemNames& names, std::FILE* out);

} // namespace gridcarbon::opt::detail
