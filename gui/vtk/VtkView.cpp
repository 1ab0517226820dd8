#include "gui/vtk/VtkView.h"

#include "gui/vtk/VtkAxes.h"
#include "gui/vtk/VtkCaption.h"
#include "gui/vtk/VtkInteractorAdapter.h"
#include "gui/vtk/VtkLegend.h"

#include <QDir>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <QOpenGLFunctions>
#include <QPainter>
#include <QSaveFile>
#include <QWheelEvent>

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkMath.h>
#include <vtkNew.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

// A light vertical gradient, as in ParaView: translucent faces stay readable against it.
constexpr double kBackgroundBottom[3] = {0.84, 0.87, 0.91};
constexpr double kBackgroundTop[3] = {0.99, 0.99, 1.00};
// From the front right and above, like a 3-D plot (azimuth -60 degrees, elevation 30).
constexpr double kViewDirection[3] = {0.433, -0.75, 0.5};
// Room around the scene for the axes' tick labels and titles.
constexpr double kFramePadding = 0.12;
// A planar view's room, in pixels, for the caption above (and each legend line), the y axis's
// labels and title on the left and the x axis's below; and how far the axes' box stands off
// the scene (gui/vtk/VtkAxes.cpp).
constexpr double kCaptionRoom = 56, kPlanarTop = 72, kPlanarLegendLine = 21, kPlanarLeft = 92,
                 kPlanarRight = 28, kPlanarBottom = 72, kPlanarBoxMargin = 0.06;

int devicePixels(int logical, qreal ratio) {
    return int(std::lround(logical * ratio));
}

} // namespace

struct VtkView::Vtk {
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkGenericRenderWindowInteractor> interactor;
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    vtkNew<vtkCallbackCommand> on_render_request;
    vtkNew<vtkCallbackCommand> on_make_current;
    unsigned long render_request_tag = 0;
    unsigned long make_current_tag = 0;
    std::unique_ptr<VtkAxes> axes;
    std::unique_ptr<VtkCaption> caption;
    std::unique_ptr<VtkLegend> legend;
    std::unique_ptr<VtkInteractorAdapter> events;
    bool gl_ready = false;
};

VtkView::VtkView(QWidget* parent) : QOpenGLWidget(parent), vtk_(std::make_unique<Vtk>()) {
    setMinimumSize(160, 120);
    Vtk& v = *vtk_;

    v.renderer->GradientBackgroundOn();
    v.renderer->SetBackground(kBackgroundBottom[0], kBackgroundBottom[1], kBackgroundBottom[2]);
    v.renderer->SetBackground2(kBackgroundTop[0], kBackgroundTop[1], kBackgroundTop[2]);
    // Translucent faces are sorted per pixel (depth peeling), so the far side of a polyhedron
    // shows through correctly from every direction. Peeling and VTK's fallback blending both go
    // wrong with a multisampled framebuffer in a Qt-owned context (checked with Mesa), so edges
    // are smoothed by FXAA instead of multisampling.
    v.renderer->SetUseDepthPeeling(1);
    v.renderer->SetMaximumNumberOfPeels(8);
    v.renderer->SetOcclusionRatio(0.0);
    v.renderer->UseFXAAOn();
    v.window->SetMultiSamples(0);
    v.window->AddRenderer(v.renderer);

    v.interactor->SetRenderWindow(v.window);
    v.interactor->SetInteractorStyle(v.style);
    // The style asks for a render after each camera move; VTK may only draw inside paintGL,
    // so the request becomes a Qt repaint.
    v.interactor->EnableRenderOff();
    v.on_render_request->SetClientData(this);
    v.on_render_request->SetCallback([](vtkObject*, unsigned long, void* view, void*) {
        static_cast<VtkView*>(view)->update();
    });
    v.render_request_tag = v.interactor->AddObserver(vtkCommand::RenderEvent, v.on_render_request);
    v.interactor->Initialize();

    // VTK makes "its" context current before it releases resources; the context is Qt's.
    v.on_make_current->SetClientData(this);
    v.on_make_current->SetCallback([](vtkObject*, unsigned long, void* widget, void*) {
        auto* view = static_cast<VtkView*>(widget);
        if (QOpenGLContext::currentContext() != view->context())
            view->makeCurrent();
    });
    v.make_current_tag =
        v.window->AddObserver(vtkCommand::WindowMakeCurrentEvent, v.on_make_current);

    v.axes = std::make_unique<VtkAxes>(v.renderer, v.interactor);
    v.caption = std::make_unique<VtkCaption>(v.renderer);
    v.legend = std::make_unique<VtkLegend>(v.renderer);
    v.events = std::make_unique<VtkInteractorAdapter>(v.interactor);
}

VtkView::~VtkView() {
    releaseGraphics();
    // QOpenGLWidget's destructor destroys the context, whose aboutToBeDestroyed must not reach
    // this half-destroyed view.
    if (QOpenGLContext* gl = context())
        disconnect(gl, nullptr, this, nullptr);
    vtk_->axes.reset();
    vtk_->window->RemoveObserver(vtk_->make_current_tag);
    vtk_->interactor->RemoveObserver(vtk_->render_request_tag);
}

vtkRenderer* VtkView::renderer() const {
    return vtk_->renderer;
}

void VtkView::setAxisTitles(const QString& x, const QString& y, const QString& z,
                            const QString& unit) {
    vtk_->axes->setTitles(x.toStdString(), y.toStdString(), z.toStdString(), unit.toStdString());
    update();
}

void VtkView::setAxesVisible(bool visible) {
    vtk_->axes->setVisible(visible);
    update();
}

QStringList VtkView::axisLabels(int axis) const {
    QStringList out;
    for (const std::string& label : vtk_->axes->labels(axis))
        out << QString::fromStdString(label);
    return out;
}

bool VtkView::axesVisible() const {
    return vtk_->axes->isVisible();
}

void VtkView::setCaption(const QString& title, const QString& detail) {
    vtk_->caption->set(title.toStdString(), detail.toStdString());
    captioned_ = !title.isEmpty() || !detail.isEmpty();
    update();
}

void VtkView::setLegend(const QList<VtkLegendEntry>& entries) {
    std::vector<VtkLegend::Entry> lines;
    for (const VtkLegendEntry& e : entries)
        lines.push_back(
            {e.text.toStdString(), {e.colour.redF(), e.colour.greenF(), e.colour.blueF()}});
    vtk_->legend->set(lines);
    legend_lines_ = int(lines.size());
    update();
}

void VtkView::setPlanar(bool planar) {
    planar_ = planar;
    vtk_->axes->setPlanar(planar);
    vtk_->renderer->GetActiveCamera()->SetParallelProjection(planar);
    update();
}

// The share of the fitted size the scene keeps, so that the titles of the lower axes stay in
// the view.
constexpr double kAxisTitleRoom = 0.9;

void VtkView::resetCamera() {
    vtkRenderer* renderer = vtk_->renderer;
    double bounds[6];
    renderer->ComputeVisiblePropBounds(bounds);
    vtk_->axes->frame(bounds);
    if (vtkMath::AreBoundsInitialized(bounds)) {
        vtkCamera* camera = renderer->GetActiveCamera();
        const double centre[3] = {(bounds[0] + bounds[1]) / 2, (bounds[2] + bounds[3]) / 2,
                                  (bounds[4] + bounds[5]) / 2};
        if (planar_) {
            fitPlanar(bounds);
            update();
            return;
        }
        camera->SetFocalPoint(centre);
        camera->SetPosition(centre[0] + kViewDirection[0], centre[1] + kViewDirection[1],
                            centre[2] + kViewDirection[2]);
        camera->SetViewUp(0.0, 0.0, 1.0);
        double padded[6];
        for (int axis = 0; axis < 3; ++axis) {
            const double margin = (bounds[2 * axis + 1] - bounds[2 * axis]) * kFramePadding;
            padded[2 * axis] = bounds[2 * axis] - margin;
            padded[2 * axis + 1] = bounds[2 * axis + 1] + margin;
        }
        renderer->ResetCamera(padded);
        // The caption and the legend take the top: the scene goes into the room below them.
        const double h = std::max(1, devicePixels(height(), devicePixelRatioF()));
        const double top = (captioned_ ? kCaptionRoom : 0.0) + kPlanarLegendLine * legend_lines_;
        const double taken = std::min(top / h, 0.4);
        // ResetCamera fits the bounding sphere, which leaves room around a box: half the height
        // taken is enough.
        camera->SetWindowCenter(0.0, taken);
        // And the axis titles, outside the box's labels, need a line below it.
        camera->Zoom((1.0 - taken / 2) * kAxisTitleRoom);
    }
    update();
}

void VtkView::fitPlanar(const double bounds[6]) {
    const qreal ratio = devicePixelRatioF();
    const double w = std::max(1, devicePixels(width(), ratio));
    const double h = std::max(1, devicePixels(height(), ratio));
    const double top = kPlanarTop + kPlanarLegendLine * legend_lines_;
    const double room_w = std::max(w - kPlanarLeft - kPlanarRight, 40.0);
    const double room_h = std::max(h - top - kPlanarBottom, 40.0);
    const double span_x = (bounds[1] - bounds[0]) * (1 + 2 * kPlanarBoxMargin);
    const double span_y = (bounds[3] - bounds[2]) * (1 + 2 * kPlanarBoxMargin);
    double per_pixel = std::max(span_x / room_w, span_y / room_h);
    if (!(per_pixel > 0.0))
        per_pixel = 1.0 / std::min(room_w, room_h); // a point: one unit across
    // The room's centre is off the view's by half the difference of the margins.
    const double x = (bounds[0] + bounds[1]) / 2 - (kPlanarLeft - kPlanarRight) / 2 * per_pixel;
    const double y = (bounds[2] + bounds[3]) / 2 - (kPlanarBottom - top) / 2 * per_pixel;
    const double z = (bounds[4] + bounds[5]) / 2;
    const double distance = std::max(span_x, span_y) * 4 + 1.0;
    vtkCamera* camera = vtk_->renderer->GetActiveCamera();
    camera->SetFocalPoint(x, y, z);
    camera->SetPosition(x, y, z + distance);
    camera->SetViewUp(0.0, 1.0, 0.0);
    camera->SetParallelScale(h * per_pixel / 2);
    vtk_->renderer->ResetCameraClippingRange(bounds);
}

QImage VtkView::grabImage() {
    if (!gl_error_.isEmpty())
        return {};
    const QImage image = grabFramebuffer();
    if (image.isNull())
        return {};
    return image.convertToFormat(QImage::Format_RGB32);
}

QSize VtkView::pixelSize() const {
    const qreal ratio = devicePixelRatioF();
    return {devicePixels(width(), ratio), devicePixels(height(), ratio)};
}

void VtkView::setOverlayScale(double scale) {
    vtk_->caption->setScale(scale);
    vtk_->legend->setScale(scale);
    vtk_->axes->setScale(scale);
    // Text actors size their fonts in points at the window's DPI; 72 is VTK's default.
    vtk_->window->SetDPI(std::max(1, int(std::lround(72.0 * scale))));
}

// VTK draws into the framebuffer bound when it renders (its blit mode is BlitToCurrent): an
// offscreen one of the picture's size, with the render window sized to match for the moment.
QImage VtkView::grabImage(const QSize& size) {
    const QSize view = pixelSize();
    if (!size.isValid() || size == view || planar_)
        return grabImage();
    if (!vtk_->gl_ready && grabImage().isNull()) // the first render creates VTK's resources
        return {};
    makeCurrent();
    QOpenGLFramebufferObjectFormat format;
    format.setAttachment(QOpenGLFramebufferObject::CombinedDepthStencil);
    QOpenGLFramebufferObject target(size, format);
    QImage image;
    if (target.isValid() && target.bind()) {
        vtk_->interactor->UpdateSize(size.width(), size.height());
        setOverlayScale(double(size.height()) / std::max(1, view.height()));
        vtkGenericOpenGLRenderWindow* window = vtk_->window;
        vtk_->axes->fitLabels(vtk_->renderer);
        window->SetReadyForRendering(true);
        window->Render();
        window->SetReadyForRendering(false);
        QOpenGLFunctions* gl = context()->functions();
        gl->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE); // opaque, as in paintGL
        gl->glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
        gl->glClear(GL_COLOR_BUFFER_BIT);
        gl->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        image = target.toImage(); // flipped to rows from the top
        target.release();
        setOverlayScale(1.0);
        vtk_->interactor->UpdateSize(view.width(), view.height());
    }
    doneCurrent();
    update();
    return image.isNull() ? image : image.convertToFormat(QImage::Format_RGB32);
}

bool VtkView::exportPng(const QString& path, QString* error, const QSize& size) {
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QImage image = grabImage(size);
    if (image.isNull())
        return fail(gl_error_.isEmpty()
                        ? tr("the 3-D view could not be rendered at %1 × %2 pixels")
                              .arg(size.isValid() ? size.width() : pixelSize().width())
                              .arg(size.isValid() ? size.height() : pixelSize().height())
                        : gl_error_);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(tr("cannot encode the PNG for %1").arg(QDir::toNativeSeparators(path)));
    }
    if (!file.commit())
        return fail(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

void VtkView::initializeGL() {
    // A new context (first show, or the widget moved to another window): start VTK on it.
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkView::releaseGraphics,
            Qt::UniqueConnection);
    const QSurfaceFormat format = context()->format();
    if (format.majorVersion() < 3 || (format.majorVersion() == 3 && format.minorVersion() < 2)) {
        gl_error_ = tr("The 3-D view needs OpenGL 3.2; this display offers %1.%2.")
                        .arg(format.majorVersion())
                        .arg(format.minorVersion());
        return;
    }
    vtkGenericOpenGLRenderWindow* window = vtk_->window;
    window->SetOwnContext(false);
    // VTK renders into its own framebuffer and copies the picture into the one Qt bound.
    window->SetFrameBlitModeToBlitToCurrent();
    window->SetIsCurrent(true);
    window->SetReadyForRendering(false);
    if (!window->InitializeFromCurrentContext()) {
        gl_error_ = tr("VTK cannot render with this display's OpenGL.");
        return;
    }
    gl_error_.clear();
    vtk_->gl_ready = true;
}

void VtkView::resizeGL(int width, int height) {
    const qreal ratio = devicePixelRatioF();
    // Also resizes the render window.
    vtk_->interactor->UpdateSize(devicePixels(width, ratio), devicePixels(height, ratio));
    // A plot keeps filling its view.
    if (planar_)
        resetCamera();
}

void VtkView::paintGL() {
    if (!vtk_->gl_ready) {
        QOpenGLFunctions* gl = context()->functions();
        gl->glClearColor(float(kBackgroundTop[0]), float(kBackgroundTop[1]),
                         float(kBackgroundTop[2]), 1.0f);
        gl->glClear(GL_COLOR_BUFFER_BIT);
        QPainter painter(this);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, gl_error_);
        return;
    }
    vtkGenericOpenGLRenderWindow* window = vtk_->window;
    vtk_->axes->fitLabels(vtk_->renderer);
    // Only here is Qt's framebuffer bound with the context current.
    window->SetReadyForRendering(true);
    window->Render();
    window->SetReadyForRendering(false);
    // VTK's blending leaves alpha below 1 around text and translucent faces. Qt treats the
    // framebuffer as premultiplied, and colour above alpha would come out wrapped (yellow
    // fringes) in grabs and screenshots: the picture is opaque, so say so.
    QOpenGLFunctions* gl = context()->functions();
    gl->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    gl->glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    gl->glClear(GL_COLOR_BUFFER_BIT);
    gl->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
}

void VtkView::releaseGraphics() {
    if (!vtk_->gl_ready)
        return;
    makeCurrent();
    vtk_->window->Finalize();
    doneCurrent();
    vtk_->gl_ready = false;
}

void VtkView::forwardMouse(QMouseEvent* event) {
    if (planar_ && (event->button() == Qt::LeftButton || event->buttons() & Qt::LeftButton)) {
        // A flat scene does not turn: the left button pans it (shift+left for the trackball).
        const QMouseEvent pan(event->type(), event->position(), event->globalPosition(),
                              event->button(), event->buttons(), Qt::ShiftModifier);
        if (vtk_->events->mouse(pan, devicePixelRatioF()))
            event->accept();
        return;
    }
    if (vtk_->events->mouse(*event, devicePixelRatioF()))
        event->accept();
    else
        event->ignore();
}

void VtkView::mousePressEvent(QMouseEvent* event) {
    forwardMouse(event);
}

void VtkView::mouseDoubleClickEvent(QMouseEvent* event) {
    forwardMouse(event);
}

void VtkView::mouseReleaseEvent(QMouseEvent* event) {
    forwardMouse(event);
}

void VtkView::mouseMoveEvent(QMouseEvent* event) {
    forwardMouse(event);
}

void VtkView::wheelEvent(QWheelEvent* event) {
    vtk_->events->wheel(*event, devicePixelRatioF());
    event->accept();
}

} // namespace gridcarbon::gui
