#include "gui/editor/DeviceSymbols.h"

#include "gui/style/SceneStyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui", text);
}

// Fill colours of the symbol bodies.
const QColor kBody(0xff, 0xff, 0xff);
const QColor kGridFill(0xe3, 0xe7, 0xea);
const QColor kWind(0x1b, 0x8a, 0x7d);
const QColor kPanel(0x1f, 0x3f, 0x73);
const QColor kPanelLine(0xc9, 0xd8, 0xef);
const QColor kWater(0x1e, 0x88, 0xe5);
const QColor kMicroTurbine(0xfb, 0xe3, 0xc8);
const QColor kBattery(0x43, 0xa0, 0x47);
const QColor kBadge(0x6a, 0x4c, 0x93);

QPointF perp(QPointF d) {
    return {-d.y(), d.x()};
}

void paintCircleBody(QPainter& p, qreal r, const QColor& fill) {
    p.setBrush(fill);
    p.drawEllipse(QPointF(0, 0), r, r);
}

void paintGrid(QPainter& p, qreal r) {
    const QRectF box(-r, -r, 2 * r, 2 * r);
    p.setBrush(kGridFill);
    p.drawRect(box);
    p.save();
    p.setClipRect(box);
    const qreal step = r / 2.5;
    for (qreal s = -2 * r; s <= 2 * r; s += step)
        p.drawLine(QPointF(s - r, r), QPointF(s + r, -r));
    p.restore();
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
}

void paintWind(QPainter& p, qreal r) {
    paintCircleBody(p, r, kBody);
    p.save();
    p.setBrush(kWind);
    QPen thin = p.pen();
    thin.setWidthF(std::max<qreal>(1.0, thin.widthF() * 0.6));
    p.setPen(thin);
    for (int k = 0; k < 3; ++k) {
        p.save();
        p.rotate(-90.0 + 120.0 * k);
        QPainterPath blade;
        blade.moveTo(0.08 * r, 0);
        blade.cubicTo(0.3 * r, -0.26 * r, 0.72 * r, -0.18 * r, 0.84 * r, 0);
        blade.cubicTo(0.6 * r, 0.1 * r, 0.3 * r, 0.12 * r, 0.08 * r, 0);
        p.drawPath(blade);
        p.restore();
    }
    p.setBrush(p.pen().color());
    p.drawEllipse(QPointF(0, 0), 0.12 * r, 0.12 * r);
    p.restore();
}

void paintPhotovoltaic(QPainter& p, qreal r) {
    const QRectF panel(-1.05 * r, -0.8 * r, 2.1 * r, 1.6 * r);
    p.setBrush(kPanel);
    p.drawRect(panel);
    p.save();
    QPen cells = p.pen(); // cosmetic, as wide as the outline
    cells.setColor(kPanelLine);
    cells.setWidthF(cells.widthF() * 0.7);
    p.setPen(cells);
    for (int i = 1; i < 4; ++i) {
        const qreal x = panel.left() + panel.width() * i / 4.0;
        p.drawLine(QPointF(x, panel.top()), QPointF(x, panel.bottom()));
    }
    for (int j = 1; j < 3; ++j) {
        const qreal y = panel.top() + panel.height() * j / 3.0;
        p.drawLine(QPointF(panel.left(), y), QPointF(panel.right(), y));
    }
    p.restore();
    p.setBrush(Qt::NoBrush);
    p.drawRect(panel);
}

void paintHydro(QPainter& p, qreal r) {
    paintCircleBody(p, r, kBody);
    QPainterPath drop;
    drop.moveTo(0, -0.72 * r);
    drop.cubicTo(0.18 * r, -0.38 * r, 0.52 * r, -0.05 * r, 0.52 * r, 0.22 * r);
    drop.arcTo(QRectF(-0.52 * r, -0.3 * r, 1.04 * r, 1.04 * r), 0, -180);
    drop.cubicTo(-0.52 * r, -0.05 * r, -0.18 * r, -0.38 * r, 0, -0.72 * r);
    p.save();
    p.setBrush(kWater);
    p.setPen(Qt::NoPen);
    p.drawPath(drop);
    p.restore();
}

void paintLetters(QPainter& p, qreal r, const QColor& fill, const QString& letters,
                  const QFont& font) {
    paintCircleBody(p, r, fill);
    const qreal w = letters.size() > 1 ? 1.3 * r : 0.95 * r;
    paintFittedText(p, letters, QRectF(-w / 2, -0.5 * r, w, r), font, style::ink());
}

void paintStorage(QPainter& p, qreal r) {
    const QRectF body(-0.68 * r, -0.82 * r, 1.36 * r, 1.82 * r);
    const QRectF nub(-0.28 * r, -1.0 * r, 0.56 * r, 0.18 * r);
    p.setBrush(p.pen().color());
    p.drawRect(nub);
    p.setBrush(kBody);
    p.drawRoundedRect(body, 0.12 * r, 0.12 * r);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(kBattery);
    const qreal gap = 0.12 * r;
    const qreal bar = (body.height() - 4 * gap) / 3.0;
    for (int i = 0; i < 3; ++i) {
        const qreal y = body.bottom() - gap - (i + 1) * bar - i * gap;
        p.drawRect(QRectF(body.left() + gap, y, body.width() - 2 * gap, bar));
    }
    p.restore();
}

void paintBadge(QPainter& p, const QRectF& box, const QString& text, const QFont& font) {
    p.save();
    p.setBrush(kBadge);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(box, box.height() * 0.3, box.height() * 0.3);
    paintFittedText(p, text,
                    box.adjusted(box.height() * 0.22, box.height() * 0.2, -box.height() * 0.22,
                                 -box.height() * 0.2),
                    font, Qt::white);
    p.restore();
}

// Leads along `dir`: two plates across the line, then an earth symbol.
void paintCapacitor(QPainter& p, qreal r, QPointF dir) {
    const QPointF n = perp(dir);
    const QPointF a = -dir * r, plate1 = -dir * 0.16 * r, plate2 = dir * 0.16 * r;
    const QPointF earth = dir * 0.62 * r;
    p.drawLine(a, plate1);
    p.drawLine(plate2, earth);
    QPen plates = p.pen();
    plates.setWidthF(plates.widthF() * 1.6);
    plates.setCapStyle(Qt::FlatCap);
    p.save();
    p.setPen(plates);
    p.drawLine(plate1 - n * 0.7 * r, plate1 + n * 0.7 * r);
    p.drawLine(plate2 - n * 0.7 * r, plate2 + n * 0.7 * r);
    p.restore();
    for (int i = 0; i < 3; ++i) {
        const QPointF c = earth + dir * (0.19 * r * i);
        const qreal half = 0.55 * r * (1.0 - 0.33 * i);
        p.drawLine(c - n * half, c + n * half);
    }
}

void paintLoad(QPainter& p, qreal r, QPointF dir) {
    const QPointF n = perp(dir);
    const QPointF tip = dir * 0.85 * r, base = -dir * 0.35 * r;
    QPolygonF head;
    head << tip << base + n * 0.55 * r << base - n * 0.55 * r;
    p.save();
    p.setBrush(p.pen().color());
    p.drawPolygon(head);
    p.restore();
}

} // namespace

DeviceKind deviceKind(GeneratorKind kind) {
    switch (kind) {
    case GeneratorKind::Grid:
        return DeviceKind::Grid;
    case GeneratorKind::Thermal:
        return DeviceKind::Thermal;
    case GeneratorKind::WT:
        return DeviceKind::WT;
    case GeneratorKind::PV:
        return DeviceKind::PV;
    case GeneratorKind::HT:
        return DeviceKind::HT;
    case GeneratorKind::MT:
        return DeviceKind::MT;
    }
    return DeviceKind::Thermal;
}

ElementKind deviceElementKind(DeviceKind kind) {
    switch (kind) {
    case DeviceKind::Storage:
        return ElementKind::Storage;
    case DeviceKind::Capacitor:
        return ElementKind::Capacitor;
    case DeviceKind::Load:
        return ElementKind::Load;
    default:
        return ElementKind::Generator;
    }
}

QString deviceKindName(DeviceKind kind) {
    switch (kind) {
    case DeviceKind::Grid:
        return tr("Grid connection");
    case DeviceKind::Thermal:
        return tr("Thermal unit");
    case DeviceKind::WT:
        return tr("Wind turbine (WT)");
    case DeviceKind::PV:
        return tr("Photovoltaic (PV)");
    case DeviceKind::HT:
        return tr("Small hydro (HT)");
    case DeviceKind::MT:
        return tr("Micro-turbine (MT)");
    case DeviceKind::Storage:
        return tr("Energy storage (ES)");
    case DeviceKind::Capacitor:
        return tr("Capacitor");
    case DeviceKind::Load:
        return tr("Load");
    }
    return {};
}

QString compensationLayerCode(CompensationLayer layer) {
    switch (layer) {
    case CompensationLayer::User:
        return QStringLiteral("U");
    case CompensationLayer::DistributionStationArea:
        return QStringLiteral("DA");
    case CompensationLayer::Line:
        return QStringLiteral("L");
    case CompensationLayer::Substation:
        return QStringLiteral("S");
    }
    return {};
}

QString compensationLayerName(CompensationLayer layer) {
    switch (layer) {
    case CompensationLayer::User:
        return tr("user layer");
    case CompensationLayer::DistributionStationArea:
        return tr("distribution station area layer");
    case CompensationLayer::Line:
        return tr("line layer");
    case CompensationLayer::Substation:
        return tr("substation layer");
    }
    return {};
}

QPointF badgeSide(QPointF dir) {
    const qreal len = std::hypot(dir.x(), dir.y());
    dir = len > 0 ? dir / len : QPointF(0, 1);
    QPointF side = perp(dir);
    if (side.x() < -1e-9 || (std::abs(side.x()) <= 1e-9 && side.y() < 0))
        side = -side;
    return side;
}

std::pair<qreal, qreal> deviceExtentAcross(DeviceKind kind, qreal r, bool badge) {
    switch (kind) {
    case DeviceKind::Storage:
        return {0.75 * r, 0.75 * r};
    case DeviceKind::Load:
        return {0.6 * r, 0.6 * r};
    case DeviceKind::Capacitor:
        return {0.75 * r, badge ? 2.45 * r : 0.75 * r};
    default:
        return {1.05 * r, 1.05 * r};
    }
}

qreal symbolLineInset(DeviceKind kind, qreal r) {
    switch (kind) {
    case DeviceKind::Capacitor:
        return r;
    case DeviceKind::Load:
        return 0.35 * r;
    default:
        return 0.0;
    }
}

QRectF deviceSymbolBounds(DeviceKind kind, qreal r) {
    const qreal extent = kind == DeviceKind::Capacitor ? 2.6 * r : 1.15 * r;
    return QRectF(-extent, -extent, 2 * extent, 2 * extent);
}

void paintDeviceSymbol(QPainter& p, DeviceKind kind, qreal r, QPointF dir, const QFont& font,
                       const QString& badge, bool in_service) {
    const qreal len = std::hypot(dir.x(), dir.y());
    dir = len > 0 ? dir / len : QPointF(0, 1);
    p.save();
    if (!in_service)
        p.setOpacity(0.45);
    switch (kind) {
    case DeviceKind::Grid:
        paintGrid(p, r);
        break;
    case DeviceKind::Thermal:
        paintLetters(p, r, kBody, QStringLiteral("G"), font);
        break;
    case DeviceKind::WT:
        paintWind(p, r);
        break;
    case DeviceKind::PV:
        paintPhotovoltaic(p, r);
        break;
    case DeviceKind::HT:
        paintHydro(p, r);
        break;
    case DeviceKind::MT:
        paintLetters(p, r, kMicroTurbine, QStringLiteral("MT"), font);
        break;
    case DeviceKind::Storage:
        paintStorage(p, r);
        break;
    case DeviceKind::Capacitor:
        paintCapacitor(p, r, dir);
        break;
    case DeviceKind::Load:
        paintLoad(p, r, dir);
        break;
    }
    if (!badge.isEmpty()) {
        const qreal h = 0.95 * r;
        const qreal w = h * (badge.size() > 1 ? 1.6 : 1.05);
        const QPointF c = badgeSide(dir) * (0.85 * r + w / 2.0);
        paintBadge(p, QRectF(c.x() - w / 2, c.y() - h / 2, w, h), badge, font);
    }
    p.restore();
}

void paintFittedText(QPainter& p, const QString& text, const QRectF& box, const QFont& font,
                     const QColor& color) {
    QPainterPath path;
    QFont f = font;
    f.setBold(true);
    path.addText(0, 0, f, text);
    const QRectF b = path.boundingRect();
    if (b.isEmpty())
        return;
    const qreal scale = std::min(box.width() / b.width(), box.height() / b.height());
    p.save();
    p.translate(box.center());
    p.scale(scale, scale);
    p.translate(-b.center());
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(path);
    p.restore();
}

} // namespace gridcarbon::gui
