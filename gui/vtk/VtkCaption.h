#pragma once
// The caption of a VtkView: a bold title and a line of detail in the upper-left corner, drawn
// by VTK so that an exported picture explains itself. Private to VtkView.cpp.
#include <vtkNew.h>

#include <string>

class vtkRenderer;
class vtkTextActor;

namespace gridcarbon::gui {

class VtkCaption {
public:
    explicit VtkCaption(vtkRenderer* scene);
    ~VtkCaption();
    VtkCaption(const VtkCaption&) = delete;
    VtkCaption& operator=(const VtkCaption&) = delete;

    // Empty strings hide their line.
    void set(const std::string& title, const std::string& detail);
    // Margins times `scale`, for a picture larger than the view (the window's DPI scales the
    // text itself).
    void setScale(double scale);

private:
    vtkNew<vtkTextActor> title_;
    vtkNew<vtkTextActor> detail_;
};

} // namespace gridcarbon::gui
