#include "gui/views/VoltageLegend.h"

#include "gui/views/VoltageColorMap.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

// Geometry in units of the font height.
constexpr qreal kPad = 0.6;
constexpr qreal kBarWidth = 15.0;
constexpr qreal kBarHeight = 0.85;
constexpr qreal kMarker = 0.55;
constexpr qreal kGap = 0.3;

const QColor kInk(0x26, 0x32, 0x38);
const QColor kMuted(0x5f, 0x6b, 0x70);

} // namespace

VoltageLegend::VoltageLegend(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_TransparentForMouseEvents, false);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    note_ = tr("No power-flow result");
}

void VoltageLegend::setExtremes(const Extremes& extremes) {
    extremes_ = extremes;
    note_.clear();
    updateGeometry();
    adjustSize();
    update();
}

void VoltageLegend::clearExtremes(const QString& note) {
    extremes_.reset();
    note_ = note;
    updateGeometry();
    adjustSize();
    update();
}

void VoltageLegend::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        adjustSize();
    }
    QWidget::changeEvent(event);
}

QStringList VoltageLegend::lines() const {
    if (!extremes_)
        return {note_};
    return {
        tr("Lowest %1 p.u. at bus %2").arg(extremes_->min_vm_pu, 0, 'f', 4).arg(extremes_->min_bus),
        tr("Highest %1 p.u. at bus %2")
            .arg(extremes_->max_vm_pu, 0, 'f', 4)
            .arg(extremes_->max_bus)};
}

QSize VoltageLegend::sizeHint() const {
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fm(font()), fmb(bold);
    const qreal em = fm.height();
    qreal width = kBarWidth * em;
    width = std::max(width, fmb.horizontalAdvance(tr("Bus voltage magnitude (p.u.)")));
    const QStringList text = lines();
    for (const QString& l : text)
        width = std::max(width, fm.horizontalAdvance(l));
    // The end tick labels are centred on the bar's ends.
    width += fm.horizontalAdvance(QStringLiteral("0.00"));
    const qreal height = kPad * em + fmb.height() + kGap * em + kMarker * em + kBarHeight * em +
                         kGap * em + fm.height() + kGap * em + text.size() * fm.lineSpacing() +
                         kPad * em;
    return QSize(int(std::ceil(width + 2 * kPad * em)), int(std::ceil(height)));
}

void VoltageLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fm(font()), fmb(bold);
    const qreal em = fm.height();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);

    QPen border(QColor(0xc5, 0xcb, 0xce), 1.0);
    p.setPen(border);
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(frame, 0.4 * em, 0.4 * em);

    const qreal half_tick = fm.horizontalAdvance(QStringLiteral("0.00")) / 2.0;
    const qreal left = kPad * em + half_tick;
    const qreal right = width() - kPad * em - half_tick;
    qreal y = kPad * em;

    p.setFont(bold);
    p.setPen(kInk);
    p.drawText(QPointF(kPad * em, y + fmb.ascent()), tr("Bus voltage magnitude (p.u.)"));
    y += fmb.height() + kGap * em;

    const double lo = VoltageColorMap::kMinPu, hi = VoltageColorMap::kMaxPu;
    const auto xOf = [&](double v) {
        return left + (std::clamp(v, lo, hi) - lo) / (hi - lo) * (right - left);
    };

    // Markers at the lowest and highest voltage of the case.
    const qreal marker_top = y;
    y += kMarker * em;
    const QRectF bar(left, y, right - left, kBarHeight * em);
    if (extremes_) {
        p.setPen(Qt::NoPen);
        p.setBrush(kInk);
        for (double v : {extremes_->min_vm_pu, extremes_->max_vm_pu}) {
            const qreal x = xOf(v);
            QPolygonF tri;
            tri << QPointF(x - 0.35 * em, marker_top) << QPointF(x + 0.35 * em, marker_top)
                << QPointF(x, bar.top() - 0.05 * em);
            p.drawPolygon(tri);
        }
    }

    // The bar: sampled finely, because the colour map interpolates in OKLab, not in sRGB.
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    constexpr int kSamples = 64;
    for (int i = 0; i <= kSamples; ++i) {
        const double t = double(i) / kSamples;
        gradient.setColorAt(t, VoltageColorMap::color(lo + t * (hi - lo)));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawRect(bar);
    p.setPen(border);
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);

    // Ticks at the colour stops.
    p.setFont(font());
    QPen tick(kInk, 1.0);
    y = bar.bottom();
    for (const auto& stop : VoltageColorMap::stops()) {
        const qreal x = xOf(stop.value);
        p.setPen(tick);
        p.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + kGap * em));
        const QString label = QString::number(stop.value, 'f', 2);
        const qreal w = fm.horizontalAdvance(label);
        p.setPen(kMuted);
        p.drawText(QPointF(x - w / 2.0, y + kGap * em + fm.ascent()), label);
    }
    y += kGap * em + fm.height() + kGap * em;

    p.setPen(extremes_ ? kInk : kMuted);
    for (const QString& l : lines()) {
        p.drawText(QPointF(kPad * em, y + fm.ascent()), l);
        y += fm.lineSpacing();
    }
}

} // namespace gridcarbon::gui
