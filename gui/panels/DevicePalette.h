#pragma once
// The device palette: every device the editor can add (grid connection, load, PV, WT, HT, MT,
// energy storage, and a capacitor for each compensation layer), grouped, each with its canvas
// symbol as icon. Entries are drag sources (gui/editor/DeviceMime.h) to drop onto a bus;
// double-clicking an entry or pressing Enter on it asks for the device to be added to the
// selected bus (deviceActivated), which keeps the palette usable from the keyboard.
#include "model/NewElements.h"

#include <QIcon>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace gridcarbon::gui {

class DevicePalette : public QWidget {
    Q_OBJECT
public:
    explicit DevicePalette(QWidget* parent = nullptr);

    QListWidget* list() const { return list_; }
    // The entry of `kind`.
    QListWidgetItem* item(gridcarbon::NewDevice kind) const;

    // The translated name of a palette entry, e.g. "Capacitor (line)".
    static QString deviceName(gridcarbon::NewDevice kind);
    // The entry's symbol (with the layer badge for capacitors), crisp on high-DPI screens.
    static QIcon deviceIcon(gridcarbon::NewDevice kind, int size);

signals:
    void deviceActivated(gridcarbon::NewDevice kind);

private:
    QListWidget* list_;
};

} // namespace gridcarbon::gui
