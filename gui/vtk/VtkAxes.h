#pragma once
// The axes of a VtkView: a small orientation triad in the lower-left corner, and ticked,
// titled axes with grid lines on the far walls of the scene's bounding box, as in a 3-D plot.
// Private to VtkView.cpp; the rest of the GUI sees only VtkView.
#include <vtkNew.h>

#include <optional>
#include <string>
#include <vector>

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
    // while the bounds are empty. In 3-D the box's ends move to VTK's ticks: `bounds` becomes
    // the box's while the axes are shown, so that the camera fits them.
    void frame(double bounds[6]);
    // Before each render of a 3-D scene: labels on every tick, or every second, fifth, tenth…
    // one, so that labels stand far enough apart on screen along each axis as the camera now
    // sees it (and no more than six of them), where VTK would label up to fifteen ticks
    // whatever the axis's length on screen.
    void fitLabels(vtkRenderer* scene);
    // Text in the scene times `scale`, for a picture larger than the view.
    void setScale(double scale);
    // The labels along the box's axis `axis` (0..2), one per tick ("" where a tick has none);
    // empty where VTK labels the ticks itself (a plot, a flat extent).
    std::vector<std::string> labels(int axis) const;

private:
    // An axis of the box whose ends are on VTK's ticks.
    struct Ticks {
        double first = 0.0; // value at the box's lower end, a multiple of step
        double step = 0.0;  // VTK's tick step
        int intervals = 0;
        int label_every = 0; // a label on the ticks at multiples of this many steps; 0: none yet
    };
    void applyVisibility();

    std::optional<Ticks> ticks_[3];
    double box_bounds_[6] = {};
    double scale_ = 1.0;
    vtkNew<vtkAxesActor> triad_;
    vtkNew<vtkOrientationMarkerWidget> corner_;
    vtkNew<vtkCubeAxesActor> box_;
    bool visible_ = true;
    bool framed_ = false;
    bool planar_ = false;
};

} // namespace gridcarbon::gui
