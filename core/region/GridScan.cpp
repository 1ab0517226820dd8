#include "region/GridScan.h"

#include <cmath>

namespace gridcarbon::region {

MethodOutput gridScan(SupportSolver& solver, const AxisScale& scale, double step, double gapMax,
                      const MethodProgress& progress, std::stop_token stop) {
    const std::size_t n = scale.lo.size();
    const int cells = std::max(1, static_cast<int>(std::lround(1.0 / step)));
    int grid = 1; // points of the grid over the n - 1 fixed axes
    for (std::size_t k = 1; k < n; ++k)
        grid *= cells + 1;
    MethodOutput out;
    int done = 0;
    for (std::size_t free = 0; free < n; ++free) {
        for (int cell = 0; cell < grid; ++cell) {
            int rest = cell;
            for (std::size_t k = 0; k < n; ++k) {
                if (k == free)
                    continue;
                const int i = rest % (cells + 1);
                rest /= cells + 1;
                solver.fix(k, scale.lo[k] + scale.range[k] * i / cells);
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
