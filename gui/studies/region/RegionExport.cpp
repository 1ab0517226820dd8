#include "gui/studies/region/RegionExport.h"

#include "gui/CoreText.h"
#include "gui/studies/region/RegionFigure.h"
#include "gui/studies/region/RegionStyle.h"
#include "io/HullFiles.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui", text);
}

namespace style = region_style;

// Room around the plot, in points: the caption and legend above, tick labels and titles left
// and below.
constexpr double kLeft = 78, kRight = 24, kTop = 64, kBottom = 58, kLegendLine = 18;

// A round tick step giving about `count` ticks over `span`.
double tickStep(double span, int count) {
    if (!(span > 0.0))
        return 1.0;
    const double raw = span / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10.0 * magnitude;
}

// Maps MW to points with one scale for both axes (a MW is as long across as up).
struct PlotMap {
    QRectF plot;
    double x0 = 0, y0 = 0, scale = 1;
    QPointF operator()(double x, double y) const {
        return {plot.left() + (x - x0) * scale, plot.bottom() - (y - y0) * scale};
    }
};

PlotMap mapFor(const std::array<double, 4>& frame, const QRectF& area) {
    const double pad_x = 0.06 * std::max(frame[1] - frame[0], 1e-9);
    const double pad_y = 0.06 * std::max(frame[3] - frame[2], 1e-9);
    const double w = frame[1] - frame[0] + 2 * pad_x, h = frame[3] - frame[2] + 2 * pad_y;
    PlotMap m;
    m.scale = std::min(area.width() / w, area.height() / h);
    const QSizeF used(w * m.scale, h * m.scale);
    // Centred across, on the bottom of the room (the legend stays close above).
    m.plot = QRectF(area.left() + (area.width() - used.width()) / 2, area.bottom() - used.height(),
                    used.width(), used.height());
    m.x0 = frame[0] - pad_x;
    m.y0 = frame[2] - pad_y;
    return m;
}

QPainterPath pathOf(const Polygon2& polygon, const PlotMap& map) {
    QPainterPath path;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const QPointF p = map(polygon[i][0], polygon[i][1]);
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

void drawAxes(QPainter& painter, const SectionFigure& f, const PlotMap& map) {
    const QRectF plot = map.plot;
    const double x1 = map.x0 + plot.width() / map.scale, y1 = map.y0 + plot.height() / map.scale;
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const QColor ink(46, 51, 61), grid(214, 218, 226);
    for (int axis = 0; axis < 2; ++axis) {
        const double lo = axis == 0 ? map.x0 : map.y0, hi = axis == 0 ? x1 : y1;
        const double step = tickStep(hi - lo, 6);
        const int decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
        for (double t = std::ceil(lo / step) * step; t <= hi + 1e-9 * step; t += step) {
            const QString label = QString::number(std::abs(t) < 1e-12 ? 0.0 : t, 'f', decimals);
            if (axis == 0) {
                const double x = map(t, 0).x();
                painter.setPen(QPen(grid, 0.6));
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
                painter.setPen(QPen(ink, 1.0));
                painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
                painter.drawText(QRectF(x - 40, plot.bottom() + 6, 80, fm.height()),
                                 Qt::AlignHCenter | Qt::AlignTop, label);
            } else {
                const double y = map(0, t).y();
                painter.setPen(QPen(grid, 0.6));
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
                painter.setPen(QPen(ink, 1.0));
                painter.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y));
                painter.drawText(QRectF(plot.left() - 66, y - fm.height() / 2, 60, fm.height()),
                                 Qt::AlignRight | Qt::AlignVCenter, label);
            }
        }
    }
    painter.setPen(QPen(ink, 1.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    font.setPointSizeF(10.5);
    font.setBold(true);
    painter.setFont(font);
    const QString unit = QStringLiteral(" (MW)");
    painter.drawText(QRectF(plot.left(), plot.bottom() + 24, plot.width(), 22), Qt::AlignCenter,
                     f.x_axis + unit);
    painter.save();
    painter.translate(plot.left() - 60, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -22, plot.height(), 22), Qt::AlignCenter,
                     f.y_axis + unit);
    painter.restore();
}

void drawCaption(QPainter& painter, const SectionFigure& f) {
    const QColor ink(46, 51, 61);
    painter.setPen(ink);
    QFont font = painter.font();
    font.setPointSizeF(12);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QPointF(14, 22), f.title);
    font.setPointSizeF(10);
    font.setBold(false);
    painter.setFont(font);
    painter.drawText(QPointF(14, 40), f.detail);
}

void drawLegend(QPainter& painter, const SectionFigure& f, double top) {
    const QColor ink(46, 51, 61);
    double y = top;
    for (const FigureLegendLine& line : f.legend) {
        painter.fillRect(QRectF(14, y - 8, 22, 9), line.colour.qcolor());
        painter.setPen(ink);
        painter.drawText(QPointF(44, y), line.text);
        y += kLegendLine;
    }
}

} // namespace

std::optional<QString> exportRegionHull(const gridcarbon::region::RegionResult& r, RegionFile kind,
                                        const QString& path, const QString& solid_name) {
    try {
        switch (kind) {
        case RegionFile::Vtp:
            gridcarbon::writeHullVtp(toFsPath(path), r.hull, r.axis_names);
            break;
        case RegionFile::Stl:
            gridcarbon::writeHullStl(toFsPath(path), r.hull, solid_name.toStdString());
            break;
        case RegionFile::Csv:
            gridcarbon::writeHullCsv(toFsPath(path), r.hull, r.axis_names);
            break;
        }
    } catch (const gridcarbon::Error& e) {
        return oneLine(e.what());
    }
    return std::nullopt;
}

std::optional<QString> exportSectionSvg(const SectionFigure& f, const QString& path, QSizeF size) {
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write the SVG file (%2)").arg(shown, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(), size));
    svg.setTitle(f.title);
    svg.setDescription(tr("Operating region section exported by GridCarbon"));
    {
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(QRectF(QPointF(), size), Qt::white);
        drawCaption(painter, f);
        const double legend = kLegendLine * double(f.legend.size());
        drawLegend(painter, f, kTop - 4);
        const QRectF area(kLeft, kTop + legend, size.width() - kLeft - kRight,
                          size.height() - kTop - legend - kBottom);
        const PlotMap map = mapFor(f.frame, area);
        drawAxes(painter, f, map);
        painter.setClipRect(map.plot);
        painter.setPen(Qt::NoPen);
        if (f.shadow.size() >= 3) {
            painter.setBrush(style::kShadow.qcolor());
            painter.drawPath(pathOf(f.shadow, map));
        }
        if (f.polygon.size() >= 3) {
            painter.setBrush(style::kFace.qcolor(0.5));
            painter.setPen(QPen(style::kEdge.qcolor(), 2.0));
            painter.drawPath(pathOf(f.polygon, map));
        }
        if (f.reference.size() >= 3) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(style::kReference.qcolor(), 2.0));
            painter.drawPath(pathOf(f.reference, map));
        }
        if (f.point) {
            const style::Rgb& c = f.point_inside ? style::kInside : style::kOutside;
            painter.setPen(QPen(c.qcolor().darker(140), 1.0));
            painter.setBrush(c.qcolor());
            painter.drawEllipse(map((*f.point)[0], (*f.point)[1]), 5.0, 5.0);
        }
    }
    if (!file.commit())
        return tr("%1: cannot write the SVG file (%2)").arg(shown, file.errorString());
    return std::nullopt;
}

} // namespace gridcarbon::gui
