#include "gui/vtk/VtkShapes.h"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkFeatureEdges.h>
#include <vtkNew.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>

namespace gridcarbon::gui::vtk_shapes {

vtkSmartPointer<vtkPolyData> shapeOf(const std::vector<Corner>& corners, Cells cells) {
    vtkNew<vtkPoints> points;
    for (const Corner& c : corners)
        points->InsertNextPoint(c.data());
    vtkNew<vtkCellArray> array;
    std::vector<vtkIdType> ids;
    for (vtkIdType i = 0; i < vtkIdType(corners.size()); ++i) {
        if (cells == Cells::Vertices)
            array->InsertNextCell(1, &i);
        ids.push_back(i);
    }
    auto data = vtkSmartPointer<vtkPolyData>::New();
    data->SetPoints(points);
    switch (cells) {
    case Cells::Vertices:
        data->SetVerts(array);
        break;
    case Cells::Loop:
        ids.push_back(0);
        array->InsertNextCell(vtkIdType(ids.size()), ids.data());
        data->SetLines(array);
        break;
    case Cells::Polygon:
        array->InsertNextCell(vtkIdType(ids.size()), ids.data());
        data->SetPolys(array);
        break;
    }
    return data;
}

vtkSmartPointer<vtkPolyData> edgesOf(vtkPolyData* surface) {
    vtkNew<vtkFeatureEdges> edges;
    edges->SetInputData(surface);
    edges->FeatureEdgesOn();
    edges->SetFeatureAngle(1.0);
    edges->BoundaryEdgesOn();
    edges->NonManifoldEdgesOff();
    edges->ManifoldEdgesOff();
    edges->ColoringOff();
    edges->Update();
    return edges->GetOutput();
}

vtkSmartPointer<vtkActor> actorOf(vtkPolyData* data, const Rgb& colour) {
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputData(data);
    mapper->ScalarVisibilityOff();
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(colour.r, colour.g, colour.b);
    return actor;
}

vtkSmartPointer<vtkActor> facesActor(vtkPolyData* surface, const Rgb& colour, double opacity) {
    auto actor = actorOf(surface, colour);
    vtkProperty* p = actor->GetProperty();
    p->SetOpacity(opacity);
    p->SetInterpolationToFlat();
    p->SetAmbient(0.25);
    p->SetDiffuse(0.75);
    p->SetSpecular(0.25);
    p->SetSpecularPower(30);
    return actor;
}

vtkSmartPointer<vtkActor> linesActor(vtkPolyData* lines, const Rgb& colour, double width) {
    auto actor = actorOf(lines, colour);
    actor->GetProperty()->SetLineWidth(float(width));
    actor->GetProperty()->RenderLinesAsTubesOn();
    actor->GetProperty()->LightingOff();
    return actor;
}

vtkSmartPointer<vtkActor> ballsActor(const std::vector<Corner>& corners, const Rgb& colour,
                                     double pixels) {
    auto actor = actorOf(shapeOf(corners, Cells::Vertices), colour);
    actor->GetProperty()->SetPointSize(float(pixels));
    actor->GetProperty()->RenderPointsAsSpheresOn();
    return actor;
}

} // namespace gridcarbon::gui::vtk_shapes
