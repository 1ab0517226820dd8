#pragma once
// Text in VTK scenes beyond Latin-1: VTK's built-in fonts (Arial, Courier, Times) have no
// Chinese characters and no symbols such as "▸", so a caption in Simplified Chinese would come
// out as empty boxes. Such text is drawn with a system font file that has them, when one of the
// usual ones is installed. Private to gui/vtk.
#include <string>

class vtkTextProperty;

namespace gridcarbon::gui {

// Sets `property`'s font for `text` (UTF-8): Arial when Latin-1 covers it, else a system font
// with CJK characters if there is one (Arial otherwise).
void useFontFor(vtkTextProperty* property, const std::string& text);

} // namespace gridcarbon::gui
