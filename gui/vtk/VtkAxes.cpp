#include "gui/vtk/VtkAxes.h"

#include <vtkAxesActor.h>
#include <vtkCamera.h>
#include <vtkCaptionActor2D.h>
#include <vtkCubeAxesActor.h>
#include <vtkMath.h>
#include <vtkOrientationMarkerWidget.h>
#include <vtkProperty.h>
#include <vtkRenderWindowInteractor.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>

#include <algorithm>

namespace gridcarbon::gui {

namespace {

constexpr double kText[3] = {0.18, 0.20, 0.24};
constexpr double kAxisLine[3] = {0.35, 0.38, 0.42};
constexpr double kGrid[3] = {0.78, 0.80, 0.84};
// The box stands a little off the object so tick labels do not sit on its corners.
constexpr double kBoxMargin = 0.06;
// Height of the box's labels and titles, in pixels.
constexpr double kScreenSize = 11.0;

void styleCaption(vtkCaptionActor2D* caption) {
    vtkTextProperty* text = caption->GetCaptionTextProperty();
    text->SetColor(kText[0], kText[1], kText[2]);
    text->SetFontFamilyToArial();
    text->BoldOn();
    text->ItalicOff();
    text->ShadowOff();
    text->SetFontSize(14);
    // A fixed size keeps the labels crisp; VTK would otherwise scale them with the corner.
    caption->GetTextActor()->SetTextScaleModeToNone();
}

} // namespace

VtkAxes::VtkAxes(vtkRenderer* scene, vtkRenderWindowInteractor* interactor) {
    triad_->SetShaftTypeToCylinder();
    triad_->SetCylinderRadius(0.03);
    triad_->SetConeRadius(0.35);
    triad_->SetNormalizedTipLength(0.25, 0.25, 0.25);
    for (vtkCaptionActor2D* caption :
         {triad_->GetXAxisCaptionActor2D(), triad_->GetYAxisCaptionActor2D(),
          triad_->GetZAxisCaptionActor2D()})
        styleCaption(caption);
    corner_->SetOrientationMarker(triad_);
    corner_->SetInteractor(interactor);
    corner_->SetDefaultRenderer(scene);
    // The upper right corner: the captions and legends are on the left, and the box's tick
    // labels fill the lower corners.
    corner_->SetViewport(0.82, 0.74, 1.0, 1.0);
    corner_->SetEnabled(1);
    // A fixed decoration: dragging over it turns the scene, not the triad.
    corner_->InteractiveOff();

    box_->SetCamera(scene->GetActiveCamera());
    // Labels drawn in the scene, along their axes, keep clear of each other; flat screen-space
    // labels pile up on the vertical axis.
    box_->SetUse2DMode(0);
    box_->SetScreenSize(kScreenSize);
    // Labels on the box's silhouette edges, away from the object, turning with the camera.
    box_->SetFlyModeToOuterEdges();
    box_->SetGridLineLocation(vtkCubeAxesActor::VTK_GRID_LINES_FURTHEST);
    box_->SetTickLocationToOutside();
    box_->XAxisMinorTickVisibilityOff();
    box_->YAxisMinorTickVisibilityOff();
    box_->ZAxisMinorTickVisibilityOff();
    box_->DrawXGridlinesOn();
    box_->DrawYGridlinesOn();
    box_->DrawZGridlinesOn();
    box_->SetXLabelFormat("%.1f");
    box_->SetYLabelFormat("%.1f");
    box_->SetZLabelFormat("%.1f");
    // Text in the scene is vector text: its size comes from SetScreenSize, only colour counts.
    for (int axis = 0; axis < 3; ++axis) {
        box_->GetTitleTextProperty(axis)->SetColor(kText[0], kText[1], kText[2]);
        box_->GetLabelTextProperty(axis)->SetColor(kText[0], kText[1], kText[2]);
    }
    for (vtkProperty* line : {box_->GetXAxesLinesProperty(), box_->GetYAxesLinesProperty(),
                              box_->GetZAxesLinesProperty()}) {
        line->SetColor(kAxisLine[0], kAxisLine[1], kAxisLine[2]);
        line->SetLineWidth(1.5);
    }
    for (vtkProperty* grid : {box_->GetXAxesGridlinesProperty(), box_->GetYAxesGridlinesProperty(),
                              box_->GetZAxesGridlinesProperty()})
        grid->SetColor(kGrid[0], kGrid[1], kGrid[2]);
    // The axes follow the scene's bounds; they must not widen them, or every reset would grow.
    box_->UseBoundsOff();
    box_->PickableOff();
    scene->AddViewProp(box_);
    applyVisibility();
}

VtkAxes::~VtkAxes() {
    corner_->SetEnabled(0);
}

void VtkAxes::setTitles(const std::string& x, const std::string& y, const std::string& z,
                        const std::string& unit) {
    triad_->SetXAxisLabelText(x.c_str());
    triad_->SetYAxisLabelText(y.c_str());
    triad_->SetZAxisLabelText(z.c_str());
    box_->SetXTitle(x.c_str());
    box_->SetYTitle(y.c_str());
    box_->SetZTitle(z.c_str());
    const char* units = unit.empty() ? nullptr : unit.c_str();
    box_->SetXUnits(x.empty() ? nullptr : units);
    box_->SetYUnits(y.empty() ? nullptr : units);
    box_->SetZUnits(z.empty() ? nullptr : units);
}

void VtkAxes::setVisible(bool visible) {
    visible_ = visible;
    applyVisibility();
}

void VtkAxes::setPlanar(bool planar) {
    planar_ = planar;
    box_->SetZAxisVisibility(!planar);
    box_->SetZAxisLabelVisibility(!planar);
    box_->SetZAxisTickVisibility(!planar);
    box_->SetDrawZGridlines(!planar);
    box_->SetUse2DMode(planar ? 1 : 0);
    // One x axis along the bottom and one y axis along the left, as in a plot; plain numbers
    // (a flat z range would otherwise get an exponent on its labels).
    if (planar)
        box_->SetFlyModeToStaticTriad();
    else
        box_->SetFlyModeToOuterEdges();
    box_->SetLabelScaling(!planar, 0, 0, 0);
    applyVisibility();
}

void VtkAxes::frame(const double bounds[6]) {
    double b[6];
    std::copy(bounds, bounds + 6, b);
    framed_ = vtkMath::AreBoundsInitialized(b);
    if (framed_) {
        for (int axis = 0; axis < (planar_ ? 2 : 3); ++axis) {
            const double margin = (b[2 * axis + 1] - b[2 * axis]) * kBoxMargin;
            b[2 * axis] -= margin;
            b[2 * axis + 1] += margin;
        }
        box_->SetBounds(b);
    }
    applyVisibility();
}

void VtkAxes::setScale(double scale) {
    box_->SetScreenSize(kScreenSize * scale);
}

void VtkAxes::applyVisibility() {
    triad_->SetVisibility(visible_ && !planar_);
    box_->SetVisibility(visible_ && framed_);
}

} // namespace gridcarbon::gui
