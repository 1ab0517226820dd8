#pragma once
// A SectionFigure (gui/studies/region/RegionFigure.h) in a planar VtkView: the region's projection
// as a light shadow, the section (or the 2-axis region) filled and outlined, a kept reference's
// outline in its own colour, the base point of a 2-axis region, with the caption, legend and
// axis titles the figure names. No VTK type in this header.
#include <memory>

namespace gridcarbon::gui {

class VtkView;
struct SectionFigure;

class SectionScene {
public:
    // Makes `view` planar.
    explicit SectionScene(VtkView& view);
    ~SectionScene();
    SectionScene(const SectionScene&) = delete;
    SectionScene& operator=(const SectionScene&) = delete;

    // Replaces what is drawn. The camera is reset when the figure's frame (or its legend)
    // differs from the last one, so that moving the cut keeps the scale and what the user
    // zoomed to.
    void show(const SectionFigure& figure);
    void clear();

private:
    struct Actors;
    VtkView& view_;
    std::unique_ptr<Actors> actors_;
};

} // namespace gridcarbon::gui
