#include "geometry/ConvexHull.h"

#include "util/Error.h"

#include <Eigen/QR>

// Qhull's reentrant C library; libqhull_r.h declares its functions without C linkage.
extern "C" {
#include <libqhull_r/qhull_ra.h>
}

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <utility>

namespace gridcarbon::geometry {
namespace {

// The common dimension (2 or 3) of finite points; Error(BadInput) naming the first bad point.
int checkedDimension(const std::vector<PointN>& points, const std::string& what) {
    if (points.empty())
        throw badInput(what + ": no points");
    const std::size_t d = points.front().size();
    if (d != 2 && d != 3)
        throw badInput(what + ": points need 2 or 3 coordinates, point 0 has " + std::to_string(d));
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].size() != d)
            throw badInput(what + ": point " + std::to_string(i) + " has " +
                           std::to_string(points[i].size()) + " coordinates, point 0 has " +
                           std::to_string(d));
        for (double x : points[i])
            if (!std::isfinite(x))
                throw badInput(what + ": point " + std::to_string(i) +
                               " has a non-finite coordinate");
    }
    return static_cast<int>(d);
}

// The dimension of the points' affine hull, pivots below 1e-12 of the largest counting as zero.
// Checked before Qhull runs: Qhull reports most flat inputs as singular, but some (all points
// equal) as an internal error.
int affineRank(const std::vector<PointN>& points, int dim) {
    Eigen::VectorXd centroid = Eigen::VectorXd::Zero(dim);
    for (const PointN& p : points)
        centroid += Eigen::Map<const Eigen::VectorXd>(p.data(), dim);
    centroid /= static_cast<double>(points.size());
    Eigen::MatrixXd centred(static_cast<Eigen::Index>(points.size()), dim);
    for (std::size_t i = 0; i < points.size(); ++i)
        centred.row(static_cast<Eigen::Index>(i)) =
            Eigen::Map<const Eigen::VectorXd>(points[i].data(), dim) - centroid;
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(centred);
    qr.setThreshold(1e-12);
    return static_cast<int>(qr.rank());
}

// Where Qhull writes its messages: memory, never the terminal. The first line becomes part of
// the Error's message.
class MessageBuffer {
public:
    MessageBuffer() : file_(open_memstream(&buffer_, &size_)) {
        if (!file_)
            throw Error(ErrorCode::Failed, "convex hull: cannot open a buffer for Qhull");
    }
    ~MessageBuffer() {
        std::fclose(file_);
        std::free(buffer_);
    }
    MessageBuffer(const MessageBuffer&) = delete;
    MessageBuffer& operator=(const MessageBuffer&) = delete;

    FILE* file() const { return file_; }
    std::string firstLine() const {
        std::fflush(file_);
        if (!buffer_)
            return {};
        std::string text(buffer_, size_);
        const std::size_t end = text.find('\n');
        return end == std::string::npos ? text : text.substr(0, end);
    }

private:
    char* buffer_ = nullptr;
    std::size_t size_ = 0;
    FILE* file_;
};

// One Qhull computation; its memory is freed whatever happens (Qhull reports its errors by
// return code, having longjmp'ed back into qh_new_qhull).
class QhullRun {
public:
    explicit QhullRun(FILE* messages) : qh_(std::make_unique<qhT>()) {
        qh_zero(qh_.get(), messages);
    }
    ~QhullRun() {
        qh_freeqhull(qh_.get(), !qh_ALL);
        int curlong = 0, totlong = 0;
        qh_memfreeshort(qh_.get(), &curlong, &totlong);
    }
    QhullRun(const QhullRun&) = delete;
    QhullRun& operator=(const QhullRun&) = delete;

    qhT* get() const { return qh_.get(); }

private:
    std::unique_ptr<qhT> qh_;
};

// Orients 3-D triangles counter-clockwise seen from outside and 2-D edges counter-clockwise
// around the polygon, both against the facet's outward normal.
void orient(const Hull& h, std::vector<int>& f, const PointN& normal) {
    const PointN& a = h.vertices[f[0]];
    const PointN& b = h.vertices[f[1]];
    if (h.dimension == 2) {
        // The outward normal of a counter-clockwise edge a -> b is (b - a) turned clockwise.
        const PointN out{b[1] - a[1], a[0] - b[0]};
        if (dot(out, normal) < 0.0)
            std::swap(f[0], f[1]);
        return;
    }
    const PointN& c = h.vertices[f[2]];
    const PointN u{b[0] - a[0], b[1] - a[1], b[2] - a[2]};
    const PointN v{c[0] - a[0], c[1] - a[1], c[2] - a[2]};
    const PointN n{u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    if (dot(n, normal) < 0.0)
        std::swap(f[1], f[2]);
}

// 2-D: puts the edges (and their planes) in the order of the walk around the polygon.
void chainEdges(Hull& h) {
    std::map<int, std::size_t> from; // start vertex -> edge
    for (std::size_t e = 0; e < h.facets.size(); ++e)
        from[h.facets[e][0]] = e;
    std::vector<std::vector<int>> facets;
    std::vector<Halfspace> planes;
    std::size_t e = 0;
    for (std::size_t k = 0; k < h.facets.size(); ++k) {
        facets.push_back(h.facets[e]);
        planes.push_back(h.planes[e]);
        const auto next = from.find(h.facets[e][1]);
        if (next == from.end())
            throw Error(ErrorCode::Failed, "convex hull: Qhull's polygon is not a closed loop");
        e = next->second;
    }
    if (e != 0)
        throw Error(ErrorCode::Failed, "convex hull: Qhull's polygon is not a single loop");
    h.facets = std::move(facets);
    h.planes = std::move(planes);
}

// The hull Qhull left in `qh`, vertices in the order of their points.
Hull extractHull(qhT* qh, int dim, const std::vector<PointN>& points) {
    Hull h;
    h.dimension = dim;
    facetT* facet = nullptr;
    vertexT* vertex = nullptr;
    vertexT** vertexp = nullptr;
    std::map<int, int> index; // Qhull point id -> vertex index
    FORALLfacets {
        FOREACHvertex_(facet->vertices) index.emplace(qh_pointid(qh, vertex->point), 0);
    }
    for (auto& [id, k] : index) {
        k = static_cast<int>(h.vertices.size());
        h.vertices.push_back(points.at(static_cast<std::size_t>(id)));
    }
    FORALLfacets {
        if (!facet->normal)
            throw Error(ErrorCode::Failed, "convex hull: Qhull left a facet without a plane");
        std::vector<int> f;
        FOREACHvertex_(facet->vertices) f.push_back(index.at(qh_pointid(qh, vertex->point)));
        if (static_cast<int>(f.size()) != dim)
            throw Error(ErrorCode::Failed, "convex hull: Qhull left a facet with " +
                                               std::to_string(f.size()) + " vertices");
        Halfspace plane{PointN(facet->normal, facet->normal + dim), -facet->offset};
        orient(h, f, plane.normal);
        h.facets.push_back(std::move(f));
        h.planes.push_back(std::move(plane));
    }
    if (dim == 2)
        chainEdges(h);
    h.volume = qh->totvol;
    return h;
}

} // namespace

double Hull::facetExcess(const PointN& p) const {
    if (static_cast<int>(p.size()) != dimension)
        throw badInput("hull of dimension " + std::to_string(dimension) + ": a point with " +
                       std::to_string(p.size()) + " coordinates");
    double excess = planes.empty() ? std::numeric_limits<double>::infinity()
                                   : -std::numeric_limits<double>::infinity();
    for (const Halfspace& h : planes)
        excess = std::max(excess, dot(h.normal, p) - h.offset);
    return excess;
}

bool Hull::contains(const PointN& p, double tolerance) const {
    return facetExcess(p) <= tolerance;
}

Hull convexHull(const std::vector<PointN>& points) {
    const int dim = checkedDimension(points, "convex hull");
    const std::string space = std::to_string(dim) + "-D";
    if (points.size() < static_cast<std::size_t>(dim) + 1)
        throw Error(ErrorCode::Failed, "convex hull: degenerate input, " +
                                           std::to_string(points.size()) + " points cannot span " +
                                           space + " (at least " + std::to_string(dim + 1) +
                                           " affinely independent points are needed)");
    if (const int rank = affineRank(points, dim); rank < dim) {
        const char* flat[] = {"all the same point", "all collinear", "all coplanar"};
        throw Error(ErrorCode::Failed, "convex hull: degenerate input, the " +
                                           std::to_string(points.size()) + " points are " +
                                           flat[rank] + " and do not span " + space);
    }
    std::vector<coordT> coords;
    coords.reserve(points.size() * static_cast<std::size_t>(dim));
    for (const PointN& p : points)
        coords.insert(coords.end(), p.begin(), p.end());

    MessageBuffer messages;
    QhullRun run(messages.file());
    // Facets whose centrums lie within 1e-9 of the points' extent of each other are merged
    // before output (C-), so that points computed on one face (an optimiser's boundary points
    // along a limit) do not come out as vertices by round-off; then triangulated output (Qt)
    // and the volume (FA).
    double extent = 0.0;
    for (int k = 0; k < dim; ++k) {
        const auto [lo, hi] =
            std::minmax_element(points.begin(), points.end(),
                                [k](const PointN& a, const PointN& b) { return a[k] < b[k]; });
        extent = std::max(extent, (*hi)[k] - (*lo)[k]);
    }
    char options[64];
    std::snprintf(options, sizeof options, "qhull Qt FA C-%.3g", 1e-9 * extent);
    const int status = qh_new_qhull(run.get(), dim, static_cast<int>(points.size()), coords.data(),
                                    False, options, nullptr, messages.file());
    if (status == qh_ERRsingular || status == qh_ERRprec)
        throw Error(ErrorCode::Failed, "convex hull: degenerate input, the " +
                                           std::to_string(points.size()) + " points do not span " +
                                           space + " (all " +
                                           (dim == 2 ? "collinear" : "coplanar") +
                                           " or nearly so); Qhull: " + messages.firstLine());
    if (status != qh_ERRnone)
        throw Error(ErrorCode::Failed, "convex hull of " + std::to_string(points.size()) + " " +
                                           space +
                                           " points failed; Qhull: " + messages.firstLine());
    return extractHull(run.get(), dim, points);
}

std::vector<PointN> halfspaceIntersection(const std::vector<Halfspace>& halfspaces,
                                          const PointN& interior) {
    const int dim = checkedDimension({interior}, "halfspace intersection: interior point");
    if (halfspaces.size() < static_cast<std::size_t>(dim) + 1)
        throw Error(ErrorCode::Failed,
                    "halfspace intersection: " + std::to_string(halfspaces.size()) +
                        " halfspaces cannot bound a region in " + std::to_string(dim) +
                        "-D (unbounded)");
    // Translate `interior` to the origin and take the polar dual of each halfspace.
    std::vector<PointN> dual;
    dual.reserve(halfspaces.size());
    for (std::size_t k = 0; k < halfspaces.size(); ++k) {
        const Halfspace& h = halfspaces[k];
        const std::string which = "halfspace intersection: halfspace " + std::to_string(k);
        if (h.normal.size() != interior.size())
            throw badInput(which + " has a normal of " + std::to_string(h.normal.size()) +
                           " coordinates in " + std::to_string(dim) + "-D");
        const double norm = std::sqrt(dot(h.normal, h.normal));
        if (!(norm > 0.0) || !std::isfinite(norm) || !std::isfinite(h.offset))
            throw badInput(which + " has a zero or non-finite normal or offset");
        const double slack = (h.offset - dot(h.normal, interior)) / norm;
        if (!(slack > 1e-12 * (1.0 + std::abs(h.offset) / norm)))
            throw Error(ErrorCode::Failed, which +
                                               ": the interior point is not strictly inside it "
                                               "(slack " +
                                               std::to_string(slack) + ")");
        PointN d(h.normal);
        for (double& x : d)
            x /= norm * slack;
        dual.push_back(std::move(d));
    }
    Hull dualHull;
    try {
        dualHull = convexHull(dual);
    } catch (const Error& e) {
        throw Error(ErrorCode::Failed,
                    "halfspace intersection: the halfspaces do not bound a region (unbounded); " +
                        std::string(e.what()));
    }
    // The intersection is bounded exactly when the origin is strictly inside the dual hull.
    double dualScale = 0.0;
    for (const PointN& d : dual)
        dualScale = std::max(dualScale, std::sqrt(dot(d, d)));
    std::vector<PointN> vertices;
    double scale = 0.0;
    for (const Halfspace& plane : dualHull.planes) {
        if (!(plane.offset > 1e-12 * dualScale))
            throw Error(ErrorCode::Failed,
                        "halfspace intersection: the intersection is unbounded (the halfspaces' "
                        "normals do not surround the interior point)");
        PointN v(interior);
        for (int i = 0; i < dim; ++i)
            v[i] += plane.normal[i] / plane.offset;
        scale = std::max(scale, std::sqrt(dot(plane.normal, plane.normal)) / plane.offset);
        vertices.push_back(std::move(v));
    }
    // A primal vertex where more than `dim` halfspaces meet comes from several coplanar dual
    // triangles: keep it once.
    const double tolerance = 1e-9 * (1.0 + scale + std::sqrt(dot(interior, interior)));
    std::vector<PointN> unique;
    for (const PointN& v : vertices) {
        bool seen = false;
        for (const PointN& u : unique) {
            double d2 = 0.0;
            for (int i = 0; i < dim; ++i)
                d2 += (u[i] - v[i]) * (u[i] - v[i]);
            seen = seen || d2 <= tolerance * tolerance;
        }
        if (!seen)
            unique.push_back(v);
    }
    return unique;
}

double polygonArea(const std::vector<PointN>& polygon) {
    if (polygon.size() < 3)
        return 0.0;
    for (const PointN& p : polygon)
        if (p.size() != 2)
            throw badInput("polygon area: a point with " + std::to_string(p.size()) +
                           " coordinates, 2 expected");
    double twice = 0.0;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const PointN& a = polygon[i];
        const PointN& b = polygon[(i + 1) % polygon.size()];
        twice += a[0] * b[1] - b[0] * a[1];
    }
    return std::abs(twice) / 2.0;
}

} // namespace gridcarbon::geometry
