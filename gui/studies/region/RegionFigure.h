#pragma once
// What the operating-region views say and draw, worked out once from a region result: the axis
// names of the observed buses ("P3"), a one-line description of a run, the rows of the indices
// table, and the 2-D figure of a section (or of a 2-axis region itself) that both the section
// view and the SVG export draw.
#include "geometry/ConvexHull.h"
#include "gui/studies/region/RegionStyle.h"
#include "region/RegionStudy.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace gridcarbon::gui {

// "P3" for observed bus 3: the name of its load's axis (in MW).
QString regionAxisName(const std::string& bus);
QStringList regionAxisNames(const gridcarbon::region::RegionResult& r);
// "adaptive, cap 50 t" (with the day and hour when they are not the case's defaults).
QString regionRunLabel(const gridcarbon::region::RegionResult& r);
// "Adaptive (support sandwich)" and so on, for choosers.
QString regionMethodName(gridcarbon::region::Method m);
// Whether two results have the same axes, so that one can be drawn over the other.
bool sameRegionAxes(const gridcarbon::region::RegionResult& a,
                    const gridcarbon::region::RegionResult& b);

using Polygon2 = std::vector<gridcarbon::geometry::PointN>; // counter-clockwise, 2 coordinates

struct FigureLegendLine {
    QString text;
    region_style::Rgb colour;
};

struct SectionFigure {
    QString title;          // "Section at P7 = 0.520 MW", or "Operating region" for 2 axes
    QString detail;         // its area (and the reference's)
    QString x_axis, y_axis; // axis names; the unit is MW
    Polygon2 shadow;        // 3 axes: the region's projection onto the section's plane
    Polygon2 polygon;       // the section, or the 2-axis region; empty when the cut misses
    Polygon2 reference;     // the kept result's, when there is one with the same axes
    std::vector<FigureLegendLine> legend;
    std::optional<std::array<double, 2>> point; // 2 axes: the base operating point
    bool point_inside = true;
    std::array<double, 4> frame{0, 1, 0, 1}; // xmin, xmax, ymin, ymax: fixed for the axis
    double area = 0.0;                       // of `polygon`, MW^2
    double reference_area = 0.0;
};

// The figure of `r` cut perpendicular to `axis` at `value` MW (3 axes), or of the 2-axis
// region itself (axis and value unused). `reference` may be null.
SectionFigure sectionFigure(const gridcarbon::region::RegionResult& r, int axis, double value,
                            const gridcarbon::region::RegionResult* reference);

// One row of the indices table (gui/studies/region/RegionIndicesTable.h).
struct RegionIndexRow {
    QString name;
    QString value; // with its unit
    QString tip;
};

// The indices of `r` as rows, in order: volume (or area), the base point's margin, sectional
// areas (chords) per axis, coupling factors per pair of axes, average change rates,
// equilibrium degree, inscribed ball, the outer bound and gap of an adaptive run, and the
// solver's statistics.
std::vector<RegionIndexRow> regionIndexRows(const gridcarbon::region::RegionResult& r);

// The ordered polygon of a 2-D hull.
Polygon2 hullPolygon(const gridcarbon::geometry::Hull& hull);
// The hull's extent along `axis` (its lowest and highest vertex coordinate).
std::array<double, 2> hullExtent(const gridcarbon::geometry::Hull& hull, int axis);

} // namespace gridcarbon::gui
