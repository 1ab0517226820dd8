#pragma once
// Writes the feeder drawing to a figure file for papers and reports: PNG (raster at a chosen
// resolution), SVG and PDF (vector). The format follows the file's suffix. The whole drawing
// is exported, whatever part the view shows, on a white background with a small margin.
#include <QString>

#include <optional>

class QGraphicsScene;
class QRectF;
class QWidget;

namespace gridcarbon::gui {

enum class DiagramFormat { Png, Svg, Pdf };

// The format for a file name's suffix (case-insensitive), or nullopt for an unknown one.
std::optional<DiagramFormat> diagramFormatFor(const QString& path);

// Renders `area` of `scene` into `path`, with `legend` (the key to the colours shown, drawn as
// on screen; none: the drawing alone) to its right. PNG is drawn at `pixelsPerUnit` pixels per
// scene unit. Returns the one-line reason on failure (unknown suffix, unwritable file).
std::optional<QString> exportDiagram(QGraphicsScene& scene, const QRectF& area, const QString& path,
                                     QWidget* legend = nullptr, double pixelsPerUnit = 2.0);

} // namespace gridcarbon::gui
