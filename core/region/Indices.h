#pragma once
// The geometric indices of an operating region (paper 003 section 4; formulas and the choices
// the paper leaves open are in docs/region.md), all in MW units of the observed loads.
#include "geometry/ConvexHull.h"
#include "geometry/HullMeasures.h"

#include <vector>

namespace gridcarbon::region {

// Sections perpendicular to one axis at the midpoints of `kSectionSlabs` equal slabs of the
// region's extent along it (eq 23): areas in 3-D, chord lengths in 2-D.
struct SectionCurve {
    std::size_t axis = 0;
    std::vector<double> at_mw;
    std::vector<double> area;
    double min = 0.0;
    double max = 0.0;
    double at_max_mw = 0.0; // where the largest section lies
};

struct CouplingFactor {
    std::size_t first = 0, second = 0; // axes
    double value = 0.0;                // in (0, 1]; 1: decoupled (a rectangle)
};

struct RegionIndices {
    double margin_mw = 0.0; // of the base point: positive inside, negative outside (eq 21)
    double volume = 0.0;    // MW^n (eq 22)
    std::vector<SectionCurve> sections;
    std::vector<CouplingFactor> coupling;        // eq 24, per pair of axes
    std::vector<double> average_change_rate_pct; // eq 25, per axis
    double equilibrium_degree = 0.0;             // eq 26, in [0, 1]
    geometry::Ball inscribed;                    // the largest inscribed ball
};

inline constexpr int kSectionSlabs = 40;
inline constexpr int kChangeRateSlabs = 10;

// Section of the hull perpendicular to `axis` at `value`: 3-D: the polygon's area; 2-D: the
// chord's length.
double sectionMeasure(const geometry::Hull& hull, std::size_t axis, double value);

RegionIndices computeIndices(const geometry::Hull& hull, const std::vector<double>& base);

} // namespace gridcarbon::region
