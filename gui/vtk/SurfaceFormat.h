#pragma once
// VTK 9.1's OpenGL2 backend needs an OpenGL 3.2 core context with depth and stencil buffers.
// Qt creates every QOpenGLWidget's context from the default surface format, and the default has
// to be set before the QApplication exists, so each main that may show a VtkView calls this
// first.
namespace gridcarbon::gui {

void useVtkSurfaceFormat();

} // namespace gridcarbon::gui
