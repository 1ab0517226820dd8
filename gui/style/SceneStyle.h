#pragma once
// Sizes (scene units) and colours of the feeder drawing, in one place. Lines use cosmetic pens
// so that their width stays the same on screen at every zoom and device pixel ratio.
#include <QColor>
#include <QFont>
#include <QPaintDevice>
#include <QPainter>
#include <QPen>

namespace gridcarbon::gui::style {

inline constexpr qreal kBusSpacing = 130.0; // typical distance between neighbouring buses
inline constexpr qreal kBusRadius = 9.0;
inline constexpr qreal kSymbolRadius = 12.0;   // half the size of a device symbol
inline constexpr qreal kDeviceDistance = 48.0; // bus centre to device symbol centre

inline QColor ink() {
    return QColor(0x26, 0x32, 0x38);
}
inline QColor mutedInk() {
    return QColor(0x78, 0x86, 0x8c);
}
inline QColor canvas() {
    return QColor(0xfb, 0xfb, 0xf9);
}
inline QColor selection() {
    return QColor(0x1e, 0x88, 0xe5);
}
// Bus fills when the view's quantity has no value: no result yet, or a de-energised bus.
inline QColor noResultFill() {
    return QColor(0xfa, 0xfa, 0xfa);
}
inline QColor deEnergisedFill() {
    return QColor(0x9e, 0x9e, 0x9e);
}

// A pen `width` device-independent pixels wide at every zoom. Qt applies no device pixel
// ratio to cosmetic pens, so the width is scaled by the painter's device here.
inline QPen cosmeticPen(const QPainter* painter, const QColor& color, qreal width,
                        Qt::PenStyle style = Qt::SolidLine) {
    const qreal dpr = painter && painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPen pen(color, width * dpr, style, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    return pen;
}

// The ring around a bus that a gesture would attach to (a new branch's far end, a dropped
// device), centred on the bus at `centre` (scene coordinates).
inline void paintTargetRing(QPainter* painter, QPointF centre) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(cosmeticPen(painter, selection(), 2.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(centre, kBusRadius + 6.0, kBusRadius + 6.0);
    painter->restore();
}

// Text in the drawing follows the application font, scaled by `factor`.
inline QFont sceneFont(const QFont& base, qreal factor = 1.0, bool bold = false) {
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace gridcarbon::gui::style
