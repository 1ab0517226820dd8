#pragma once
// The main window's status bar. A message longer than the room left of the permanent widgets
// (the job's progress, the case summary) ends in "…" a small gap before them, instead of being
// cut off against them so that the two texts run together; the whole message is the bar's
// tooltip then. currentMessage() is always the whole message.
#include <QStatusBar>

namespace gridcarbon::gui {

class ElidingStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit ElidingStatusBar(QWidget* parent = nullptr);

    // The text as drawn in a bar of the present width ("" without a message).
    QString shownMessage() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRect messageArea() const;
    void updateToolTip();
};

} // namespace gridcarbon::gui
