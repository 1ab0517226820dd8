#pragma once
// A stand-in for the committed-carbon-emission operating region (CCEOR) until the region engine
// lands: a convex polyhedron in the outputs P1, P2, P3 (MW) of three observed units, cut from
// their box of limits by a carbon cap, a minimum supply and two ramp couplings. It is shown as
// the region view will show one: translucent faces, edges, vertices, axes in MW.
namespace gridcarbon::gui {

class VtkView;

struct PolyhedronDemoShape {
    int vertices = 0;
    int faces = 0;
};

// Adds the polyhedron to `view`'s scene, titles its axes and frames it.
PolyhedronDemoShape showPolyhedronDemo(VtkView& view);

} // namespace gridcarbon::gui
