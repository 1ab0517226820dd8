#pragma once
// A Model and a batch of cuts as the arrays COIN-OR's loadProblem and addRows take, shared by
// the Clp and Cbc backends. Infinite bounds become COIN_DBL_MAX.
#include "opt/Model.h"
#include "opt/detail/ConeCuts.h"

#include <CoinPackedMatrix.hpp>

#include <vector>

namespace gridcarbon::opt::detail {

double toCoin(double v);

struct CoinProblem {
    CoinPackedMatrix matrix; // rows x columns
    std::vector<double> col_lower, col_upper, objective, row_lower, row_upper;
};

// `extraColumns` empty columns are appended (bounds [0, 0], cost 0) for the caller to set.
CoinProblem coinProblem(const Model& model, int extraColumns = 0);

struct CoinRows {
    std::vector<CoinBigIndex> starts{0};
    std::vector<int> columns;
    std::vector<double> elements, lower, upper;
    int count() const { return static_cast<int>(lower.size()); }
};

CoinRows coinRows(const std::vector<Cut>& cuts);

} // namespace gridcarbon::opt::detail
