#pragma once
// The editable document: one Case with drawing coordinates for every bus, and the file it came
// from. Opening a file either replaces the whole document or leaves it exactly as it was.
#include "model/Case.h"

#include <QObject>
#include <QString>

#include <optional>

namespace gridcarbon::gui {

class FeederDocument : public QObject {
    Q_OBJECT
public:
    explicit FeederDocument(QObject* parent = nullptr);

    // Loads a native case (.json) or a MATPOWER file (.m). Buses keep their positions when all
    // of them have one; otherwise they get a tree layout (gridcarbon::ensureLayout). On success
    // the document is replaced and caseReplaced() is emitted; on failure the document is left
    // untouched and the one-line reason is returned (the core's message, which names the file
    // and the offending item).
    std::optional<QString> open(const QString& path);

    bool isEmpty() const { return filePath_.isEmpty(); }
    const gridcarbon::Case& model() const { return case_; }
    QString filePath() const { return filePath_; }
    // A short name for titles: the case's name, or the file's base name.
    QString displayName() const;
    // Incremented on every change of the case, so that results computed for an older revision
    // can be recognised and dropped.
    quint64 revision() const { return revision_; }

signals:
    void caseReplaced();

private:
    gridcarbon::Case case_;
    QString filePath_;
    quint64 revision_ = 0;
};

} // namespace gridcarbon::gui
