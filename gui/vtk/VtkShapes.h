#pragma once
// Small VTK building blocks shared by the VTK scenes (the operating region, its sections and
// the demo polyhedron in gui/studies/region): poly data from corner points, the edges of a
// polyhedron, and actors in one colour as translucent faces, lines or balls. For .cpp files
// only: it names VTK types, which stay out of the headers the rest of the GUI sees.
#include "gui/style/Rgb.h"

#include <vtkSmartPointer.h>

#include <array>
#include <vector>

class vtkActor;
class vtkPolyData;

namespace gridcarbon::gui::vtk_shapes {

using Corner = std::array<double, 3>;

enum class Cells {
    Vertices, // one vertex per corner
    Loop,     // a closed line through the corners
    Polygon,  // one polygon
};

vtkSmartPointer<vtkPolyData> shapeOf(const std::vector<Corner>& corners, Cells cells);

// The edges of a convex polyhedron's surface: where two faces meet at an angle, so that the
// diagonals of triangulated flat faces stay hidden.
vtkSmartPointer<vtkPolyData> edgesOf(vtkPolyData* surface);

// `data` in one colour (its scalars, if any, ignored).
vtkSmartPointer<vtkActor> actorOf(vtkPolyData* data, const Rgb& colour);
// Flat-shaded translucent faces with a little specular light.
vtkSmartPointer<vtkActor> facesActor(vtkPolyData* surface, const Rgb& colour, double opacity);
// Lines drawn as tubes `width` pixels wide, unlit: the same colour from every side.
vtkSmartPointer<vtkActor> linesActor(vtkPolyData* lines, const Rgb& colour, double width);
// A ball `pixels` across at every corner.
vtkSmartPointer<vtkActor> ballsActor(const std::vector<Corner>& corners, const Rgb& colour,
                                     double pixels);

} // namespace gridcarbon::gui::vtk_shapes
