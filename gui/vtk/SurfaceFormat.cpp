#include "gui/vtk/SurfaceFormat.h"

#include <QSurfaceFormat>

namespace gridcarbon::gui {

void useVtkSurfaceFormat() {
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    format.setAlphaBufferSize(8);
    // VTK multisamples in its own framebuffer; a multisampled Qt surface would only cost memory.
    format.setSamples(0);
    QSurfaceFormat::setDefaultFormat(format);
}

} // namespace gridcarbon::gui
