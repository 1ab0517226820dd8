#pragma once
// Convex hulls of point sets in 2-D and 3-D (through Qhull, which no header names) and the
// polytope of a set of halfspaces. Operating regions are built from these: a region is the hull
// of the feasible points found, or the intersection of the halfspaces that bound it.
//
// Throws: gridcarbon::Error(BadInput) for malformed input (wrong or mixed dimensions, non-finite
// coordinates); Error(Failed) for geometry that has no hull (degenerate points, a halfspace
// intersection that is unbounded or does not contain the given interior point).
#include <cstddef>
#include <vector>

namespace gridcarbon::geometry {

using PointN = std::vector<double>; // 2 or 3 coordinates

// normal . x <= offset, |normal| = 1.
struct Halfspace {
    PointN normal;
    double offset = 0.0;
};

struct Hull {
    int dimension = 0;
    std::vector<PointN> vertices; // the extreme points only, in the order of the input
    // 3-D: triangles (indices into vertices), counter-clockwise seen from outside (outward
    //      normal by the right-hand rule); facets of coplanar points are triangulated.
    // 2-D: edges [a, b] in counter-clockwise order around the polygon, so that the polygon is
    //      vertices[facets[0][0]], vertices[facets[1][0]], ...
    std::vector<std::vector<int>> facets;
    std::vector<Halfspace> planes; // one per facet, outward
    double volume = 0.0;           // 3-D volume, 2-D area

    // max over facets of (normal . p - offset): <= 0 inside, > 0 outside; +infinity for an
    // empty hull. Throws Error(BadInput) when p has not `dimension` coordinates.
    double facetExcess(const PointN& p) const;
    bool contains(const PointN& p, double tolerance = 0.0) const;
};

// a . b over the coordinates of a (b has at least as many).
inline double dot(const PointN& a, const PointN& b) {
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        s += a[i] * b[i];
    return s;
}

// Throws Error(Failed, "... degenerate ...") when the points do not span the dimension (fewer
// than d + 1 affinely independent points: all collinear in 2-D, all coplanar in 3-D).
// Duplicate points are fine.
Hull convexHull(const std::vector<PointN>& points);

// The vertices of the bounded polytope {x : normal_k . x <= offset_k} given a strictly interior
// point, by polar duality: the dual points normal_k / (offset_k - normal_k . interior) are
// hulled and every dual facet gives a primal vertex. Redundant halfspaces are fine. Throws
// Error(Failed) when `interior` is not strictly inside every halfspace or the intersection is
// unbounded; Error(BadInput) for a zero normal or mixed dimensions.
std::vector<PointN> halfspaceIntersection(const std::vector<Halfspace>& halfspaces,
                                          const PointN& interior);

// Area (shoelace formula, absolute value) of an ordered 2-D polygon.
double polygonArea(const std::vector<PointN>& polygon);

} // namespace gridcarbon::geometry
