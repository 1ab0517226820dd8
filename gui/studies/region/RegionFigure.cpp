#include "gui/studies/region/RegionFigure.h"

#include "geometry/ConvexHull.h"
#include "geometry/HullMeasures.h"
#include "util/Error.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui", text);
}

QString number(double value, int decimals = 3) {
    return QString::number(value, 'f', decimals);
}

// The two coordinates that remain when `axis` is cut away, in increasing order (as
// geometry::section returns them).
std::array<int, 2> remainingAxes(int axis) {
    return {axis == 0 ? 1 : 0, axis == 2 ? 1 : 2};
}

Polygon2 projection(const gridcarbon::geometry::Hull& hull, int axis) {
    const auto [u, v] = remainingAxes(axis);
    std::vector<gridcarbon::geometry::PointN> points;
    for (const auto& p : hull.vertices)
        points.push_back({p[u], p[v]});
    try {
        return hullPolygon(gridcarbon::geometry::convexHull(points));
    } catch (const gridcarbon::Error&) {
        return {}; // a region flat along the cut's plane: nothing to shade
    }
}

void extend(std::array<double, 4>& box, const Polygon2& polygon) {
    for (const auto& p : polygon) {
        box[0] = std::min(box[0], p[0]);
        box[1] = std::max(box[1], p[0]);
        box[2] = std::min(box[2], p[1]);
        box[3] = std::max(box[3], p[1]);
    }
}

constexpr double kInf = std::numeric_limits<double>::infinity();
namespace style = region_style;

} // namespace

QString regionAxisName(const std::string& bus) {
    return QStringLiteral("P") + QString::fromStdString(bus);
}

QStringList regionAxisNames(const gridcarbon::region::RegionResult& r) {
    QStringList names;
    for (const std::string& bus : r.observed)
        names << regionAxisName(bus);
    return names;
}

QString regionRunLabel(const gridcarbon::region::RegionResult& r) {
    QString label = tr("%1, cap %2 t, day %3")
                        .arg(QString::fromUtf8(gridcarbon::region::toString(r.method).data()))
                        .arg(QString::number(r.cap_t, 'g', 4))
                        .arg(QString::fromStdString(r.day));
    if (r.hour)
        label += tr(", hour %1").arg(*r.hour);
    return label;
}

QString regionMethodName(gridcarbon::region::Method m) {
    using gridcarbon::region::Method;
    switch (m) {
    case Method::Adaptive:
        return tr("Adaptive (inner and outer bounds)");
    case Method::Scba:
        return tr("SCBA (boundary grid, cutting planes)");
    case Method::Hba:
        return tr("HBA (DC hyperplanes)");
    case Method::Chba:
        return tr("CHBA (AC convex hull)");
    }
    return {};
}

bool sameRegionAxes(const gridcarbon::region::RegionResult& a,
                    const gridcarbon::region::RegionResult& b) {
    return a.observed == b.observed && a.hull.dimension == b.hull.dimension;
}

Polygon2 hullPolygon(const gridcarbon::geometry::Hull& hull) {
    Polygon2 polygon;
    if (hull.dimension != 2)
        return polygon;
    for (const std::vector<int>& edge : hull.facets)
        polygon.push_back(hull.vertices.at(edge.at(0)));
    return polygon;
}

std::array<double, 2> hullExtent(const gridcarbon::geometry::Hull& hull, int axis) {
    std::array<double, 2> extent{kInf, -kInf};
    for (const auto& p : hull.vertices) {
        extent[0] = std::min(extent[0], p.at(axis));
        extent[1] = std::max(extent[1], p.at(axis));
    }
    if (hull.vertices.empty())
        extent = {0.0, 0.0};
    return extent;
}

SectionFigure sectionFigure(const gridcarbon::region::RegionResult& r, int axis, double value,
                            const gridcarbon::region::RegionResult* reference) {
    using gridcarbon::geometry::polygonArea;
    SectionFigure f;
    const QStringList names = regionAxisNames(r);
    const bool compared = reference && sameRegionAxes(r, *reference);
    std::array<double, 4> box{kInf, -kInf, kInf, -kInf};

    if (r.hull.dimension == 2) {
        f.x_axis = names.value(0);
        f.y_axis = names.value(1);
        f.polygon = hullPolygon(r.hull);
        f.area = polygonArea(f.polygon);
        if (r.base_point.size() == 2) {
            f.point = std::array<double, 2>{r.base_point[0], r.base_point[1]};
            f.point_inside = r.indices.margin_mw >= 0.0;
            extend(box, {r.base_point});
        }
        if (compared) {
            f.reference = hullPolygon(reference->hull);
            f.reference_area = polygonArea(f.reference);
        }
        f.title = tr("Operating region");
        f.detail = tr("%1; area %2 MW²").arg(regionRunLabel(r), number(f.area));
        if (compared)
            f.detail += tr("; reference %1 MW²").arg(number(f.reference_area));
        f.legend.push_back(
            {compared ? tr("Region: %1").arg(regionRunLabel(r)) : tr("Region"), style::kFace});
        if (compared)
            f.legend.push_back(
                {tr("Reference: %1").arg(regionRunLabel(*reference)), style::kReference});
        const QString margin = number(r.indices.margin_mw);
        f.legend.push_back({f.point_inside ? tr("Base point inside, margin %1 MW").arg(margin)
                                           : tr("Base point outside, margin %1 MW").arg(margin),
                            f.point_inside ? style::kInside : style::kOutside});
    } else {
        const auto [u, v] = remainingAxes(axis);
        f.x_axis = names.value(u);
        f.y_axis = names.value(v);
        f.shadow = projection(r.hull, axis);
        extend(box, f.shadow);
        f.polygon = gridcarbon::geometry::section(r.hull, axis, value);
        f.area = polygonArea(f.polygon);
        if (compared) {
            extend(box, projection(reference->hull, axis));
            f.reference = gridcarbon::geometry::section(reference->hull, axis, value);
            f.reference_area = polygonArea(f.reference);
        }
        f.title = tr("Section at %1 = %2 MW").arg(names.value(axis), number(value));
        f.detail = f.polygon.empty() ? tr("the plane misses the region")
                                     : tr("area %1 MW²").arg(number(f.area));
        if (compared)
            f.detail += f.reference.empty()
                            ? tr("; the plane misses the reference")
                            : tr("; reference %1 MW²").arg(number(f.reference_area));
        f.legend.push_back(
            {compared ? tr("Section: %1").arg(regionRunLabel(r)) : tr("Section"), style::kFace});
        if (compared)
            f.legend.push_back(
                {tr("Reference section: %1").arg(regionRunLabel(*reference)), style::kReference});
        f.legend.push_back({tr("The region seen along %1").arg(names.value(axis)), style::kShadow});
    }
    extend(box, f.polygon);
    extend(box, f.reference);
    if (box[0] <= box[1] && box[2] <= box[3])
        f.frame = box;
    return f;
}

std::vector<RegionIndexRow> regionIndexRows(const gridcarbon::region::RegionResult& r) {
    const bool planar = r.hull.dimension == 2;
    const QString volume_unit = planar ? QStringLiteral("MW²") : QStringLiteral("MW³");
    const QString section_unit = planar ? QStringLiteral("MW") : QStringLiteral("MW²");
    const QStringList axes = regionAxisNames(r);
    const auto& ix = r.indices;
    std::vector<RegionIndexRow> rows;
    rows.push_back({planar ? tr("Area") : tr("Volume"),
                    QStringLiteral("%1 %2").arg(QString::number(ix.volume, 'g', 5), volume_unit),
                    tr("The size of the region (eq 22)")});
    rows.push_back(
        {tr("Base point margin"),
         QStringLiteral("%1 MW (%2)")
             .arg(number(ix.margin_mw), ix.margin_mw >= 0.0 ? tr("inside") : tr("outside")),
         tr("Distance of the base operating point to the region's boundary: positive "
            "inside (eq 21)")});
    for (const auto& curve : ix.sections) {
        const QString axis = axes.value(int(curve.axis));
        const QString tip = planar ? tr("Chords perpendicular to %1 (eq 23)").arg(axis)
                                   : tr("Sections perpendicular to %1 (eq 23)").arg(axis);
        rows.push_back(
            {planar ? tr("Min chord across %1").arg(axis) : tr("Min section across %1").arg(axis),
             QStringLiteral("%1 %2").arg(number(curve.min), section_unit), tip});
        rows.push_back(
            {planar ? tr("Max chord across %1").arg(axis) : tr("Max section across %1").arg(axis),
             QStringLiteral("%1 %2").arg(number(curve.max), section_unit),
             tip + tr("; the largest at %1 = %2 MW").arg(axis, number(curve.at_max_mw))});
    }
    for (const auto& c : ix.coupling)
        rows.push_back(
            {tr("Coupling factor %1–%2").arg(axes.value(int(c.first)), axes.value(int(c.second))),
             number(c.value), tr("1 when the two loads are decoupled (eq 24)")});
    for (std::size_t k = 0; k < ix.average_change_rate_pct.size(); ++k)
        rows.push_back({tr("Average change rate %1").arg(axes.value(int(k))),
                        QStringLiteral("%1 %").arg(number(ix.average_change_rate_pct[k], 2)),
                        tr("How fast the sections change along the axis (eq 25)")});
    rows.push_back({tr("Equilibrium degree"), number(ix.equilibrium_degree, 4),
                    tr("How evenly the region extends along its axes, in [0, 1] (eq 26)")});
    rows.push_back({tr("Inscribed ball radius"),
                    QStringLiteral("%1 MW").arg(number(ix.inscribed.radius)),
                    tr("The largest ball inside the region")});
    if (r.outer) {
        rows.push_back(
            {planar ? tr("Outer bound's area") : tr("Outer bound's volume"),
             QStringLiteral("%1 %2").arg(QString::number(r.outer->volume, 'g', 5), volume_unit),
             tr("The region lies between the inner bound (the region shown) and the "
                "outer bound")});
        rows.push_back({tr("Certified gap"),
                        QStringLiteral("%1 %").arg(number(r.certified_gap * 100.0, 2)),
                        tr("The largest distance between the bounds, in % of the axis ranges")});
    }
    rows.push_back({tr("Boundary problems"), QString::number(r.stats.boundary_problems),
                    tr("Support problems solved on the relaxed model")});
    rows.push_back({tr("Oracle calls"), QString::number(r.stats.oracle_calls),
                    tr("Checks of points with the exact AC model")});
    rows.push_back({tr("LP solves"), QString::number(r.stats.lp_solves),
                    tr("Simplex solves of all problems together")});
    rows.push_back({tr("Time"), tr("%1 s").arg(number(r.stats.seconds, 2)),
                    tr("Building the region, without the indices")});
    return rows;
}

} // namespace gridcarbon::gui
