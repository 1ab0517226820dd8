#pragma once
// The colours of the operating-region pictures, shared by the 3-D view, the section view and
// the SVG export, so that a colour means the same thing in every one of them.
#include "gui/style/Rgb.h"

namespace gridcarbon::gui::region_style {

using gridcarbon::gui::Rgb;

inline constexpr Rgb kFace{0.11, 0.56, 0.62};      // the region (teal)
inline constexpr Rgb kEdge{0.04, 0.27, 0.32};      // its edges and outline
inline constexpr Rgb kOuter{0.42, 0.44, 0.50};     // the outer bound of an adaptive region
inline constexpr Rgb kReference{0.58, 0.22, 0.66}; // a kept result (purple)
inline constexpr Rgb kCutPlane{0.97, 0.68, 0.16};  // the cut plane (amber)
inline constexpr Rgb kCutLine{0.78, 0.40, 0.02};   // the section drawn on it
inline constexpr Rgb kShadow{0.80, 0.82, 0.86};    // the region's projection behind a section
inline constexpr Rgb kInside{0.16, 0.62, 0.24};    // the base point inside the region
inline constexpr Rgb kOutside{0.85, 0.17, 0.14};   // ... and outside it
inline constexpr double kFaceOpacity = 0.42;

} // namespace gridcarbon::gui::region_style
