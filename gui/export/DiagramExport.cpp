#include "gui/export/DiagramExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui", text);
}

QRectF withMargin(const QRectF& area) {
    const qreal m = 0.04 * std::max(area.width(), area.height()) + 10.0;
    return area.adjusted(-m, -m, m, m);
}

// A figure is not the canvas: no selection outlines (what happened to be selected) and a
// white background, as papers print on. Quietly: a selection change would reach the property
// editor, which may commit an edit and so redraw the scene under the export.
class FigureLook {
public:
    explicit FigureLook(QGraphicsScene& scene)
        : scene_(scene), items_(scene.selectedItems()), background_(scene.backgroundBrush()) {
        const QSignalBlocker quiet(&scene_);
        scene_.clearSelection();
        scene_.setBackgroundBrush(Qt::white);
    }
    ~FigureLook() {
        const QSignalBlocker quiet(&scene_);
        scene_.setBackgroundBrush(background_);
        for (QGraphicsItem* item : items_)
            item->setSelected(true);
    }
    FigureLook(const FigureLook&) = delete;
    FigureLook& operator=(const FigureLook&) = delete;

private:
    QGraphicsScene& scene_;
    QList<QGraphicsItem*> items_;
    QBrush background_;
};

// The figure: the drawing's area of the scene and, to its right, the legend of what it shows.
struct Figure {
    QRectF source;             // of the scene
    QWidget* legend = nullptr; // drawn as it is on screen
    // The gap between the drawing and the legend, scene units.
    static constexpr qreal kGap = 12.0;

    QSizeF size() const {
        if (!legend)
            return source.size();
        const QSize l = legend->size();
        return {source.width() + kGap + l.width(), std::max<qreal>(source.height(), l.height())};
    }
};

// Draws `figure` in logical coordinates 0..figure.size().
void render(QGraphicsScene& scene, QPainter& painter, const Figure& figure) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(), figure.size()), Qt::white);
    scene.render(&painter, QRectF(QPointF(), figure.source.size()), figure.source,
                 Qt::KeepAspectRatio);
    if (figure.legend)
        figure.legend->render(&painter,
                              QPoint(int(std::ceil(figure.source.width() + Figure::kGap)), 0),
                              QRegion(), QWidget::DrawChildren);
}

std::optional<QString> writePng(QGraphicsScene& scene, const Figure& figure, const QString& path,
                                double pixelsPerUnit) {
    const QSize size(int(std::ceil(figure.size().width() * pixelsPerUnit)),
                     int(std::ceil(figure.size().height() * pixelsPerUnit)));
    // Drawn as on a screen of that pixel ratio at zoom 1: labels and symbols that keep their
    // size on screen keep it relative to the drawing too.
    constexpr int kMaxSide = 16000; // QImage and viewers cope; beyond, memory runs out
    if (size.isEmpty() || size.width() > kMaxSide || size.height() > kMaxSide)
        return tr("%1: the drawing is too large for a PNG at this resolution (%2 × %3 pixels)")
            .arg(path)
            .arg(size.width())
            .arg(size.height());
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    // Fonts are sized by the device's logical DPI: a screen's 96, with the pixel ratio doing
    // the scaling (a higher DPI would enlarge the text beyond the room measured for it).
    image.setDotsPerMeterX(int(96.0 / 0.0254));
    image.setDotsPerMeterY(int(96.0 / 0.0254));
    image.setDevicePixelRatio(pixelsPerUnit);
    {
        QPainter painter(&image);
        render(scene, painter, figure);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return tr("%1: cannot write the PNG file (%2)").arg(path, file.errorString());
    return std::nullopt;
}

std::optional<QString> writeSvg(QGraphicsScene& scene, const Figure& figure, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write the SVG file (%2)").arg(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(figure.size().toSize());
    svg.setViewBox(QRectF(QPointF(), figure.size()));
    svg.setTitle(QFileInfo(path).completeBaseName());
    svg.setDescription(tr("Feeder diagram exported by GridCarbon"));
    {
        QPainter painter(&svg);
        render(scene, painter, figure);
    }
    if (!file.commit())
        return tr("%1: cannot write the SVG file (%2)").arg(path, file.errorString());
    return std::nullopt;
}

std::optional<QString> writePdf(QGraphicsScene& scene, const Figure& figure, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write the PDF file (%2)").arg(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        // One device unit per point, so that one scene unit is one point, as on the screen at
        // zoom 1 (labels that keep their size on screen are drawn in device units).
        pdf.setResolution(72);
        pdf.setTitle(QFileInfo(path).completeBaseName());
        pdf.setCreator(QStringLiteral("GridCarbon"));
        // One page the size of the drawing (1 scene unit = 1 pt), so that the figure goes into
        // a paper at its natural size without white borders.
        pdf.setPageSize(QPageSize(figure.size(), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        QPainter painter(&pdf);
        if (!painter.isActive())
            return tr("%1: cannot write the PDF file").arg(path);
        render(scene, painter, figure);
    }
    if (!file.commit())
        return tr("%1: cannot write the PDF file (%2)").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace

std::optional<DiagramFormat> diagramFormatFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return DiagramFormat::Png;
    if (suffix == QLatin1String("svg"))
        return DiagramFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return DiagramFormat::Pdf;
    return std::nullopt;
}

std::optional<QString> exportDiagram(QGraphicsScene& scene, const QRectF& area, const QString& path,
                                     QWidget* legend, double pixelsPerUnit) {
    const auto format = diagramFormatFor(path);
    if (!format)
        return tr("%1: unknown figure format (use .png, .svg or .pdf)").arg(path);
    if (area.isEmpty())
        return tr("%1: there is no drawing to export").arg(path);
    const Figure figure{withMargin(area), legend};
    const FigureLook look(scene);
    switch (*format) {
    case DiagramFormat::Png:
        return writePng(scene, figure, path, pixelsPerUnit);
    case DiagramFormat::Svg:
        return writeSvg(scene, figure, path);
    case DiagramFormat::Pdf:
        break;
    }
    return writePdf(scene, figure, path);
}

} // namespace gridcarbon::gui
