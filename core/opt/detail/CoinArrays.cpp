#include "opt/detail/CoinArrays.h"

#include <CoinFinite.hpp>

namespace gridcarbon::opt::detail {

double toCoin(double v) {
    if (v == kInf)
        return COIN_DBL_MAX;
    if (v == -kInf)
        return -COIN_DBL_MAX;
    return v;
}

CoinProblem coinProblem(const Model& model, int extraColumns) {
    const auto& vars = model.variables();
    const auto& rows = model.rows();
    const int n = static_cast<int>(vars.size());
    const int m = static_cast<int>(rows.size());
    CoinProblem p;
    p.col_lower.assign(n + extraColumns, 0.0);
    p.col_upper.assign(n + extraColumns, 0.0);
    p.objective.assign(n + extraColumns, 0.0);
    for (int j = 0; j < n; ++j) {
        p.col_lower[j] = toCoin(vars[j].lower);
        p.col_upper[j] = toCoin(vars[j].upper);
        p.objective[j] = vars[j].objective;
    }
    std::vector<int> rowIndex, colIndex;
    std::vector<double> element;
    for (int i = 0; i < m; ++i) {
        p.row_lower.push_back(toCoin(rows[i].lower));
        p.row_upper.push_back(toCoin(rows[i].upper));
        for (const auto& [j, c] : rows[i].terms) {
            rowIndex.push_back(i);
            colIndex.push_back(j);
            element.push_back(c);
        }
    }
    p.matrix = CoinPackedMatrix(true, rowIndex.data(), colIndex.data(), element.data(),
                                static_cast<CoinBigIndex>(element.size()));
    p.matrix.setDimensions(m, n + extraColumns);
    return p;
}

CoinRows coinRows(const std::vector<Cut>& cuts) {
    CoinRows r;
    for (const Cut& c : cuts) {
        for (const auto& [j, v] : c.terms) {
            r.columns.push_back(j);
            r.elements.push_back(v);
        }
        r.starts.push_back(static_cast<CoinBigIndex>(r.columns.size()));
        r.lower.push_back(-COIN_DBL_MAX);
        r.upper.push_back(c.upper);
    }
    return r;
}

} // namespace gridcarbon::opt::detail
