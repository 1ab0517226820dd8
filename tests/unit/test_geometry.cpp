// Convex hulls, halfspace intersections and hull measures on shapes whose answers are known in
// closed form.
#include "TestSupport.h"
#include "geometry/ConvexHull.h"
#include "geometry/HullMeasures.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <numbers>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace gridcarbon;
using namespace gridcarbon::geometry;

namespace {

std::vector<PointN> cubeCorners() {
    std::vector<PointN> corners;
    for (int i = 0; i < 8; ++i)
        corners.push_back({double(i & 1), double((i >> 1) & 1), double((i >> 2) & 1)});
    return corners;
}

Hull unitCube() {
    std::vector<PointN> points = cubeCorners();
    points.push_back({0.5, 0.5, 0.5});
    points.push_back({0.25, 0.75, 0.1});
    points.push_back({0.0, 0.0, 0.0}); // a duplicate corner
    return convexHull(points);
}

Hull tetrahedron() {
    return convexHull({{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
}

PointN sub(const PointN& a, const PointN& b) {
    return {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
}

PointN cross(const PointN& u, const PointN& v) {
    return {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
}

double dot3(const PointN& a, const PointN& b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

// Volume as the sum of signed tetrahedra from the origin over the triangles.
double tetrahedraVolume(const Hull& h) {
    double six = 0.0;
    for (const std::vector<int>& f : h.facets)
        six += dot3(h.vertices[f[0]], cross(h.vertices[f[1]], h.vertices[f[2]]));
    return six / 6.0;
}

// Every triangle's right-hand normal points the way of its outward plane, away from `inside`.
void expectOutwardTriangles(const Hull& h, const PointN& inside) {
    ASSERT_EQ(h.facets.size(), h.planes.size());
    for (std::size_t f = 0; f < h.facets.size(); ++f) {
        const PointN& a = h.vertices[h.facets[f][0]];
        const PointN n =
            cross(sub(h.vertices[h.facets[f][1]], a), sub(h.vertices[h.facets[f][2]], a));
        EXPECT_GT(dot3(n, h.planes[f].normal), 0.0) << "facet " << f;
        EXPECT_GT(dot3(n, sub(a, inside)), 0.0) << "facet " << f;
        EXPECT_NEAR(dot3(h.planes[f].normal, h.planes[f].normal), 1.0, 1e-12);
        for (int k : h.facets[f]) // the plane goes through its triangle
            EXPECT_NEAR(dot3(h.planes[f].normal, h.vertices[k]), h.planes[f].offset, 1e-12);
    }
}

// The message of the Error(Failed) that `f` throws.
std::string failure(const std::function<void()>& f) {
    std::string message;
    EXPECT_EQ(test::errorOf(f, &message), ErrorCode::Failed) << message;
    return message;
}

// Twice the signed area of a 2-D polygon: positive when counter-clockwise.
double twiceSignedArea(const std::vector<PointN>& polygon) {
    double twice = 0.0;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const PointN& a = polygon[i];
        const PointN& b = polygon[(i + 1) % polygon.size()];
        twice += a[0] * b[1] - b[0] * a[1];
    }
    return twice;
}

std::vector<Halfspace> boxHalfspaces(const PointN& size) {
    std::vector<Halfspace> h;
    for (std::size_t i = 0; i < size.size(); ++i) {
        PointN n(size.size(), 0.0);
        n[i] = 1.0;
        h.push_back({n, size[i]}); // x_i <= size_i
        n[i] = -1.0;
        h.push_back({n, 0.0}); // x_i >= 0
    }
    return h;
}

} // namespace

TEST(ConvexHull, UnitCubeFromCornersAndInteriorPointsHasEightVerticesTwelveTrianglesVolumeOne) {
    const Hull h = unitCube();
    EXPECT_EQ(h.dimension, 3);
    ASSERT_EQ(h.vertices.size(), 8u);
    std::set<PointN> corners(h.vertices.begin(), h.vertices.end());
    const std::vector<PointN> expected = cubeCorners();
    EXPECT_EQ(corners, std::set<PointN>(expected.begin(), expected.end()));
    EXPECT_EQ(h.facets.size(), 12u);
    for (const std::vector<int>& f : h.facets)
        EXPECT_EQ(f.size(), 3u);
    EXPECT_NEAR(h.volume, 1.0, 1e-12);
    EXPECT_NEAR(tetrahedraVolume(h), h.volume, 1e-12);
    expectOutwardTriangles(h, {0.5, 0.5, 0.5});
}

TEST(ConvexHull, ContainsAndFacetExcessTellInsideFromOutside) {
    const Hull h = unitCube();
    EXPECT_NEAR(h.facetExcess({0.5, 0.5, 0.5}), -0.5, 1e-12);
    EXPECT_NEAR(h.facetExcess({1.5, 0.5, 0.5}), 0.5, 1e-12);
    EXPECT_TRUE(h.contains({0.5, 0.5, 0.5}));
    EXPECT_TRUE(h.contains({1.0, 1.0, 1.0}, 1e-12));
    EXPECT_FALSE(h.contains({1.001, 0.5, 0.5}));
    EXPECT_TRUE(h.contains({1.001, 0.5, 0.5}, 0.01));
    EXPECT_EQ(test::errorOf([&] { h.facetExcess({0.5, 0.5}); }), ErrorCode::BadInput);
}

TEST(ConvexHull, TetrahedronVolumeIsOneSixthAndMatchesItsTriangles) {
    const Hull h = tetrahedron();
    EXPECT_EQ(h.vertices.size(), 4u);
    EXPECT_EQ(h.facets.size(), 4u);
    EXPECT_NEAR(h.volume, 1.0 / 6.0, 1e-15);
    EXPECT_NEAR(tetrahedraVolume(h), h.volume, 1e-12 * h.volume);
    expectOutwardTriangles(h, {0.1, 0.1, 0.1});
}

TEST(ConvexHull, SquareHasAreaOneAndCounterClockwiseEdges) {
    const Hull h = convexHull({{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0.5, 0.5}, {0.2, 0.9}, {1, 0}});
    EXPECT_EQ(h.dimension, 2);
    ASSERT_EQ(h.vertices.size(), 4u);
    ASSERT_EQ(h.facets.size(), 4u);
    EXPECT_NEAR(h.volume, 1.0, 1e-12);
    std::vector<PointN> polygon;
    for (std::size_t e = 0; e < h.facets.size(); ++e) {
        // Consecutive edges share a vertex and every turn is to the left.
        EXPECT_EQ(h.facets[e][1], h.facets[(e + 1) % h.facets.size()][0]);
        polygon.push_back(h.vertices[h.facets[e][0]]);
    }
    EXPECT_NEAR(twiceSignedArea(polygon), 2.0, 1e-12); // positive: counter-clockwise
    EXPECT_NEAR(polygonArea(polygon), 1.0, 1e-12);
    for (std::size_t e = 0; e < h.facets.size(); ++e) { // outward edge normals
        const PointN& a = h.vertices[h.facets[e][0]];
        EXPECT_NEAR(h.planes[e].normal[0] * (a[0] - 0.5) + h.planes[e].normal[1] * (a[1] - 0.5),
                    0.5, 1e-12);
    }
}

TEST(ConvexHull, RandomPointsInABallHaveASmallerHullThatContainsThemAll) {
    std::mt19937 rng(20240601);
    std::normal_distribution<double> gauss;
    std::uniform_real_distribution<double> uniform;
    std::vector<PointN> points;
    for (int i = 0; i < 500; ++i) {
        PointN p{gauss(rng), gauss(rng), gauss(rng)};
        const double scale = 2.0 * std::cbrt(uniform(rng)) / std::sqrt(dot3(p, p));
        points.push_back({1.0 + p[0] * scale, -3.0 + p[1] * scale, 0.5 + p[2] * scale});
    }
    const Hull h = convexHull(points);
    EXPECT_GT(h.volume, 0.5 * ballVolume(3, 2.0));
    EXPECT_LT(h.volume, ballVolume(3, 2.0));
    EXPECT_NEAR(tetrahedraVolume(h), h.volume, 1e-12 * h.volume);
    for (const PointN& p : points)
        EXPECT_TRUE(h.contains(p, 1e-9));
    EXPECT_LT(h.vertices.size(), points.size());
    expectOutwardTriangles(h, {1.0, -3.0, 0.5});
}

TEST(ConvexHull, DegeneratePointSetsThrowFailedNamingDegenerate) {
    const std::vector<std::vector<PointN>> cases = {
        {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {1, 1, 0}, {0.3, 0.2, 0}}, // coplanar
        {{0, 0, 1}, {1, 1, 2}, {2, 2, 3}, {3, 3, 4}, {5, 5, 6}},     // collinear in 3-D
        {{0, 0}, {1, 1}, {2, 2}, {3, 3}},                            // collinear
        {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}},                           // fewer than 4 in 3-D
        {{0, 0}, {1, 0}},                                            // fewer than 3 in 2-D
        {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}, {1, 2, 3}, {1, 2, 3}},     // one point, repeated
    };
    for (const std::vector<PointN>& points : cases) {
        const std::string message = failure([&] { convexHull(points); });
        EXPECT_NE(message.find("degenerate"), std::string::npos) << message;
    }
}

TEST(ConvexHull, MalformedPointsAreBadInput) {
    EXPECT_EQ(test::errorOf([] { convexHull({}); }), ErrorCode::BadInput);
    EXPECT_EQ(test::errorOf([] {
                  convexHull({{0, 0, 0}, {1, 0}, {0, 1, 0}, {0, 0, 1}});
              }),
              ErrorCode::BadInput);
    EXPECT_EQ(test::errorOf([] { convexHull({{0, 0, 0, 0}, {1, 0, 0, 0}}); }), ErrorCode::BadInput);
    EXPECT_EQ(test::errorOf([] { convexHull({{0, 0}, {1, 0}, {0, NAN}}); }), ErrorCode::BadInput);
}

TEST(HalfspaceIntersection, CubeHalfspacesGiveTheEightCorners) {
    const std::vector<PointN> v = halfspaceIntersection(boxHalfspaces({1, 1, 1}), {0.3, 0.6, 0.5});
    ASSERT_EQ(v.size(), 8u);
    std::set<PointN> rounded;
    for (const PointN& p : v)
        rounded.insert({std::round(p[0]), std::round(p[1]), std::round(p[2])});
    const std::vector<PointN> corners = cubeCorners();
    EXPECT_EQ(rounded, std::set<PointN>(corners.begin(), corners.end()));
    for (const PointN& p : v)
        for (double x : p)
            EXPECT_NEAR(x, std::round(x), 1e-12);
}

TEST(HalfspaceIntersection, RedundantHalfspacesAndManyFacesPerVertexGiveEachVertexOnce) {
    // A square pyramid: the apex lies on four faces.
    std::vector<Halfspace> h = {{{0, 0, -1}, 0}};
    const double s = 1.0 / std::sqrt(2.0);
    h.push_back({{s, 0, s}, s});   // x + z <= 1
    h.push_back({{-s, 0, s}, s});  // -x + z <= 1
    h.push_back({{0, s, s}, s});   // y + z <= 1
    h.push_back({{0, -s, s}, s});  // -y + z <= 1
    h.push_back({{0, 0, 1}, 5.0}); // redundant
    const std::vector<PointN> v = halfspaceIntersection(h, {0.0, 0.0, 0.2});
    EXPECT_EQ(v.size(), 5u);
    EXPECT_NEAR(convexHull(v).volume, 4.0 / 3.0, 1e-12);
}

TEST(HalfspaceIntersection, SquareHalfspacesGiveTheFourCorners) {
    const std::vector<PointN> v = halfspaceIntersection(boxHalfspaces({2, 1}), {1.5, 0.5});
    ASSERT_EQ(v.size(), 4u);
    EXPECT_NEAR(convexHull(v).volume, 2.0, 1e-12);
}

TEST(HalfspaceIntersection, InteriorPointOutsideOrOnTheBoundaryThrowsFailed) {
    const std::vector<Halfspace> cube = boxHalfspaces({1, 1, 1});
    const std::string outside = failure([&] { halfspaceIntersection(cube, {2.0, 0.5, 0.5}); });
    EXPECT_NE(outside.find("not strictly inside"), std::string::npos) << outside;
    const std::string onFace = failure([&] { halfspaceIntersection(cube, {1.0, 0.5, 0.5}); });
    EXPECT_NE(onFace.find("not strictly inside"), std::string::npos) << onFace;
}

TEST(HalfspaceIntersection, UnboundedIntersectionThrowsFailed) {
    std::vector<Halfspace> slab = boxHalfspaces({1, 1, 1});
    slab.pop_back(); // z >= 0 gone: unbounded below
    const std::string open = failure([&] { halfspaceIntersection(slab, {0.5, 0.5, 0.5}); });
    EXPECT_NE(open.find("unbounded"), std::string::npos) << open;
    // Four side walls only: the normals span a plane, the dual points are coplanar.
    std::vector<Halfspace> prism = boxHalfspaces({1, 1, 1});
    prism.resize(4);
    const std::string tube = failure([&] { halfspaceIntersection(prism, {0.5, 0.5, 0.5}); });
    EXPECT_NE(tube.find("unbounded"), std::string::npos) << tube;
}

TEST(HullMeasures, SignedBoundaryDistanceIsDepthInsideAndEuclideanOutside) {
    const Hull h = unitCube();
    EXPECT_NEAR(signedBoundaryDistance(h, {0.5, 0.5, 0.5}), 0.5, 1e-12);
    EXPECT_NEAR(signedBoundaryDistance(h, {0.2, 0.5, 0.5}), 0.2, 1e-12);
    EXPECT_NEAR(signedBoundaryDistance(h, {2, 0.5, 0.5}), -1.0, 1e-12);
    EXPECT_NEAR(signedBoundaryDistance(h, {2, 2, 0.5}), -std::sqrt(2.0), 1e-12);
    EXPECT_NEAR(signedBoundaryDistance(h, {2, 2, 2}), -std::sqrt(3.0), 1e-12);
    EXPECT_NEAR(signedBoundaryDistance(h, {1, 0.5, 0.5}), 0.0, 1e-12);
}

TEST(HullMeasures, SignedBoundaryDistanceIn2DUsesSegments) {
    const Hull square = convexHull({{0, 0}, {1, 0}, {1, 1}, {0, 1}});
    EXPECT_NEAR(signedBoundaryDistance(square, {0.5, 0.25}), 0.25, 1e-12);
    EXPECT_NEAR(signedBoundaryDistance(square, {-3, 0.5}), -3.0, 1e-12);
    EXPECT_NEAR(signedBoundaryDistance(square, {4, 5}), -5.0, 1e-12);
}

TEST(HullMeasures, LargestInscribedBallOfABoxHasHalfItsShortestSide) {
    std::vector<PointN> corners;
    for (const PointN& c : cubeCorners())
        corners.push_back({c[0], 2.0 * c[1], 3.0 * c[2]});
    const Ball b = largestInscribedBall(convexHull(corners));
    EXPECT_NEAR(b.radius, 0.5, 1e-9);
    ASSERT_EQ(b.center.size(), 3u);
    EXPECT_NEAR(b.center[0], 0.5, 1e-9);
    const Hull h = convexHull(corners);
    EXPECT_NEAR(signedBoundaryDistance(h, b.center), 0.5, 1e-9);

    const Ball t = largestInscribedBall(tetrahedron());
    EXPECT_NEAR(t.radius, 1.0 / (3.0 + std::sqrt(3.0)), 1e-9);
}

TEST(HullMeasures, SectionOfTheUnitCubeIsAUnitSquare) {
    const Hull h = unitCube();
    const std::vector<PointN> s = section(h, 0, 0.3);
    ASSERT_EQ(s.size(), 4u);
    EXPECT_NEAR(polygonArea(s), 1.0, 1e-12);
    for (const PointN& p : s)
        EXPECT_EQ(p.size(), 2u);
    // On a face, the face itself; outside, nothing.
    EXPECT_NEAR(polygonArea(section(h, 2, 1.0)), 1.0, 1e-12);
    EXPECT_TRUE(section(h, 1, 1.5).empty());
    EXPECT_EQ(test::errorOf([&] { section(h, 3, 0.5); }), ErrorCode::BadInput);
}

TEST(HullMeasures, SectionOfTheTetrahedronIsCounterClockwiseInTheRemainingAxes) {
    const Hull h = tetrahedron();
    const std::vector<PointN> s = section(h, 2, 0.5);
    ASSERT_EQ(s.size(), 3u);
    EXPECT_NEAR(polygonArea(s), 0.125, 1e-12);
    EXPECT_GT(twiceSignedArea(s), 0.0);
    // axis 1 keeps (x0, x2): the triangle (0,0), (0.5,0), (0,0.5).
    const std::vector<PointN> y = section(h, 1, 0.5);
    ASSERT_EQ(y.size(), 3u);
    EXPECT_NEAR(polygonArea(y), 0.125, 1e-12);
    // Through a vertex only: a point, no polygon.
    EXPECT_TRUE(section(h, 2, 1.0).empty());
}

TEST(HullMeasures, BallVolumeMatchesClosedForms) {
    EXPECT_NEAR(ballVolume(2, 1.5), std::numbers::pi * 2.25, 1e-12);
    EXPECT_NEAR(ballVolume(3, 2.0), 4.0 / 3.0 * std::numbers::pi * 8.0, 1e-12);
    EXPECT_EQ(ballVolume(3, 0.0), 0.0);
    EXPECT_EQ(test::errorOf([] { ballVolume(3, -1.0); }), ErrorCode::BadInput);
}
