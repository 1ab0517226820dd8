#pragma once
// The add-bus tool: a click on empty canvas adds a bus there (snapped to the grid unless Alt
// is held) and selects it; the tool stays for the next bus. A ghost circle shows where the
// bus would go.
#include "gui/editor/tools/CanvasTool.h"

#include <QPointF>

#include <optional>

namespace gridcarbon::gui {

class AddBusTool : public CanvasTool {
    Q_OBJECT
public:
    using CanvasTool::CanvasTool;

    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    void leave() override;
    void cancel() override;
    void paint(QPainter* painter) const override;
    Qt::CursorShape cursor() const override { return Qt::CrossCursor; }

private:
    std::optional<QPointF> ghost_; // scene position
};

} // namespace gridcarbon::gui
