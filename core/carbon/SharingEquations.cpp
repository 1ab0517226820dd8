#include "carbon/SharingEquations.h"

#include <Eigen/SparseLU>

#include <cmath>

namespace gridcarbon::carbon {
namespace {

// Buses in an order where every sender comes before its receivers (Kahn), or fewer than all
// buses when the flows contain a loop.
std::vector<std::size_t> upstreamFirst(const SharingEquations& eq,
                                       const std::vector<std::size_t>& firstOut,
                                       const std::vector<std::size_t>& outEdges) {
    const std::size_t n = eq.outflow.size();
    std::vector<std::size_t> pending(n, 0);
    for (const SharingEquations::Inflow& f : eq.inflows)
        ++pending[f.receiver];
    std::vector<std::size_t> order;
    order.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (pending[i] == 0)
            order.push_back(i);
    for (std::size_t k = 0; k < order.size(); ++k)
        for (std::size_t e = firstOut[order[k]]; e < firstOut[order[k] + 1]; ++e) {
            const std::size_t receiver = eq.inflows[outEdges[e]].receiver;
            if (--pending[receiver] == 0)
                order.push_back(receiver);
        }
    return order;
}

std::optional<std::vector<double>> solveByLu(const SharingEquations& eq) {
    const auto n = static_cast<Eigen::Index>(eq.outflow.size());
    std::vector<Eigen::Triplet<double>> entries;
    entries.reserve(eq.outflow.size() + eq.inflows.size());
    Eigen::VectorXd rhs(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        entries.emplace_back(i, i, eq.outflow[static_cast<std::size_t>(i)]);
        rhs[i] = eq.source_carbon[static_cast<std::size_t>(i)];
    }
    for (const SharingEquations::Inflow& f : eq.inflows)
        entries.emplace_back(f.receiver, f.sender, -f.mw);
    Eigen::SparseMatrix<double> m(n, n);
    m.setFromTriplets(entries.begin(), entries.end());
    Eigen::SparseLU<Eigen::SparseMatrix<double>> lu;
    lu.compute(m);
    if (lu.info() != Eigen::Success)
        return std::nullopt;
    const Eigen::VectorXd e = lu.solve(rhs);
    if (lu.info() != Eigen::Success || !e.allFinite())
        return std::nullopt;
    return std::vector<double>(e.begin(), e.end());
}

} // namespace

std::optional<std::vector<double>> solveSharing(const SharingEquations& eq) {
    const std::size_t n = eq.outflow.size();
    // Inflows grouped by sender (for the ordering) and by receiver (for the substitution).
    std::vector<std::size_t> firstOut(n + 1, 0), firstIn(n + 1, 0);
    for (const SharingEquations::Inflow& f : eq.inflows) {
        ++firstOut[f.sender + 1];
        ++firstIn[f.receiver + 1];
    }
    for (std::size_t i = 0; i < n; ++i) {
        firstOut[i + 1] += firstOut[i];
        firstIn[i + 1] += firstIn[i];
    }
    std::vector<std::size_t> outEdges(eq.inflows.size()), inEdges(eq.inflows.size());
    {
        std::vector<std::size_t> nextOut(firstOut.begin(), firstOut.end() - 1);
        std::vector<std::size_t> nextIn(firstIn.begin(), firstIn.end() - 1);
        for (std::size_t e = 0; e < eq.inflows.size(); ++e) {
            outEdges[nextOut[eq.inflows[e].sender]++] = e;
            inEdges[nextIn[eq.inflows[e].receiver]++] = e;
        }
    }
    const std::vector<std::size_t> order = upstreamFirst(eq, firstOut, outEdges);
    if (order.size() < n)
        return solveByLu(eq);
    std::vector<double> e(n, 0.0);
    for (std::size_t j : order) {
        double carbon = eq.source_carbon[j];
        for (std::size_t k = firstIn[j]; k < firstIn[j + 1]; ++k) {
            const SharingEquations::Inflow& f = eq.inflows[inEdges[k]];
            carbon += f.mw * e[f.sender];
        }
        e[j] = carbon / eq.outflow[j];
    }
    return e;
}

} // namespace gridcarbon::carbon
