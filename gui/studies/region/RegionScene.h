#pragma once
// The operating region in a VtkView's 3-D scene: the reported hull as translucent faces with
// its edges, the base operating point as a ball coloured by its margin (green inside, red
// outside), optionally the outer bound of an adaptive region, a kept reference as a wireframe
// in its own colour, and a translucent cut plane with the section drawn on it. Colours come
// from gui/studies/region/RegionStyle.h. Captions, legends and axis titles are the caller's. No VTK
// type in this header; nothing here throws for a 3-axis result.
#include "region/RegionStudy.h"

#include <memory>

namespace gridcarbon::gui {

class VtkView;

class RegionScene {
public:
    explicit RegionScene(VtkView& view);
    ~RegionScene();
    RegionScene(const RegionScene&) = delete;
    RegionScene& operator=(const RegionScene&) = delete;

    // Replaces what is drawn by the 3-axis `region` and, if not null, `reference` (same axes).
    // The cut plane stays hidden until setCut().
    void show(const gridcarbon::region::RegionResult& region,
              const gridcarbon::region::RegionResult* reference);
    // Removes everything drawn.
    void clear();
    // The outer bound of an adaptive region, as a grey wireframe.
    void setOuterVisible(bool visible);
    // The plane x[axis] = value across the region's extent, with the section outlined on it;
    // a negative axis hides it.
    void setCut(int axis, double value);

private:
    struct Actors;
    VtkView& view_;
    std::unique_ptr<Actors> actors_;
};

} // namespace gridcarbon::gui
