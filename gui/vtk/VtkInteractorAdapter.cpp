#include "gui/vtk/VtkInteractorAdapter.h"

#include <QMouseEvent>
#include <QWheelEvent>

#include <vtkCommand.h>
#include <vtkRenderWindowInteractor.h>

#include <cmath>

namespace gridcarbon::gui {

namespace {

constexpr int kNotch = 120; // QWheelEvent::angleDelta units per wheel step

struct ButtonEvents {
    unsigned long press = vtkCommand::NoEvent;
    unsigned long release = vtkCommand::NoEvent;
};

ButtonEvents eventsOf(Qt::MouseButton button) {
    switch (button) {
    case Qt::LeftButton:
        return {vtkCommand::LeftButtonPressEvent, vtkCommand::LeftButtonReleaseEvent};
    case Qt::MiddleButton:
        return {vtkCommand::MiddleButtonPressEvent, vtkCommand::MiddleButtonReleaseEvent};
    case Qt::RightButton:
        return {vtkCommand::RightButtonPressEvent, vtkCommand::RightButtonReleaseEvent};
    default:
        return {};
    }
}

void setEventInformation(vtkRenderWindowInteractor* interactor, const QPointF& position,
                         Qt::KeyboardModifiers modifiers, double dpr, int repeat = 0) {
    interactor->SetEventInformationFlipY(int(std::lround(position.x() * dpr)),
                                         int(std::lround(position.y() * dpr)),
                                         modifiers.testFlag(Qt::ControlModifier) ? 1 : 0,
                                         modifiers.testFlag(Qt::ShiftModifier) ? 1 : 0, 0, repeat);
    interactor->SetAltKey(modifiers.testFlag(Qt::AltModifier) ? 1 : 0);
}

} // namespace

bool VtkInteractorAdapter::mouse(const QMouseEvent& event, double device_pixel_ratio) {
    unsigned long id = vtkCommand::NoEvent;
    int repeat = 0;
    switch (event.type()) {
    case QEvent::MouseButtonDblClick:
        // Qt sends a double click instead of the second press; VTK wants the press.
        repeat = 1;
        [[fallthrough]];
    case QEvent::MouseButtonPress:
        id = eventsOf(event.button()).press;
        break;
    case QEvent::MouseButtonRelease:
        id = eventsOf(event.button()).release;
        break;
    case QEvent::MouseMove:
        id = vtkCommand::MouseMoveEvent;
        break;
    default:
        break;
    }
    if (id == vtkCommand::NoEvent)
        return false;
    setEventInformation(interactor_, event.position(), event.modifiers(), device_pixel_ratio,
                        repeat);
    interactor_->InvokeEvent(id);
    return true;
}

void VtkInteractorAdapter::wheel(const QWheelEvent& event, double device_pixel_ratio) {
    setEventInformation(interactor_, event.position(), event.modifiers(), device_pixel_ratio);
    wheel_remainder_ += event.angleDelta().y();
    while (wheel_remainder_ >= kNotch) {
        interactor_->InvokeEvent(vtkCommand::MouseWheelForwardEvent);
        wheel_remainder_ -= kNotch;
    }
    while (wheel_remainder_ <= -kNotch) {
        interactor_->InvokeEvent(vtkCommand::MouseWheelBackwardEvent);
        wheel_remainder_ += kNotch;
    }
}

} // namespace gridcarbon::gui
