#include "gui/shell/Autosave.h"

#include "gui/editor/FeederDocument.h"

#include <algorithm>

namespace gridcarbon::gui {

Autosave::Autosave(FeederDocument* document, RecoveryStore* store, QObject* parent)
    : QObject(parent), document_(document), store_(store) {
    setIntervalMinutes(3);
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (const auto error = saveNow())
            emit failed(*error);
    });
    connect(document_, &FeederDocument::caseEdited, this, &Autosave::documentChanged);
    connect(document_, &FeederDocument::busesMoved, this, &Autosave::documentChanged);
    connect(document_, &FeederDocument::caseReplaced, this, &Autosave::documentChanged);
    connect(document_, &FeederDocument::titleChanged, this, &Autosave::documentChanged);
    if (!store_->isOpen())
        store_->open();
    if (store_->isOpen())
        timer_.start();
}

void Autosave::setIntervalMinutes(int minutes) {
    timer_.setInterval(std::clamp(minutes, 1, 60) * 60 * 1000);
}

void Autosave::documentChanged() {
    if (document_->isModified()) {
        pending_ = true;
        return;
    }
    // Saved, opened or back at the saved state by undo: nothing to recover.
    pending_ = false;
    store_->clear();
}

std::optional<QString> Autosave::saveNow() {
    if (!pending_ || !document_->isModified())
        return std::nullopt;
    if (auto error = store_->write(document_->model(), document_->filePath()))
        return error;
    pending_ = false;
    return std::nullopt;
}

} // namespace gridcarbon::gui
