#pragma once
// The axes of a VtkView: a small orientation triad in the lower-left corner, and ticked,
// titled axes with grid lines on the far walls of the scene's bounding box, as in a 3-D plot.
// Private to VtkView.cpp; the rest of the GUI sees only VtkView.
#include <vtkNew.h>

#include <string>

class vtkAxesActor;
class vtkCubeAxesActor;
class vtkOrientationMarkerWidget;
class vtkRenderWindowInteractor;
class vtkRenderer;

namespace gridcarbon::gui {

class VtkAxes {
public:
    // Adds the axes to `scene` and the triad to a corner of the interactor's render window.
    VtkAxes(vtkRenderer* scene, vtkRenderWindowInteractor* interactor);
    ~VtkAxes();
    VtkAxes(const VtkAxes&) = delete;
    VtkAxes& operator=(const VtkAxes&) = delete;

    // Names label the triad; the scene's axes show "name (unit)" when there is a unit.
    void setTitles(const std::string& x, const std::string& y, const std::string& z,
                   const std::string& unit);
    void setVisible(bool visible);
    bool isVisible() const { return visible_; }
    // A 2-D plot of the x-y plane: no triad, no z axis, the x and y axes along the lower and
    // left edges with their labels facing the viewer.
    void setPlanar(bool planar);
    // Puts the scene's axes around `bounds` (xmin, xmax, ymin, ymax, zmin, zmax); hides them
    // while the bounds are empty.
    void frame(const double bounds[6]);
    // Text in the scene times `scale`, for a picture larger than the view.
    void setScale(double scale);

private:
    void applyVisibility();

    vtkNew<vtkAxesActor> triad_;
    vtkNew<vtkOrientationMarkerWidget> corner_;
    vtkNew<vtkCubeAxesActor> box_;
    bool visible_ = true;
    bool framed_ = false;
    bool planar_ = false;
};

} // namespace gridcarbon::gui
