#include "region/GridScan.h"

#include <cmath>
#include <cstdint>

namespace gridcarbon::region {

MethodOutput gridScan(SupportSolver& solver, const AxisScale& scale, double step, double gapMax,
                      const MethodProgress& progress, std::stop_token stop) {
    const std::size_t n = scale.lo.size();
    // 64-bit: runRegion lets a forced request reach 1e12 problems.
    const auto cells = std::max<std::int64_t>(1, std::llround(1.0 / step));
    std::int64_t grid = 1; // points of the grid over the n - 1 fixed axes
    for (std::size_t k = 1; k < n; ++k)
        grid *= cells + 1;
    MethodOutput out;
    std::int64_t done = 0;
    for (std::size_t free = 0; free < n; ++free) {
        for (std::int64_t cell = 0; cell < grid; ++cell) {
            std::int64_t rest = cell;
            for (std::size_t k = 0; k < n; ++k) {
                if (k == free)
                    continue;
                const std::int64_t i = rest % (cells + 1);
                rest /= cells + 1;
                solver.fix(k, scale.lo[k] + scale.range[k] * static_cast<double>(i) /
                                                static_cast<double>(cells));
            }
            for (double sign : {-1.0, 1.0}) {
                std::vector<double> d(n, 0.0);
                d[free] = sign;
                if (const auto b = solver.maximise(d, stop, gapMax))
                    out.points.push_back(b->p);
            }
            ++done;
            if (progress)
                progress(static_cast<double>(done) / (grid * static_cast<double>(n)),
                         "boundary points: " + std::to_string(out.points.size()));
        }
        solver.release();
    }
    return out;
}

} // namespace gridcarbon::region
