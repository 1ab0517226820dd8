#pragma once
// A fixed scene for checking VtkView (tests/gui/test_vtk_view.cpp): a convex polyhedron in the
// outputs P1, P2, P3 (MW) of three units, cut from their box of limits by a carbon cap, a
// minimum supply and two ramp couplings, drawn as the region view draws a region: translucent
// faces, edges, vertices, axes in MW. The application shows real regions
// (gui/studies/region/RegionTab.h).
namespace gridcarbon::gui {

class VtkView;

struct PolyhedronDemoShape {
    int vertices = 0;
    int faces = 0;
};

// Adds the polyhedron to `view`'s scene, titles its axes and frames it.
PolyhedronDemoShape showPolyhedronDemo(VtkView& view);

} // namespace gridcarbon::gui
