#pragma once
// Symbols of the devices attached to a bus, drawn with a QPainter around (0, 0). Used by the
// feeder drawing and usable by palettes and legends. `r` is half the symbol size; `dir` is the
// unit direction from the bus to the symbol (symbols that sit on their connecting line, such
// as the load arrow and the capacitor, are turned along it).
#include "model/Case.h"
#include "model/Element.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <utility>

class QPainter;
class QFont;

namespace gridcarbon::gui {

enum class DeviceKind { Grid, Thermal, WT, PV, HT, MT, Storage, Capacitor, Load };

DeviceKind deviceKind(GeneratorKind kind);
// The collection a device of this kind lives in.
ElementKind deviceElementKind(DeviceKind kind);
QString deviceKindName(DeviceKind kind);                // translated, e.g. "Photovoltaic (PV)"
QString compensationLayerCode(CompensationLayer layer); // U, DA, L, S
QString compensationLayerName(CompensationLayer layer); // translated

// The side of a symbol its badge goes to: the normal of `dir` that points right (or down).
QPointF badgeSide(QPointF dir);

// How far a symbol reaches to either side of its connecting line: towards -badgeSide(dir) and
// towards +badgeSide(dir) (where a badge, if any, sits).
std::pair<qreal, qreal> deviceExtentAcross(DeviceKind kind, qreal r, bool badge);

// How far before the symbol centre the connecting line from the bus stops (symbols with an
// opaque body cover the line, so theirs is 0).
qreal symbolLineInset(DeviceKind kind, qreal r);

// Paints the symbol. `badge` is drawn in a small tag beside it (capacitors: the layer code).
void paintDeviceSymbol(QPainter& p, DeviceKind kind, qreal r, QPointF dir, const QFont& font,
                       const QString& badge = {}, bool in_service = true);

// A rectangle around (0, 0) that holds the symbol and its badge.
QRectF deviceSymbolBounds(DeviceKind kind, qreal r);

// Fills `text` as outlines scaled to fit `box` (centred), so that glyphs inside symbols
// scale with the drawing instead of with the screen's font size.
void paintFittedText(QPainter& p, const QString& text, const QRectF& box, const QFont& font,
                     const QColor& color);

} // namespace gridcarbon::gui
