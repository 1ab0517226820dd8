#include "gui/studies/region/RegionScene.h"

#include "geometry/HullMeasures.h"
#include "gui/studies/region/RegionFigure.h"
#include "gui/studies/region/RegionStyle.h"
#include "gui/vtk/VtkShapes.h"
#include "gui/vtk/VtkView.h"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkNew.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

#include <array>
#include <cmath>
#include <vector>

namespace gridcarbon::gui {

namespace {

namespace style = region_style;
using namespace vtk_shapes;
using gridcarbon::geometry::Hull;
using gridcarbon::geometry::PointN;

// Room the cut plane takes beyond the region on each side, a fraction of the region's extent.
constexpr double kPlaneMargin = 0.08;

vtkSmartPointer<vtkPolyData> surfaceOf(const Hull& hull) {
    vtkNew<vtkPoints> points;
    for (const PointN& p : hull.vertices)
        points->InsertNextPoint(p[0], p[1], p[2]);
    vtkNew<vtkCellArray> triangles;
    for (const std::vector<int>& f : hull.facets) {
        std::vector<vtkIdType> ids(f.begin(), f.end());
        triangles->InsertNextCell(vtkIdType(ids.size()), ids.data());
    }
    auto surface = vtkSmartPointer<vtkPolyData>::New();
    surface->SetPoints(points);
    surface->SetPolys(triangles);
    return surface;
}

// A point of the plane x[axis] = value from its two remaining coordinates (in increasing
// axis order, as geometry::section gives them).
Corner lift(int axis, double value, double a, double b) {
    Corner p{};
    const int u = axis == 0 ? 1 : 0;
    const int v = axis == 2 ? 1 : 2;
    p[axis] = value;
    p[u] = a;
    p[v] = b;
    return p;
}

} // namespace

struct RegionScene::Actors {
    std::vector<vtkSmartPointer<vtkActor>> region; // faces, edges, base point, reference
    vtkSmartPointer<vtkActor> outer;
    std::vector<vtkSmartPointer<vtkActor>> cut; // plane and section
    Hull hull;
    bool outer_visible = false;
};

RegionScene::RegionScene(VtkView& view) : view_(view), actors_(std::make_unique<Actors>()) {}

RegionScene::~RegionScene() {
    clear();
}

void RegionScene::clear() {
    vtkRenderer* renderer = view_.renderer();
    for (const auto& actor : actors_->region)
        renderer->RemoveActor(actor);
    for (const auto& actor : actors_->cut)
        renderer->RemoveActor(actor);
    if (actors_->outer)
        renderer->RemoveActor(actors_->outer);
    const bool outer_visible = actors_->outer_visible;
    *actors_ = Actors{};
    actors_->outer_visible = outer_visible;
    view_.refresh();
}

void RegionScene::show(const gridcarbon::region::RegionResult& region,
                       const gridcarbon::region::RegionResult* reference) {
    clear();
    if (region.hull.dimension != 3)
        return;
    Actors& a = *actors_;
    a.hull = region.hull;
    const vtkSmartPointer<vtkPolyData> surface = surfaceOf(region.hull);
    a.region.push_back(facesActor(surface, style::kFace, style::kFaceOpacity));
    a.region.push_back(linesActor(edgesOf(surface), style::kEdge, 2.5));
    if (reference && sameRegionAxes(region, *reference))
        a.region.push_back(linesActor(edgesOf(surfaceOf(reference->hull)), style::kReference, 2.5));
    if (region.base_point.size() == 3)
        a.region.push_back(
            ballsActor({{region.base_point[0], region.base_point[1], region.base_point[2]}},
                       region.indices.margin_mw >= 0.0 ? style::kInside : style::kOutside, 16));
    if (region.outer && region.outer->dimension == 3) {
        a.outer = linesActor(edgesOf(surfaceOf(*region.outer)), style::kOuter, 1.5);
        a.outer->SetVisibility(a.outer_visible);
        view_.renderer()->AddActor(a.outer);
    }
    for (const auto& actor : a.region)
        view_.renderer()->AddActor(actor);
    view_.refresh();
}

void RegionScene::setOuterVisible(bool visible) {
    actors_->outer_visible = visible;
    if (actors_->outer)
        actors_->outer->SetVisibility(visible);
    view_.refresh();
}

void RegionScene::setCut(int axis, double value) {
    Actors& a = *actors_;
    for (const auto& actor : a.cut)
        view_.renderer()->RemoveActor(actor);
    a.cut.clear();
    if (axis < 0 || axis > 2 || a.hull.dimension != 3) {
        view_.refresh();
        return;
    }
    const int u = axis == 0 ? 1 : 0;
    const int v = axis == 2 ? 1 : 2;
    const auto eu = hullExtent(a.hull, u);
    const auto ev = hullExtent(a.hull, v);
    const double mu = (eu[1] - eu[0]) * kPlaneMargin, mv = (ev[1] - ev[0]) * kPlaneMargin;
    auto plane = actorOf(shapeOf({lift(axis, value, eu[0] - mu, ev[0] - mv),
                                  lift(axis, value, eu[1] + mu, ev[0] - mv),
                                  lift(axis, value, eu[1] + mu, ev[1] + mv),
                                  lift(axis, value, eu[0] - mu, ev[1] + mv)},
                                 Cells::Polygon),
                         style::kCutPlane);
    plane->GetProperty()->SetOpacity(0.28);
    plane->GetProperty()->SetAmbient(0.6);
    plane->GetProperty()->SetDiffuse(0.4);
    a.cut.push_back(plane);
    const auto polygon = gridcarbon::geometry::section(a.hull, axis, value);
    if (polygon.size() >= 3) {
        std::vector<Corner> corners;
        for (const PointN& p : polygon)
            corners.push_back(lift(axis, value, p[0], p[1]));
        a.cut.push_back(linesActor(shapeOf(corners, Cells::Loop), style::kCutLine, 3.5));
    }
    for (const auto& actor : a.cut)
        view_.renderer()->AddActor(actor);
    view_.refresh();
}

} // namespace gridcarbon::gui
