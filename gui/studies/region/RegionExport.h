#pragma once
// Files of an operating region for other tools and for papers: the polyhedron (or polygon) as
// VTK PolyData, STL or CSV through core/io/HullFiles, and a section figure as SVG drawn from
// the geometry (polygons, axes and labels as vectors, not a raster). Every writer replaces its
// file whole or leaves it alone, and returns a one-line reason on failure.
#include "region/RegionStudy.h"

#include <QSizeF>
#include <QString>

#include <optional>

namespace gridcarbon::gui {

struct SectionFigure;

enum class RegionFile { Vtp, Stl, Csv };

// The region's reported hull. STL needs 3 axes.
std::optional<QString> exportRegionHull(const gridcarbon::region::RegionResult& r, RegionFile kind,
                                        const QString& path, const QString& solid_name);

// `figure` as an SVG of `size` points: title, detail and legend above a plot with ticked axes
// in MW at equal scales, the region's shadow, the section filled and outlined, the reference
// outlined, the base point.
std::optional<QString> exportSectionSvg(const SectionFigure& figure, const QString& path,
                                        QSizeF size = QSizeF(760, 600));

} // namespace gridcarbon::gui
