#include "gui/shell/ElidingStatusBar.h"

#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>

#include <algorithm>

namespace gridcarbon::gui {

namespace {

// Between the message's end and the first permanent widget.
constexpr int kGapPx = 12;
constexpr int kLeftPx = 6;

} // namespace

ElidingStatusBar::ElidingStatusBar(QWidget* parent) : QStatusBar(parent) {
    connect(this, &QStatusBar::messageChanged, this, [this] { updateToolTip(); });
}

QRect ElidingStatusBar::messageArea() const {
    // While a message shows, QStatusBar hides its normal widgets: what stays visible is the
    // permanent ones (and the size grip), all to the right of the message.
    int right = width() - kLeftPx;
    for (const QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (child->isVisible() && child->x() > kLeftPx)
            right = std::min(right, child->x() - kGapPx);
    return QRect(kLeftPx, 0, std::max(0, right - kLeftPx), height());
}

QString ElidingStatusBar::shownMessage() const {
    return fontMetrics().elidedText(currentMessage(), Qt::ElideRight, messageArea().width());
}

void ElidingStatusBar::paintEvent(QPaintEvent* event) {
    if (currentMessage().isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    QPainter p(this);
    QStyleOption panel;
    panel.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &panel, &p, this);
    p.setPen(palette().windowText().color());
    p.drawText(messageArea(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
               shownMessage());
}

void ElidingStatusBar::resizeEvent(QResizeEvent* event) {
    QStatusBar::resizeEvent(event);
    updateToolTip();
}

void ElidingStatusBar::updateToolTip() {
    const QString message = currentMessage();
    setToolTip(shownMessage() == message ? QString() : message);
}

} // namespace gridcarbon::gui
