#include "gui/editor/FeederDocument.h"

#include "io/CaseFile.h"
#include "topology/TreeLayout.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <exception>
#include <filesystem>

namespace gridcarbon::gui {

namespace {

QString oneLine(const char* text) {
    return QString::fromUtf8(text).simplified();
}

} // namespace

FeederDocument::FeederDocument(QObject* parent) : QObject(parent) {}

std::optional<QString> FeederDocument::open(const QString& path) {
    gridcarbon::Case loaded;
    try {
        const std::filesystem::path file(QFile::encodeName(path).toStdString());
        loaded = gridcarbon::loadCase(file);
        const bool all_placed = std::all_of(loaded.buses.begin(), loaded.buses.end(),
                                            [](const Bus& b) { return b.position.has_value(); });
        if (!all_placed)
            gridcarbon::ensureLayout(loaded);
    } catch (const std::exception& e) {
        return oneLine(e.what());
    } catch (...) {
        return tr("%1: unknown error while reading the case").arg(path);
    }
    case_ = std::move(loaded);
    filePath_ = QFileInfo(path).absoluteFilePath();
    ++revision_;
    emit caseReplaced();
    return std::nullopt;
}

QString FeederDocument::displayName() const {
    if (!case_.name.empty())
        return QString::fromStdString(case_.name);
    return QFileInfo(filePath_).completeBaseName();
}

} // namespace gridcarbon::gui
