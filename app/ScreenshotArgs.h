#pragma once
// The options of `gridcarbon --screenshot FILE CASE ...` (and --language, which any run takes):
// added to the application's QCommandLineParser, and read back after it has parsed the command
// line into a plain gui::ScreenshotRequest, or a one-line error.
#include "gui/Screenshot.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace gridcarbon::app {

// Adds --screenshot, --size, --timeout, --view, --day, --hour, --method, --observe, --cap,
// --section-axis, --section-at, --language, --select and --export-diagram to `parser`.
void addScreenshotOptions(QCommandLineParser& parser);

struct ScreenshotArgs {
    bool requested = false; // --screenshot was given
    // When requested: the request, or `error` (one line, exit code 2) instead.
    std::optional<gui::ScreenshotRequest> request;
    QString error;
};

// Reads the options of `parser` after it has processed the command line; `positional` are its
// positional arguments (the CASE).
ScreenshotArgs readScreenshotArgs(const QCommandLineParser& parser, const QStringList& positional);

} // namespace gridcarbon::app
