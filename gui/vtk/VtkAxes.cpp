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
#include <vtkSmartPointer.h>
#include <vtkStringArray.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

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

// VTK's own ticks put up to fifteen labels on an axis, which run together wherever the axis
// is short on screen. The ticks and grid stay VTK's; the box's ends are moved to ticks, and the
// labels are given as text on some of them (fitLabels). VTK places given labels one per tick
// when there are as many labels as ticks.
constexpr int kMostLabels = 6;
// The least distance between the starts of two labels along an axis on screen, in pixels.
constexpr double kLabelSpacingPx = 32.0;
// What may stick out past the box's end, in steps: a cut plane drawn a little beyond the region
// does not cost the box a whole step.
constexpr double kOvershoot = 0.25;

// VTK 9.1's tick step over a range (vtkCubeAxesActor::AdjustTicksComputeRange): a power of ten,
// halved or fifthed when it fits fewer than five times.
double vtkTickStep(double range) {
    double p = std::log10(range);
    if (p != 0.0)
        p = std::copysign(std::abs(p) + 1e-9, p);
    if (p < 0.0)
        p -= 1.0;
    const double decade = std::pow(10.0, std::trunc(p));
    const double n = std::trunc(range / decade) + 1.0;
    return decade / (n <= 2.0 ? 5.0 : n < 5.0 ? 2.0 : 1.0);
}

// The label text of each tick from `first` on, "" on the ticks between labels.
vtkSmartPointer<vtkStringArray> tickLabels(double first, double step, int intervals, int every) {
    const int decimals = std::max(0, -int(std::floor(std::log10(step * every) + 1e-9)));
    auto labels = vtkSmartPointer<vtkStringArray>::New();
    for (int k = 0; k <= intervals; ++k) {
        const long index = std::lround(first / step) + k;
        std::string label;
        if (index % every == 0) {
            std::array<char, 32> text{};
            std::snprintf(text.data(), text.size(), "%.*f", decimals, double(index) * step);
            label = text.data();
            if (label.front() == '-' && label.find_first_not_of("-0.") == std::string::npos)
                label.erase(0, 1); // never "-0.0"
        }
        labels->InsertNextValue(label);
    }
    return labels;
}

double displayDistance(vtkRenderer* scene, const double a[3], const double b[3]) {
    double ends[2][3];
    for (int e = 0; e < 2; ++e) {
        const double* p = e == 0 ? a : b;
        scene->SetWorldPoint(p[0], p[1], p[2], 1.0);
        scene->WorldToDisplay();
        scene->GetDisplayPoint(ends[e]);
    }
    return std::hypot(ends[1][0] - ends[0][0], ends[1][1] - ends[0][1]);
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

void VtkAxes::frame(double bounds[6]) {
    double b[6];
    std::copy(bounds, bounds + 6, b);
    framed_ = vtkMath::AreBoundsInitialized(b);
    if (framed_) {
        for (int axis = 0; axis < 3; ++axis) {
            const double margin = (b[2 * axis + 1] - b[2 * axis]) * kBoxMargin;
            ticks_[axis].reset();
            if (!planar_ && margin > 0.0) {
                // The ends on ticks: VTK's step over the new range must be the one they are on.
                Ticks t;
                t.step = vtkTickStep(b[2 * axis + 1] - b[2 * axis]);
                for (int tries = 0; tries < 4 && !ticks_[axis]; ++tries) {
                    t.first = std::floor(b[2 * axis] / t.step + kOvershoot) * t.step;
                    const double last = std::ceil(b[2 * axis + 1] / t.step - kOvershoot) * t.step;
                    t.intervals = int(std::lround((last - t.first) / t.step));
                    const double step = vtkTickStep(t.intervals * t.step);
                    if (t.intervals >= 1 && std::abs(step - t.step) <= 1e-12 * t.step)
                        ticks_[axis] = t;
                    t.step = step;
                }
            }
            box_->SetAxisLabels(axis, nullptr); // fitLabels gives them for the camera
            if (ticks_[axis]) {
                b[2 * axis] = ticks_[axis]->first;
                b[2 * axis + 1] =
                    ticks_[axis]->first + ticks_[axis]->intervals * ticks_[axis]->step;
            } else if (!(planar_ && axis == 2)) { // a plot keeps VTK's labels
                b[2 * axis] -= margin;
                b[2 * axis + 1] += margin;
            }
        }
        box_->SetBounds(b);
        std::copy(b, b + 6, box_bounds_);
        if (!planar_ && visible_) // hidden axes take no room
            std::copy(b, b + 6, bounds);
    }
    applyVisibility();
}

void VtkAxes::setScale(double scale) {
    scale_ = scale;
    box_->SetScreenSize(kScreenSize * scale);
}

void VtkAxes::fitLabels(vtkRenderer* scene) {
    if (!framed_ || planar_)
        return;
    const double* b = box_bounds_;
    const double centre[3] = {(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2};
    for (int axis = 0; axis < 3; ++axis) {
        if (!ticks_[axis])
            continue;
        Ticks& t = *ticks_[axis];
        double from[3] = {centre[0], centre[1], centre[2]};
        double to[3] = {centre[0], centre[1], centre[2]};
        from[axis] = b[2 * axis];
        to[axis] = b[2 * axis + 1];
        const double step_px = displayDistance(scene, from, to) / t.intervals;
        int every = 1;
        for (const int candidate : {1, 2, 5, 10, 20, 50, 100}) {
            every = candidate;
            if (candidate * step_px >= kLabelSpacingPx * scale_ &&
                t.intervals / candidate + 1 <= kMostLabels)
                break;
        }
        if (every != t.label_every) {
            t.label_every = every;
            box_->SetAxisLabels(axis, tickLabels(t.first, t.step, t.intervals, every));
        }
    }
}

std::vector<std::string> VtkAxes::labels(int axis) const {
    std::vector<std::string> out;
    if (vtkStringArray* given = box_->GetAxisLabels(axis))
        for (vtkIdType i = 0; i < given->GetNumberOfValues(); ++i)
            out.push_back(given->GetValue(i));
    return out;
}

void VtkAxes::applyVisibility() {
    triad_->SetVisibility(visible_ && !planar_);
    box_->SetVisibility(visible_ && framed_);
}

} // namespace gridcarbon::gui
