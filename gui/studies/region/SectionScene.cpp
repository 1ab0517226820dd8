#include "gui/studies/region/SectionScene.h"

#include "gui/studies/region/RegionFigure.h"
#include "gui/studies/region/RegionStyle.h"
#include "gui/vtk/VtkShapes.h"
#include "gui/vtk/VtkView.h"

#include <vtkActor.h>
#include <vtkPolyData.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

#include <algorithm>
#include <vector>

namespace gridcarbon::gui {

namespace {

namespace style = region_style;
using namespace vtk_shapes;

// The polygon at height z (layers are stacked towards the viewer, who looks down z).
std::vector<Corner> at(const Polygon2& polygon, double z) {
    std::vector<Corner> corners;
    for (const auto& p : polygon)
        corners.push_back({p[0], p[1], z});
    return corners;
}

} // namespace

struct SectionScene::Actors {
    std::vector<vtkSmartPointer<vtkActor>> all;
    std::array<double, 4> frame{0, 0, 0, 0};
    qsizetype legend_lines = 0;
    bool framed = false;
};

SectionScene::SectionScene(VtkView& view) : view_(view), actors_(std::make_unique<Actors>()) {
    view_.setPlanar(true);
}

SectionScene::~SectionScene() {
    clear();
}

void SectionScene::clear() {
    for (const auto& actor : actors_->all)
        view_.renderer()->RemoveActor(actor);
    actors_->all.clear();
    view_.setCaption({});
    view_.setLegend({});
    view_.refresh();
}

void SectionScene::show(const SectionFigure& f) {
    for (const auto& actor : actors_->all)
        view_.renderer()->RemoveActor(actor);
    std::vector<vtkSmartPointer<vtkActor>>& all = actors_->all;
    all.clear();
    // Layers a thousandth of the frame apart: enough for the depth test, invisible from above.
    const double step = 1e-3 * std::max(f.frame[1] - f.frame[0], f.frame[3] - f.frame[2]);
    // Two invisible corners hold the frame: the view's bounds (and so its camera and axes) stay
    // those of the figure's frame whatever the section covers.
    auto frame = actorOf(
        shapeOf({{f.frame[0], f.frame[2], 0.0}, {f.frame[1], f.frame[3], 0.0}}, Cells::Vertices),
        style::kShadow);
    frame->GetProperty()->SetOpacity(0.0);
    all.push_back(frame);
    if (f.shadow.size() >= 3) {
        auto shadow = actorOf(shapeOf(at(f.shadow, -step), Cells::Polygon), style::kShadow);
        shadow->GetProperty()->LightingOff();
        all.push_back(shadow);
    }
    if (f.polygon.size() >= 3) {
        auto fill = actorOf(shapeOf(at(f.polygon, 0.0), Cells::Polygon), style::kFace);
        fill->GetProperty()->LightingOff();
        fill->GetProperty()->SetOpacity(style::kFaceOpacity + 0.1);
        all.push_back(fill);
        all.push_back(linesActor(shapeOf(at(f.polygon, step), Cells::Loop), style::kEdge, 3.0));
    }
    if (f.reference.size() >= 3)
        all.push_back(
            linesActor(shapeOf(at(f.reference, 2 * step), Cells::Loop), style::kReference, 3.0));
    if (f.point)
        all.push_back(ballsActor({{(*f.point)[0], (*f.point)[1], 3 * step}},
                                 f.point_inside ? style::kInside : style::kOutside, 14));
    for (const auto& actor : all)
        view_.renderer()->AddActor(actor);

    view_.setAxisTitles(f.x_axis, f.y_axis, {}, QStringLiteral("MW"));
    view_.setCaption(f.title, f.detail);
    QList<VtkLegendEntry> legend;
    for (const FigureLegendLine& line : f.legend)
        legend.append({line.text, line.colour.qcolor()});
    view_.setLegend(legend);
    // The legend's lines take room from the plot.
    if (!actors_->framed || actors_->frame != f.frame || actors_->legend_lines != legend.size()) {
        actors_->frame = f.frame;
        actors_->legend_lines = legend.size();
        actors_->framed = true;
        view_.resetCamera();
    } else {
        view_.refresh();
    }
}

} // namespace gridcarbon::gui
