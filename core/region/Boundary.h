#pragma once
// What every region method shares: the box of the region's axis extremes, the map between MW
// and unit coordinates (each axis's range scaled to [0, 1], where tolerances are stated), and
// the raw output of a method before hulls and indices.
#include "geometry/ConvexHull.h"
#include "region/SupportSolver.h"

#include <functional>
#include <stop_token>
#include <vector>

namespace gridcarbon::region {

struct AxisScale {
    std::vector<double> lo, range; // MW
    geometry::PointN toUnit(const std::vector<double>& p) const;
    std::vector<double> toMw(const geometry::PointN& u) const;
    // A unit-space direction as the MW-space objective of the same support problem.
    std::vector<double> directionMw(const geometry::PointN& d) const;
};

struct MethodOutput {
    std::vector<std::vector<double>> points;         // MW: the reported region is their hull
    std::vector<geometry::Halfspace> outer;          // MW, adaptive only: the outer polytope
    double certified_gap = -1.0;                     // adaptive: unit space; < 0: none
    std::vector<std::vector<double>> outer_vertices; // MW, adaptive only
};

// Progress of a method: fraction in [0, 1] and a stage text.
using MethodProgress = std::function<void(double, const std::string&)>;

// min and max of every axis with the others free: the box the region spans, and the optima
// in `points` (directions -e_0, +e_0, -e_1, ...). Throws Error(Failed) naming the axis when
// the region is flat along it.
AxisScale axisExtremes(SupportSolver& solver, std::size_t axes, std::stop_token stop,
                       double contractGap, std::vector<BoundaryPoint>* points);

} // namespace gridcarbon::region
