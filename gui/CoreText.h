#pragma once
// Crossing between Qt and the core's standard types: file names (in the local 8-bit encoding,
// as the file system wants them) and core error messages (one line for status bars and boxes).
#include <QFile>
#include <QString>

#include <filesystem>

namespace gridcarbon::gui {

inline std::filesystem::path toFsPath(const QString& path) {
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

inline QString oneLine(const char* message) {
    return QString::fromUtf8(message).simplified();
}

} // namespace gridcarbon::gui
