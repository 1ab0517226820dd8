#pragma once
// Cheap "is this picture blank?" measures for GUI tests.
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QRect>

#include <cstdlib>

struct ImageStats {
    int distinct_colours = 0;
    double non_background_fraction = 0.0; // pixels unlike the most common colour
};

inline ImageStats imageStats(const QImage& source) {
    const QImage img = source.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, qint64> counts;
    for (int y = 0; y < img.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            ++counts[line[x]];
    }
    qint64 most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        most = std::max(most, it.value());
    const qint64 total = qint64(img.width()) * img.height();
    ImageStats s;
    s.distinct_colours = int(counts.size());
    s.non_background_fraction = total > 0 ? double(total - most) / double(total) : 0.0;
    return s;
}

// Where `image` differs from `reference` (same size; e.g. the same view with nothing in it) by
// more than `tolerance` in some channel.
struct ImageDifference {
    qint64 pixels = 0;
    QPointF centroid; // of the differing pixels
    QRect box;        // around them
    double fraction(const QImage& img) const {
        return img.isNull() ? 0.0 : double(pixels) / (double(img.width()) * img.height());
    }
};

inline ImageDifference imageDifference(const QImage& image, const QImage& reference,
                                       int tolerance = 12) {
    ImageDifference d;
    if (image.size() != reference.size())
        return d;
    const QImage a = image.convertToFormat(QImage::Format_RGB32);
    const QImage b = reference.convertToFormat(QImage::Format_RGB32);
    double sx = 0, sy = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* la = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* lb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const bool differs = std::abs(qRed(la[x]) - qRed(lb[x])) > tolerance ||
                                 std::abs(qGreen(la[x]) - qGreen(lb[x])) > tolerance ||
                                 std::abs(qBlue(la[x]) - qBlue(lb[x])) > tolerance;
            if (!differs)
                continue;
            ++d.pixels;
            sx += x;
            sy += y;
            d.box |= QRect(x, y, 1, 1);
        }
    }
    if (d.pixels > 0)
        d.centroid = QPointF(sx / double(d.pixels), sy / double(d.pixels));
    return d;
}
