#pragma once
// A Qt 6 widget that shows a VTK scene. Debian 12's VTK Qt module is built against Qt 5, so the
// widget hosts a vtkGenericOpenGLRenderWindow itself: VTK draws into the QOpenGLWidget's
// framebuffer during paintGL, in the context Qt made. The mouse drives a trackball camera: left
// drag rotates, middle or shift+left drag pans, the wheel and right drag zoom, ctrl+left drag
// spins. A triad in the corner and titled axes around the scene can be switched off. A planar
// view shows a flat scene in the x-y plane as a 2-D plot: seen from above in parallel
// projection, x and y axes only, left drag pans.
//
// The default surface format must come from useVtkSurfaceFormat() (gui/vtk/SurfaceFormat.h).
// No VTK header is included here: vtkRenderer is only declared, for the code that fills the
// scene. Nothing here throws.
#include <QColor>
#include <QImage>
#include <QList>
#include <QOpenGLWidget>
#include <QString>
#include <QStringList>

#include <memory>

class vtkRenderer;

namespace gridcarbon::gui {

// One line of a view's legend: a swatch of `colour` and its text.
struct VtkLegendEntry {
    QString text;
    QColor colour;
};

class VtkView : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit VtkView(QWidget* parent = nullptr);
    ~VtkView() override;

    // The scene. After adding or changing props call resetCamera(), or refresh() to keep the
    // camera where it is.
    vtkRenderer* renderer() const;

    // Names of the x, y and z axes, and their unit (shown as "name (unit)" on the axes).
    void setAxisTitles(const QString& x, const QString& y, const QString& z,
                       const QString& unit = {});
    void setAxesVisible(bool visible);
    bool axesVisible() const;
    // The labels along axis `axis` (0..2) of a 3-D scene's box, one per tick, "" where a tick
    // has none; empty for a plot.
    QStringList axisLabels(int axis) const;
    // A bold title and a line of detail in the upper-left corner, part of exported pictures;
    // empty strings hide them.
    void setCaption(const QString& title, const QString& detail = {});
    // Lines under the caption, each a colour swatch and its text, part of exported pictures;
    // an empty list hides the legend.
    void setLegend(const QList<VtkLegendEntry>& entries);

    // A flat scene in the x-y plane (z = 0), shown as a 2-D plot; takes effect with the next
    // resetCamera(), and the plot is fitted again whenever the view changes size.
    void setPlanar(bool planar);
    bool isPlanar() const { return planar_; }

    // Renders the scene now, offscreen if the widget is not shown, and returns it in device
    // pixels; null when OpenGL failed (see glError()).
    QImage grabImage();
    // The 3-D scene rendered offscreen at `size` pixels, as the camera sees it now, with the
    // caption, legend and axis labels scaled by the ratio of `size`'s height to the view's
    // (so that a larger picture reads like the view, only sharper); an invalid size, or a
    // planar view, gives grabImage(). Null when OpenGL failed or `size` is beyond the
    // graphics driver's limit.
    QImage grabImage(const QSize& size);
    // Writes grabImage(size) to `path` as a PNG through a temporary file renamed into place,
    // so an existing file is replaced whole or not at all. On failure returns false and, if
    // `error` is given, a one-line reason.
    bool exportPng(const QString& path, QString* error = nullptr, const QSize& size = {});
    // The size of grabImage(): the view's size in device pixels.
    QSize pixelSize() const;

    // Why the view shows nothing, when OpenGL could not be used (no 3.2 context); else empty.
    QString glError() const { return gl_error_; }

public slots:
    // Looks at the scene from the default direction (from the front right, above; a planar
    // view from above, x to the right) and fits everything visible below the caption and the
    // legend; the axes follow the scene's bounds.
    void resetCamera();
    void refresh() { update(); }

protected:
    void initializeGL() override;
    void resizeGL(int width, int height) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void setOverlayScale(double scale);
    struct Vtk;

    void forwardMouse(QMouseEvent* event);
    // Planar views: the x-y `bounds` fill the view but for room for the caption, the legend and
    // the axes' labels.
    void fitPlanar(const double bounds[6]);
    // Frees VTK's OpenGL objects while Qt's context still exists.
    void releaseGraphics();

    std::unique_ptr<Vtk> vtk_;
    QString gl_error_;
    bool planar_ = false;
    int legend_lines_ = 0;
    bool captioned_ = false;
};

} // namespace gridcarbon::gui
