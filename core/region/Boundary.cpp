#include "region/Boundary.h"

#include "util/Error.h"

namespace gridcarbon::region {

geometry::PointN AxisScale::toUnit(const std::vector<double>& p) const {
    geometry::PointN u(p.size());
    for (std::size_t k = 0; k < p.size(); ++k)
        u[k] = (p[k] - lo[k]) / range[k];
    return u;
}

std::vector<double> AxisScale::toMw(const geometry::PointN& u) const {
    std::vector<double> p(u.size());
    for (std::size_t k = 0; k < u.size(); ++k)
        p[k] = lo[k] + u[k] * range[k];
    return p;
}

std::vector<double> AxisScale::directionMw(const geometry::PointN& d) const {
    std::vector<double> out(d.size());
    for (std::size_t k = 0; k < d.size(); ++k)
        out[k] = d[k] / range[k];
    return out;
}

AxisScale axisExtremes(SupportSolver& solver, std::size_t axes, std::stop_token stop,
                       double contractGap, std::vector<BoundaryPoint>* points) {
    AxisScale scale;
    for (std::size_t k = 0; k < axes; ++k) {
        double extreme[2] = {0.0, 0.0};
        for (int side = 0; side < 2; ++side) {
            std::vector<double> d(axes, 0.0);
            d[k] = side == 0 ? -1.0 : 1.0;
            const auto b = solver.maximise(d, stop, contractGap);
            if (!b)
                throw Error(ErrorCode::Failed,
                            "no operating point satisfies the case's limits and the carbon cap");
            extreme[side] = b->p[k];
            if (points)
                points->push_back(*b);
        }
        if (!(extreme[1] - extreme[0] > 1e-6))
            throw Error(ErrorCode::Failed, "the region is flat along " +
                                               solver.model().axis_names[k] + ": it spans " +
                                               std::to_string(extreme[1] - extreme[0]) + " MW");
        scale.lo.push_back(extreme[0]);
        scale.range.push_back(extreme[1] - extreme[0]);
    }
    return scale;
}

} // namespace gridcarbon::region
