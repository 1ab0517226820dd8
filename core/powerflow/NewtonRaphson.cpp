#include "powerflow/Solvers.h"

#include "util/Error.h"

#include <Eigen/SparseLU>

#include <cmath>
#include <limits>
#include <tuple>
#include <utility>

namespace gridcarbon {

// Polar Newton-Raphson as in MATPOWER's newtonpf: unknowns are the angles of PV and PQ buses
// and the magnitudes of PQ buses; the Jacobian is assembled directly from Ybus's non-zeros
// (dS/dVa and dS/dVm) and factorised with SparseLU, whose symbolic analysis is done once.
// Couplers (NetworkModel.h) add their series current as two more unknowns each, with the real
// and imaginary parts of V_from / t - V_to - z I = 0 as their rows: well posed for any z.
SolverOutcome solveNewton(const NetworkModel& m, double tolerance, int maxIterations,
                          Progress& progress, std::stop_token stop) {
    const auto n = static_cast<Eigen::Index>(m.bus_count);
    std::vector<Eigen::Index> angleRow(n, -1), magRow(n, -1);
    Eigen::Index unknowns = 0;
    for (Eigen::Index i = 0; i < n; ++i)
        if (m.type[i] == BusType::PQ || m.type[i] == BusType::PV)
            angleRow[i] = unknowns++;
    for (Eigen::Index i = 0; i < n; ++i)
        if (m.type[i] == BusType::PQ)
            magRow[i] = unknowns++;
    std::vector<Eigen::Index> couplerRow(m.couplers.size(), -1);
    for (std::size_t k = 0; k < m.couplers.size(); ++k)
        if (m.type[m.branches[m.couplers[k]].from] != BusType::Dead) {
            couplerRow[k] = unknowns;
            unknowns += 2;
        }

    SolverOutcome out;
    out.v = m.v_start;
    out.coupler_current = Eigen::VectorXcd::Zero(static_cast<Eigen::Index>(m.couplers.size()));
    Eigen::VectorXd vm = out.v.cwiseAbs();
    Eigen::VectorXd va = out.v.unaryExpr([](Complex z) { return std::arg(z); }).real();

    // Rows of Ybus with large admittances (short lines in p.u.) put a floor of round-off
    // under the mismatch that no iteration can go below: |V_i| sum_k |Y_ik| |V_k| times a few
    // machine epsilons. A bus counts as converged when its mismatch is under the tolerance
    // plus that floor, so short-line feeders converge instead of stalling at 1e-10. Couplers
    // are not in Ybus, so the floor stays below 1e-7 p.u. (100 lines of 1e-6 p.u. at a bus);
    // it is capped there so that "converged" always means a mismatch of that order.
    Eigen::VectorXd rowScale = Eigen::VectorXd::Zero(n);
    for (Eigen::Index k = 0; k < m.ybus.outerSize(); ++k)
        for (Eigen::SparseMatrix<Complex>::InnerIterator e(m.ybus, k); e; ++e)
            rowScale[e.row()] += std::abs(e.value());
    const double roundOff = 64.0 * std::numeric_limits<double>::epsilon();
    constexpr double kRoundOffCap = 1e-7;

    // Returns the largest mismatch beyond the tolerance floor (<= 0 when converged).
    const auto mismatch = [&](Eigen::VectorXd& f) {
        const Eigen::VectorXcd s = injectedPower(m, out.v, out.coupler_current) - m.s_spec;
        f.resize(unknowns);
        double excess = -std::numeric_limits<double>::infinity();
        const Eigen::VectorXd vmNow = out.v.cwiseAbs();
        const double vmMax = n ? vmNow.maxCoeff() : 0.0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double floor =
                tolerance + std::min(roundOff * rowScale[i] * vmNow[i] * vmMax, kRoundOffCap);
            if (angleRow[i] >= 0) {
                f[angleRow[i]] = s[i].real();
                excess = std::max(excess, std::abs(s[i].real()) - floor);
            }
            if (magRow[i] >= 0) {
                f[magRow[i]] = s[i].imag();
                excess = std::max(excess, std::abs(s[i].imag()) - floor);
            }
        }
        for (std::size_t k = 0; k < m.couplers.size(); ++k) {
            if (couplerRow[k] < 0)
                continue;
            const CompiledBranch& b = m.branches[m.couplers[k]];
            const Complex g = out.v[b.from] / b.ratio - out.v[b.to] - b.z * out.coupler_current[k];
            f[couplerRow[k]] = g.real();
            f[couplerRow[k] + 1] = g.imag();
            excess = std::max(excess, std::max(std::abs(g.real()), std::abs(g.imag())) - tolerance);
        }
        if (!f.allFinite())
            return std::numeric_limits<double>::quiet_NaN();
        return unknowns == 0 ? -1.0 : excess;
    };

    Eigen::VectorXd f;
    double excess = mismatch(f);
    if (excess <= 0.0) {
        out.converged = true;
        return out;
    }

    Eigen::SparseMatrix<double> jac(unknowns, unknowns);
    std::vector<Eigen::Triplet<double>> entries;
    entries.reserve(4 * m.ybus.nonZeros() + 20 * m.couplers.size());
    Eigen::SparseLU<Eigen::SparseMatrix<double>> lu;
    bool analysed = false;

    for (int it = 1; it <= maxIterations; ++it) {
        if (stop.stop_requested())
            throw Error(ErrorCode::Cancelled, "power flow cancelled");
        const Eigen::VectorXcd ibus = injectedCurrent(m, out.v, out.coupler_current);
        entries.clear();
        const auto add = [&](Eigen::Index r, Eigen::Index col, double value) {
            if (r >= 0 && col >= 0)
                entries.emplace_back(r, col, value);
        };
        for (Eigen::Index k = 0; k < m.ybus.outerSize(); ++k)
            for (Eigen::SparseMatrix<Complex>::InnerIterator e(m.ybus, k); e; ++e) {
                const Eigen::Index i = e.row(), j = e.col();
                const Complex vnj = out.v[j] / vm[j];
                // dS_i/dVa_j = j V_i conj(delta_ij I_i - Y_ij V_j)
                Complex dA = Complex(0.0, 1.0) * out.v[i] * std::conj(-e.value() * out.v[j]);
                // dS_i/dVm_j = V_i conj(Y_ij Vn_j) + delta_ij conj(I_i) Vn_i
                Complex dM = out.v[i] * std::conj(e.value() * vnj);
                if (i == j) {
                    dA += Complex(0.0, 1.0) * out.v[i] * std::conj(ibus[i]);
                    dM += std::conj(ibus[i]) * vnj;
                }
                add(angleRow[i], angleRow[j], dA.real());
                add(angleRow[i], magRow[j], dM.real());
                add(magRow[i], angleRow[j], dA.imag());
                add(magRow[i], magRow[j], dM.imag());
            }
        const Complex j1(0.0, 1.0);
        for (std::size_t k = 0; k < m.couplers.size(); ++k) {
            const Eigen::Index r = couplerRow[k];
            if (r < 0)
                continue;
            const CompiledBranch& b = m.branches[m.couplers[k]];
            const auto fb = static_cast<Eigen::Index>(b.from), tb = static_cast<Eigen::Index>(b.to);
            // The current's part of S_from = V_f conj(I) / t and of S_to = -V_t conj(I), by the
            // current's real and imaginary parts.
            const Complex fromByRe = out.v[fb] / b.ratio, toByRe = -out.v[tb];
            const Complex fromByIm = -j1 * fromByRe, toByIm = -j1 * toByRe;
            for (const auto& [bus, byRe, byIm] :
                 {std::tuple{fb, fromByRe, fromByIm}, std::tuple{tb, toByRe, toByIm}}) {
                add(angleRow[bus], r, byRe.real());
                add(magRow[bus], r, byRe.imag());
                add(angleRow[bus], r + 1, byIm.real());
                add(magRow[bus], r + 1, byIm.imag());
            }
            // V_f / t - V_t - z I by the two end voltages and the current.
            const Complex byVaF = j1 * out.v[fb] / b.ratio, byVmF = out.v[fb] / (vm[fb] * b.ratio);
            const Complex byVaT = -j1 * out.v[tb], byVmT = -out.v[tb] / vm[tb];
            for (const auto& [col, d] :
                 {std::pair{angleRow[fb], byVaF}, std::pair{magRow[fb], byVmF},
                  std::pair{angleRow[tb], byVaT}, std::pair{magRow[tb], byVmT}, std::pair{r, -b.z},
                  std::pair{r + 1, -j1 * b.z}}) {
                add(r, col, d.real());
                add(r + 1, col, d.imag());
            }
        }
        jac.setFromTriplets(entries.begin(), entries.end());
        if (!analysed) {
            lu.analyzePattern(jac);
            analysed = true;
        }
        lu.factorize(jac);
        if (lu.info() != Eigen::Success) {
            out.stopped_early = "the Jacobian is singular";
            return out;
        }
        const Eigen::VectorXd dx = lu.solve(f);
        for (Eigen::Index i = 0; i < n; ++i) {
            if (angleRow[i] >= 0)
                va[i] -= dx[angleRow[i]];
            if (magRow[i] >= 0)
                vm[i] -= dx[magRow[i]];
        }
        for (Eigen::Index i = 0; i < n; ++i)
            if (m.type[i] != BusType::Dead)
                out.v[i] = std::polar(vm[i], va[i]);
        for (std::size_t k = 0; k < m.couplers.size(); ++k)
            if (couplerRow[k] >= 0)
                out.coupler_current[k] -= Complex(dx[couplerRow[k]], dx[couplerRow[k] + 1]);
        out.iterations = it;
        excess = mismatch(f);
        progress.report(std::min(1.0, it / 10.0), "Newton iteration " + std::to_string(it));
        if (std::isnan(excess)) {
            out.stopped_early = "the iterations diverged";
            return out;
        }
        if (excess <= 0.0) {
            out.converged = true;
            return out;
        }
    }
    return out;
}

} // namespace gridcarbon
