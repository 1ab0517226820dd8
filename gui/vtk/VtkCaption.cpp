#include "gui/vtk/VtkCaption.h"

#include "gui/vtk/VtkFonts.h"

#include <vtkCoordinate.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>

namespace gridcarbon::gui {

namespace {

constexpr double kText[3] = {0.18, 0.20, 0.24};
constexpr int kLeftPx = 14;

// Placed in pixels down from the upper-left corner: the same margins at any size of view.
void style(vtkTextActor* actor, int size, bool bold, int top_px) {
    vtkTextProperty* p = actor->GetTextProperty();
    p->SetFontFamilyToArial();
    p->SetFontSize(size);
    p->SetBold(bold);
    p->SetColor(kText[0], kText[1], kText[2]);
    p->SetVerticalJustificationToTop();
    vtkNew<vtkCoordinate> corner;
    corner->SetCoordinateSystemToNormalizedViewport();
    corner->SetValue(0.0, 1.0);
    vtkCoordinate* position = actor->GetPositionCoordinate();
    position->SetCoordinateSystemToViewport();
    position->SetReferenceCoordinate(corner);
    position->SetValue(kLeftPx, -top_px);
    actor->PickableOff();
    actor->VisibilityOff();
}

void setLine(vtkTextActor* actor, const std::string& text) {
    useFontFor(actor->GetTextProperty(), text);
    actor->SetInput(text.c_str());
    actor->SetVisibility(!text.empty());
}

} // namespace

VtkCaption::VtkCaption(vtkRenderer* scene) {
    style(title_, 16, true, 12);
    style(detail_, 13, false, 36);
    scene->AddViewProp(title_);
    scene->AddViewProp(detail_);
}

VtkCaption::~VtkCaption() = default;

void VtkCaption::set(const std::string& title, const std::string& detail) {
    setLine(title_, title);
    setLine(detail_, detail);
}

} // namespace gridcarbon::gui
