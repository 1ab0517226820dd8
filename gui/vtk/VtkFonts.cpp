#include "gui/vtk/VtkFonts.h"

#include <QFile>
#include <QString>

#include <vtkTextProperty.h>

#include <algorithm>

namespace gridcarbon::gui {

namespace {

// Fonts with CJK characters that Debian and its derivatives install, the most complete first.
constexpr const char* kUnicodeFonts[] = {
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
};

const std::string& unicodeFont() {
    static const std::string file = [] {
        for (const char* candidate : kUnicodeFonts)
            if (QFile::exists(QString::fromLatin1(candidate)))
                return std::string(candidate);
        return std::string();
    }();
    return file;
}

bool latin1(const std::string& text) {
    const QString s = QString::fromStdString(text);
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() <= 0xff; });
}

} // namespace

void useFontFor(vtkTextProperty* property, const std::string& text) {
    if (latin1(text) || unicodeFont().empty()) {
        property->SetFontFamilyToArial();
        return;
    }
    property->SetFontFamily(VTK_FONT_FILE);
    property->SetFontFile(unicodeFont().c_str());
}

} // namespace gridcarbon::gui
