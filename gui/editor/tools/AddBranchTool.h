#pragma once
// The add-branch tool: press on a bus, drag (a rubber line follows the pointer, and the bus
// under it is ringed), release on another bus to add a branch between them; the new branch is
// selected. Released anywhere else, or Esc, adds nothing.
#include "gui/editor/tools/CanvasTool.h"

#include <QPointF>
#include <QString>

namespace gridcarbon::gui {

class AddBranchTool : public CanvasTool {
    Q_OBJECT
public:
    using CanvasTool::CanvasTool;

    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    void cancel() override;
    void paint(QPainter* painter) const override;
    Qt::CursorShape cursor() const override { return Qt::CrossCursor; }

private:
    QString from_;   // the bus pressed on; empty when no branch is being drawn
    QString target_; // the bus under the pointer
    QPointF end_;    // the pointer, scene coordinates
};

} // namespace gridcarbon::gui
