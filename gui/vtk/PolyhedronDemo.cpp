#include "gui/vtk/PolyhedronDemo.h"

#include "gui/vtk/VtkView.h"

#include <QCoreApplication>

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkCleanPolyData.h>
#include <vtkFeatureEdges.h>
#include <vtkHull.h>
#include <vtkNew.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include <array>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui", text);
}

// a . (P1, P2, P3) <= b, in MW.
struct HalfSpace {
    std::array<double, 3> a;
    double b;
};

// Outputs within 0..4, 0..3 and 0..2.5 MW; tonnes per hour of the three units against a cap;
// together at least 1.2 MW; unit 2 at most 1.8 MW above unit 1, unit 3 at most 1.5 above unit 2.
constexpr std::array<HalfSpace, 10> kRegion{{
    {{-1, 0, 0}, 0.0},
    {{1, 0, 0}, 4.0},
    {{0, -1, 0}, 0.0},
    {{0, 1, 0}, 3.0},
    {{0, 0, -1}, 0.0},
    {{0, 0, 1}, 2.5},
    {{0.8, 0.55, 0.7}, 4.6},
    {{-1, -1, -1}, -1.2},
    {{-1, 1, 0}, 1.8},
    {{0, -1, 1}, 1.5},
}};

constexpr double kFace[3] = {0.11, 0.56, 0.62};
constexpr double kEdge[3] = {0.04, 0.27, 0.32};

vtkSmartPointer<vtkPolyData> regionSurface() {
    vtkNew<vtkHull> hull;
    for (const HalfSpace& h : kRegion)
        hull->AddPlane(h.a[0], h.a[1], h.a[2], -h.b); // vtkHull: a.x + d = 0, a points out
    vtkNew<vtkPolyData> faces;
    double box[6] = {-10, 10, -10, 10, -10, 10};
    hull->GenerateHull(faces, box);
    // Each face comes with its own copies of its corners; shared corners make shared edges.
    vtkNew<vtkCleanPolyData> clean;
    clean->SetInputData(faces);
    clean->SetTolerance(1e-9);
    clean->Update();
    return clean->GetOutput();
}

// Draws `data` in `colour`; the caller styles the rest.
vtkNew<vtkActor> actorOf(vtkPolyData* data, const double colour[3]) {
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputData(data);
    vtkNew<vtkActor> actor;
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(colour[0], colour[1], colour[2]);
    return actor;
}

vtkNew<vtkActor> facesActor(vtkPolyData* surface) {
    vtkNew<vtkActor> actor = actorOf(surface, kFace);
    vtkProperty* p = actor->GetProperty();
    p->SetOpacity(0.42);
    p->SetInterpolationToFlat();
    p->SetAmbient(0.25);
    p->SetDiffuse(0.75);
    p->SetSpecular(0.25);
    p->SetSpecularPower(30);
    return actor;
}

vtkNew<vtkActor> edgesActor(vtkPolyData* surface) {
    vtkNew<vtkFeatureEdges> edges;
    edges->SetInputData(surface);
    // Every edge of a convex polyhedron joins two faces at an angle.
    edges->FeatureEdgesOn();
    edges->SetFeatureAngle(1.0);
    edges->BoundaryEdgesOn();
    edges->NonManifoldEdgesOff();
    edges->ManifoldEdgesOff();
    edges->ColoringOff();
    edges->Update();
    vtkNew<vtkActor> actor = actorOf(edges->GetOutput(), kEdge);
    actor->GetProperty()->SetLineWidth(2.5);
    actor->GetProperty()->RenderLinesAsTubesOn();
    return actor;
}

vtkNew<vtkActor> verticesActor(vtkPolyData* surface) {
    vtkNew<vtkPolyData> corners;
    corners->SetPoints(surface->GetPoints());
    vtkNew<vtkCellArray> cells;
    for (vtkIdType i = 0; i < surface->GetNumberOfPoints(); ++i)
        cells->InsertNextCell(1, &i);
    corners->SetVerts(cells);
    vtkNew<vtkActor> actor = actorOf(corners, kEdge);
    actor->GetProperty()->SetPointSize(7);
    actor->GetProperty()->RenderPointsAsSpheresOn();
    return actor;
}

} // namespace

PolyhedronDemoShape showPolyhedronDemo(VtkView& view) {
    const vtkSmartPointer<vtkPolyData> surface = regionSurface();
    vtkRenderer* renderer = view.renderer();
    renderer->AddActor(facesActor(surface));
    renderer->AddActor(edgesActor(surface));
    renderer->AddActor(verticesActor(surface));
    view.setCaption(tr("Operating region (demo)"),
                    tr("Output limits, carbon cap, minimum supply and ramp couplings of three "
                       "units"));
    view.setAxisTitles(QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"),
                       QStringLiteral("MW"));
    view.resetCamera();
    return {int(surface->GetNumberOfPoints()), int(surface->GetNumberOfPolys())};
}

} // namespace gridcarbon::gui
