#pragma once
// Turns Qt mouse and wheel events into the events a VTK interactor style understands, so a
// trackball camera works inside a QOpenGLWidget without VTK's Qt 5 module. Positions become
// device pixels with y counted from the bottom, as VTK expects.
class QMouseEvent;
class QWheelEvent;
class vtkRenderWindowInteractor;

namespace gridcarbon::gui {

class VtkInteractorAdapter {
public:
    explicit VtkInteractorAdapter(vtkRenderWindowInteractor* interactor)
        : interactor_(interactor) {}

    // Press, double click, release or move; false for buttons VTK has no event for.
    bool mouse(const QMouseEvent& event, double device_pixel_ratio);
    void wheel(const QWheelEvent& event, double device_pixel_ratio);

private:
    vtkRenderWindowInteractor* interactor_;
    // Touchpads send fractions of a notch; VTK zooms one step per whole notch.
    int wheel_remainder_ = 0;
};

} // namespace gridcarbon::gui
