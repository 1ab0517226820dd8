#pragma once
// The "3-D view (demo)" tab: the demo polyhedron in a VtkView, with Reset camera, Axes and
// Export PNG buttons above it. The view (and with it OpenGL and VTK) starts the first time the
// tab is shown, so a window that never shows the tab never composites through OpenGL.
#include <QWidget>

class QVBoxLayout;

namespace gridcarbon::gui {

class VtkView;

class RegionDemoTab : public QWidget {
    Q_OBJECT
public:
    explicit RegionDemoTab(QWidget* parent = nullptr);

    // Null until the tab has been shown (or ensureView() called).
    VtkView* view() const { return view_; }
    VtkView* ensureView();

signals:
    void status(const QString& text);
    void problem(const QString& title, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void exportPng();

    QVBoxLayout* layout_;
    VtkView* view_ = nullptr;
};

} // namespace gridcarbon::gui
