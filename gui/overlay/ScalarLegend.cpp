#include "gui/overlay/ScalarLegend.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace gridcarbon::gui {

namespace {

// Geometry in units of the font height.
constexpr qreal kPad = 0.6;
constexpr qreal kBarWidth = 15.0;
constexpr qreal kBarHeight = 0.85;
constexpr qreal kMarker = 0.55;
constexpr qreal kGap = 0.3;
constexpr qreal kNoteWidth = 24.0; // a long note (why there are no values) wraps at this width

const QColor kInk(0x26, 0x32, 0x38);
const QColor kMuted(0x5f, 0x6b, 0x70);

// `text` in lines no wider than `width` (at word boundaries where there are any, as in
// Chinese anywhere), one paragraph per newline.
QStringList wrapped(const QString& text, const QFont& font, qreal width) {
    QStringList out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            out << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return out;
}

} // namespace

const ColorScale& ScalarLegend::scale() const {
    // An overlay without a scale gets a neutral bar.
    static const ColorScale neutral({{0.0, kMuted}, {1.0, kMuted}});
    return legend_.scale ? *legend_.scale : neutral;
}

ScalarLegend::ScalarLegend(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_TransparentForMouseEvents, false);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ScalarLegend::setLegend(const OverlayLegend& legend) {
    legend_ = legend;
    relayout();
}

void ScalarLegend::relayout() {
    updateGeometry();
    adjustSize();
    update();
}

void ScalarLegend::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        adjustSize();
    }
    QWidget::changeEvent(event);
}

QString ScalarLegend::tickLabel(double value) const {
    return QString::number(value, 'f', legend_.tick_decimals);
}

QStringList ScalarLegend::lines() const {
    if (!legend_.extremes) {
        QFont bold = font();
        bold.setBold(true);
        const qreal width = std::max({kNoteWidth * QFontMetricsF(font()).height(),
                                      QFontMetricsF(bold).horizontalAdvance(legend_.title)});
        return legend_.note.isEmpty() ? QStringList{QString()}
                                      : wrapped(legend_.note, font(), width);
    }
    const int d = legend_.value_decimals;
    return QStringList{tr("Lowest %1 %2 at bus %3")
                           .arg(legend_.extremes->min_value, 0, 'f', d)
                           .arg(legend_.unit, legend_.extremes->min_bus),
                       tr("Highest %1 %2 at bus %3")
                           .arg(legend_.extremes->max_value, 0, 'f', d)
                           .arg(legend_.unit, legend_.extremes->max_bus)} +
           legend_.details;
}

QSize ScalarLegend::sizeHint() const {
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fm(font()), fmb(bold);
    const qreal em = fm.height();
    qreal width = kBarWidth * em;
    width = std::max(width, fmb.horizontalAdvance(legend_.title));
    const QStringList text = lines();
    for (const QString& l : text)
        width = std::max(width, fm.horizontalAdvance(l));
    // The end tick labels are centred on the bar's ends.
    width += fm.horizontalAdvance(tickLabel(scale().maximum()));
    const qreal height = kPad * em + fmb.height() + kGap * em + kMarker * em + kBarHeight * em +
                         kGap * em + fm.height() + kGap * em + text.size() * fm.lineSpacing() +
                         kPad * em;
    return QSize(int(std::ceil(width + 2 * kPad * em)), int(std::ceil(height)));
}

void ScalarLegend::paintEvent(QPaintEvent*) {
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

    const qreal half_tick = fm.horizontalAdvance(tickLabel(scale().maximum())) / 2.0;
    const qreal left = kPad * em + half_tick;
    const qreal right = width() - kPad * em - half_tick;
    qreal y = kPad * em;

    p.setFont(bold);
    p.setPen(kInk);
    p.drawText(QPointF(kPad * em, y + fmb.ascent()), legend_.title);
    y += fmb.height() + kGap * em;

    const double lo = scale().minimum(), hi = scale().maximum();
    const auto xOf = [&](double v) {
        return left + (std::clamp(v, lo, hi) - lo) / (hi - lo) * (right - left);
    };

    // Markers at the lowest and highest value of the case.
    const qreal marker_top = y;
    y += kMarker * em;
    const QRectF bar(left, y, right - left, kBarHeight * em);
    if (legend_.extremes) {
        p.setPen(Qt::NoPen);
        p.setBrush(kInk);
        for (double v : {legend_.extremes->min_value, legend_.extremes->max_value}) {
            const qreal x = xOf(v);
            QPolygonF tri;
            tri << QPointF(x - 0.35 * em, marker_top) << QPointF(x + 0.35 * em, marker_top)
                << QPointF(x, bar.top() - 0.05 * em);
            p.drawPolygon(tri);
        }
    }

    p.setPen(Qt::NoPen);
    p.setBrush(scale().gradient(bar.topLeft(), bar.topRight()));
    p.drawRect(bar);
    p.setPen(border);
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);

    // Ticks at the colour stops.
    p.setFont(font());
    QPen tick(kInk, 1.0);
    y = bar.bottom();
    for (const auto& stop : scale().stops()) {
        const qreal x = xOf(stop.value);
        p.setPen(tick);
        p.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + kGap * em));
        const QString label = tickLabel(stop.value);
        const qreal w = fm.horizontalAdvance(label);
        p.setPen(kMuted);
        p.drawText(QPointF(x - w / 2.0, y + kGap * em + fm.ascent()), label);
    }
    y += kGap * em + fm.height() + kGap * em;

    const QStringList text = lines();
    for (qsizetype i = 0; i < text.size(); ++i) {
        // The extremes in ink, the note and the explanations muted.
        p.setPen(legend_.extremes && i < 2 ? kInk : kMuted);
        p.drawText(QPointF(kPad * em, y + fm.ascent()), text[i]);
        y += fm.lineSpacing();
    }
}

} // namespace gridcarbon::gui
