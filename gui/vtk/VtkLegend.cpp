#include "gui/vtk/VtkLegend.h"

#include "gui/vtk/VtkFonts.h"

#include <vtkActor2D.h>
#include <vtkCellArray.h>
#include <vtkCoordinate.h>
#include <vtkNew.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper2D.h>
#include <vtkProperty2D.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>

namespace gridcarbon::gui {

namespace {

constexpr double kText[3] = {0.18, 0.20, 0.24};
// Below the caption's two lines (gui/vtk/VtkCaption.cpp), in pixels from the top-left corner.
constexpr int kLeftPx = 14;
constexpr int kFirstTopPx = 62;
constexpr int kLinePx = 21;
constexpr int kSwatchWidth = 22;
constexpr int kSwatchHeight = 11;
constexpr int kTextGap = 8;

// `x`, `y` in pixels from the upper-left corner of the viewport.
void placeFromTopLeft(vtkCoordinate* position, double x, double y) {
    vtkNew<vtkCoordinate> corner;
    corner->SetCoordinateSystemToNormalizedViewport();
    corner->SetValue(0.0, 1.0);
    position->SetCoordinateSystemToViewport();
    position->SetReferenceCoordinate(corner);
    position->SetValue(x, y);
}

vtkSmartPointer<vtkActor2D> swatch(const std::array<double, 3>& colour, int top_px, double k) {
    vtkNew<vtkPoints> points;
    points->InsertNextPoint(0, 0, 0);
    points->InsertNextPoint(kSwatchWidth * k, 0, 0);
    points->InsertNextPoint(kSwatchWidth * k, kSwatchHeight * k, 0);
    points->InsertNextPoint(0, kSwatchHeight * k, 0);
    vtkNew<vtkCellArray> cells;
    const vtkIdType corners[4] = {0, 1, 2, 3};
    cells->InsertNextCell(4, corners);
    vtkNew<vtkPolyData> square;
    square->SetPoints(points);
    square->SetPolys(cells);
    vtkNew<vtkPolyDataMapper2D> mapper;
    mapper->SetInputData(square);
    auto actor = vtkSmartPointer<vtkActor2D>::New();
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(colour[0], colour[1], colour[2]);
    // The text's top is at top_px; the swatch sits on its middle.
    placeFromTopLeft(actor->GetPositionCoordinate(), kLeftPx * k,
                     -(top_px + kSwatchHeight + 3) * k);
    actor->PickableOff();
    return actor;
}

vtkSmartPointer<vtkTextActor> line(const std::string& text, int top_px, double k) {
    auto actor = vtkSmartPointer<vtkTextActor>::New();
    vtkTextProperty* p = actor->GetTextProperty();
    useFontFor(p, text);
    p->SetFontSize(13);
    p->SetColor(kText[0], kText[1], kText[2]);
    p->SetVerticalJustificationToTop();
    placeFromTopLeft(actor->GetPositionCoordinate(), (kLeftPx + kSwatchWidth + kTextGap) * k,
                     -top_px * k);
    actor->SetInput(text.c_str());
    actor->PickableOff();
    return actor;
}

} // namespace

VtkLegend::VtkLegend(vtkRenderer* scene) : scene_(scene) {}

VtkLegend::~VtkLegend() = default;

void VtkLegend::set(const std::vector<Entry>& entries) {
    entries_ = entries;
    build();
}

void VtkLegend::setScale(double scale) {
    scale_ = scale;
    build();
}

void VtkLegend::build() {
    for (const auto& actor : texts_)
        scene_->RemoveViewProp(actor);
    for (const auto& actor : swatches_)
        scene_->RemoveViewProp(actor);
    texts_.clear();
    swatches_.clear();
    int top = kFirstTopPx;
    for (const Entry& e : entries_) {
        swatches_.push_back(swatch(e.colour, top, scale_));
        texts_.push_back(line(e.text, top, scale_));
        scene_->AddViewProp(swatches_.back());
        scene_->AddViewProp(texts_.back());
        top += kLinePx;
    }
}

} // namespace gridcarbon::gui
