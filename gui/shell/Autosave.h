#pragma once
// Autosaves the document into a RecoveryStore every few minutes while it has unsaved changes,
// and clears the recovery file once the document is saved, replaced or closed. Writing is
// quick (a case is kilobytes to a few megabytes), so it happens on the GUI thread.
#include "gui/shell/RecoveryStore.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace gridcarbon::gui {

class FeederDocument;

class Autosave : public QObject {
    Q_OBJECT
public:
    // `store` must outlive the autosave. Starts the timer when the store could be opened.
    Autosave(FeederDocument* document, RecoveryStore* store, QObject* parent = nullptr);

    void setIntervalMinutes(int minutes);
    int intervalMs() const { return timer_.interval(); }
    // Writes the recovery file now if there is anything unsaved; returns the failure reason.
    std::optional<QString> saveNow();

signals:
    // An autosave failed (disk full, directory removed): shown once in the status bar.
    void failed(const QString& message);

private:
    void documentChanged();

    FeederDocument* document_;
    RecoveryStore* store_;
    QTimer timer_;
    bool pending_ = false; // changes since the last autosave
};

} // namespace gridcarbon::gui
