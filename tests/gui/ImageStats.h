#pragma once
// Cheap "is this picture blank?" measures for GUI tests.
#include <QHash>
#include <QImage>

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
