#pragma once
// A Qt 6 widget that shows a VTK scene. Debian 12's VTK Qt module is built against Qt 5, so the
// widget hosts a vtkGenericOpenGLRenderWindow itself: VTK draws into the QOpenGLWidget's
// framebuffer during paintGL, in the context Qt made. The mouse drives a trackball camera: left
// drag rotates, middle or shift+left drag pans, the wheel and right drag zoom, ctrl+left drag
// spins. A triad in the corner and titled axes around the scene can be switched off.
//
// The default surface format must come from useVtkSurfaceFormat() (gui/vtk/SurfaceFormat.h).
// No VTK header is included here: vtkRenderer is only declared, for the code that fills the
// scene. Nothing here throws.
#include <QImage>
#include <QOpenGLWidget>
#include <QString>

#include <memory>

class vtkRenderer;

namespace gridcarbon::gui {

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
    // A bold title and a line of detail in the upper-left corner, part of exported pictures;
    // empty strings hide them.
    void setCaption(const QString& title, const QString& detail = {});

    // Renders the scene now, offscreen if the widget is not shown, and returns it in device
    // pixels; null when OpenGL failed (see glError()).
    QImage grabImage();
    // Writes grabImage() to `path` as a PNG through a temporary file renamed into place, so an
    // existing file is replaced whole or not at all. On failure returns false and, if `error`
    // is given, a one-line reason.
    bool exportPng(const QString& path, QString* error = nullptr);

    // Why the view shows nothing, when OpenGL could not be used (no 3.2 context); else empty.
    QString glError() const { return gl_error_; }

public slots:
    // Looks at the scene from the default direction (from the front right, above) and fits
    // everything visible; the axes follow the scene's bounds.
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
    struct Vtk;

    void forwardMouse(QMouseEvent* event);
    // Frees VTK's OpenGL objects while Qt's context still exists.
    void releaseGraphics();

    std::unique_ptr<Vtk> vtk_;
    QString gl_error_;
};

} // namespace gridcarbon::gui
