#pragma once
// The drag-and-drop format of a device dragged from the palette onto the canvas: the MIME type
// "application/x-gridcarbon-device" holding the NewDevice value as decimal text. The palette
// encodes, the feeder view decodes; neither knows the other.
#include "model/NewElements.h"

#include <optional>

class QMimeData;

namespace gridcarbon::gui {

inline constexpr char kDeviceMimeType[] = "application/x-gridcarbon-device";

// A new QMimeData carrying `kind`; the caller owns it (a QDrag takes it over).
QMimeData* deviceMimeData(gridcarbon::NewDevice kind);

// The device `mime` carries; nullopt when it carries none or an unknown value.
std::optional<gridcarbon::NewDevice> deviceFromMime(const QMimeData* mime);

} // namespace gridcarbon::gui
