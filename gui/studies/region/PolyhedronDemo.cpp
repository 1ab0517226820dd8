#include "gui/studies/region/PolyhedronDemo.h"

#include "gui/studies/region/RegionStyle.h"
#include "gui/vtk/VtkShapes.h"
#include "gui/vtk/VtkView.h"

#include <QCoreApplication>

#include <vtkCleanPolyData.h>
#include <vtkHull.h>
#include <vtkNew.h>
#include <vtkPolyData.h>
#include <vtkRenderer.h>

#include <array>
#include <vector>

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

std::vector<vtk_shapes::Corner> cornersOf(vtkPolyData* surface) {
    std::vector<vtk_shapes::Corner> corners(std::size_t(surface->GetNumberOfPoints()));
    for (vtkIdType i = 0; i < surface->GetNumberOfPoints(); ++i)
        surface->GetPoint(i, corners[std::size_t(i)].data());
    return corners;
}

} // namespace

PolyhedronDemoShape showPolyhedronDemo(VtkView& view) {
    const vtkSmartPointer<vtkPolyData> surface = regionSurface();
    vtkRenderer* renderer = view.renderer();
    namespace style = region_style;
    renderer->AddActor(vtk_shapes::facesActor(surface, style::kFace, style::kFaceOpacity));
    renderer->AddActor(vtk_shapes::linesActor(vtk_shapes::edgesOf(surface), style::kEdge, 2.5));
    renderer->AddActor(vtk_shapes::ballsActor(cornersOf(surface), style::kEdge, 7));
    view.setCaption(tr("Operating region (demo)"),
                    tr("Output limits, carbon cap, minimum supply and ramp couplings of three "
                       "units"));
    view.setAxisTitles(QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"),
                       QStringLiteral("MW"));
    view.resetCamera();
    return {int(surface->GetNumberOfPoints()), int(surface->GetNumberOfPolys())};
}

} // namespace gridcarbon::gui
