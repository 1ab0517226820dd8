#pragma once
// The legend of a VtkView: lines under the caption in the upper-left corner, each a colour
// swatch and its text, drawn by VTK so that an exported picture keeps it. Private to
// VtkView.cpp.
#include <vtkSmartPointer.h>

#include <array>
#include <string>
#include <vector>

class vtkActor2D;
class vtkRenderer;
class vtkTextActor;

namespace gridcarbon::gui {

class VtkLegend {
public:
    struct Entry {
        std::string text;
        std::array<double, 3> colour; // RGB in 0..1
    };

    explicit VtkLegend(vtkRenderer* scene);
    ~VtkLegend();
    VtkLegend(const VtkLegend&) = delete;
    VtkLegend& operator=(const VtkLegend&) = delete;

    // Replaces the lines; none hides the legend.
    void set(const std::vector<Entry>& entries);
    // Margins, rows and swatches times `scale`, for a picture larger than the view (the
    // window's DPI scales the text itself).
    void setScale(double scale);

private:
    void build();

    vtkRenderer* scene_;
    std::vector<Entry> entries_;
    double scale_ = 1.0;
    std::vector<vtkSmartPointer<vtkTextActor>> texts_;
    std::vector<vtkSmartPointer<vtkActor2D>> swatches_;
};

} // namespace gridcarbon::gui
