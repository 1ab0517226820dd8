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
constexpr int kTitleTopPx = 12;
constexpr int kDetailTopPx = 36;

// Placed in pixels down from the upper-left corner: the same margins at any size of view.
void place(vtkTextActor* actor, int top_px, double scale) {
    actor->GetPositionCoordinate()->SetValue(kLeftPx * scale, -top_px * scale);
}

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
    place(actor, top_px, 1.0);
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
    style(title_, 16, true, kTitleTopPx);
    style(detail_, 13, false, kDetailTopPx);
    scene->AddViewProp(title_);
    scene->AddViewProp(detail_);
}

VtkCaption::~VtkCaption() = default;

void VtkCaption::set(const std::string& title, const std::string& detail) {
    setLine(title_, title);
    setLine(detail_, detail);
}

} // namespace gridcarbon::gui

namespace gridcarbon::gui {

void VtkCaption::setScale(double scale) {
    place(title_, kTitleTopPx, scale);
    place(detail_, kDetailTopPx, scale);
}

} // namespace gridcarbon::gui
