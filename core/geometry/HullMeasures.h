#pragma once
// Measures of a convex hull (core/geometry/ConvexHull.h): how deep a point lies inside it, the
// largest ball it holds, its planar sections.
//
// Throws: gridcarbon::Error(BadInput) for a point of the wrong dimension, an empty hull or a
// bad axis; Error(Failed) when the inscribed-ball LP does not solve.
#include "geometry/ConvexHull.h"

#include <vector>

namespace gridcarbon::geometry {

// Signed Euclidean distance from p to the hull's boundary: positive inside (the distance to the
// nearest facet plane, exact for a convex polytope), negative outside (minus the distance to the
// nearest point of the polytope: point-to-triangle distances in 3-D, point-to-segment in 2-D).
double signedBoundaryDistance(const Hull& hull, const PointN& p);

struct Ball {
    PointN center;
    double radius = 0.0;
};

// The Chebyshev centre: the largest r with normal_f . c + r <= offset_f for every facet, solved
// as a small LP through core/opt. Not unique in general (a box longer than it is wide).
Ball largestInscribedBall(const Hull& hull);

// The section of a 3-D hull by the plane x[axis] = value: a counter-clockwise polygon in the two
// remaining coordinates in increasing axis order (axis 1 -> (x0, x2)). Empty when the plane
// misses the hull or touches it in a point or a segment.
std::vector<PointN> section(const Hull& hull, int axis, double value);

// Volume of the n-ball of radius r (n = 2: pi r^2; n = 3: 4/3 pi r^3).
double ballVolume(int dimension, double radius);

} // namespace gridcarbon::geometry
