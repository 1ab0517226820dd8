#include "gui/editor/DeviceMime.h"

#include <QByteArray>
#include <QMimeData>
#include <QString>

namespace gridcarbon::gui {

QMimeData* deviceMimeData(gridcarbon::NewDevice kind) {
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kDeviceMimeType), QByteArray::number(static_cast<int>(kind)));
    return mime;
}

std::optional<gridcarbon::NewDevice> deviceFromMime(const QMimeData* mime) {
    const QString format = QString::fromLatin1(kDeviceMimeType);
    if (!mime || !mime->hasFormat(format))
        return std::nullopt;
    bool ok = false;
    const int value = mime->data(format).toInt(&ok);
    // Drags can come from other processes: only values the enum has.
    constexpr int last = static_cast<int>(gridcarbon::NewDevice::CapacitorSubstation);
    if (!ok || value < 0 || value > last)
        return std::nullopt;
    return static_cast<gridcarbon::NewDevice>(value);
}

} // namespace gridcarbon::gui
