#include "opt/detail/CoinWriters.h"

#include "opt/detail/CoinArrays.h"

#include <CoinError.hpp>
#include <CoinFinite.hpp>
#include <CoinLpIO.hpp>
#include <CoinMpsIO.hpp>

namespace gridcarbon::opt::detail {
namespace {

std::vector<char> integrality(const Model& model) {
    std::vector<char> out;
    out.reserve(model.variables().size());
    for (const VarInfo& v : model.variables())
        out.push_back(v.integer ? 1 : 0);
    return out;
}

} // namespace

bool writeCoinMps(const Model& model, const ItemNames& names, const std::string& file) {
    const CoinProblem p = coinProblem(model);
    const std::vector<char> integer = integrality(model);
    CoinMpsIO mps;
    mps.messageHandler()->setLogLevel(0);
    mps.setMpsData(p.matrix, COIN_DBL_MAX, p.col_lower.data(), p.col_upper.data(),
                   p.objective.data(), integer.data(), p.row_lower.data(), p.row_upper.data(),
                   names.columns, names.rows);
    // MPS reads the objective as c'x minus the objective row's right-hand side.
    mps.setObjectiveOffset(-model.objectiveConstant());
    mps.setProblemName("model");
    try {
        // No compression, extra accuracy, two entries a line.
        return mps.writeMps(file.c_str(), 0, 1, 2) == 0;
    } catch (const CoinError&) {
        return false;
    }
}

bool writeCoinLp(const Model& model, const ItemNames& names, std::FILE* out) {
    const CoinProblem p = coinProblem(model);
    const std::vector<char> integer = integrality(model);
    CoinLpIO lp;
    lp.messageHandler()->setLogLevel(0);
    lp.setInfinity(COIN_DBL_MAX);
    lp.setLpDataWithoutRowAndColNames(p.matrix, p.col_lower.data(), p.col_upper.data(),
                                      p.objective.data(), integer.data(), p.row_lower.data(),
                                      p.row_upper.data());
    // CoinLpIO takes the objective's name after the rows'.
    std::vector<const char*> rows, columns;
    for (const std::string& n : names.rows)
        rows.push_back(n.c_str());
    rows.push_back("objective");
    for (const std::string& n : names.columns)
        columns.push_back(n.c_str());
    lp.setLpDataRowAndColNames(rows.data(), columns.data());
    lp.setObjectiveOffset(model.objectiveConstant());
    try {
        // Near-integers within 1e-15 as integers, 8 terms a line, 15 decimals.
        return lp.writeLp(out, 1e-15, 8, 15, true) == 0;
    } catch (const CoinError&) {
        return false;
    }
}

} // namespace gridcarbon::opt::detail
