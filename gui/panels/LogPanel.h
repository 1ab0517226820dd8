#pragma once
// The log dock: every status message, result summary and error of the session with its time,
// newest last, so that what flashed by in the status bar can be read again and copied into a
// report. Warnings are shown in amber, errors in red.
#include <QWidget>

class QPlainTextEdit;

namespace gridcarbon::gui {

class LogPanel : public QWidget {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    static constexpr int kMaxLines = 5000; // oldest lines go first

    explicit LogPanel(QWidget* parent = nullptr);

    int lineCount() const;
    QString text() const;

public slots:
    void append(const QString& message, gridcarbon::gui::LogPanel::Level level = Level::Info);
    void info(const QString& message) { append(message, Level::Info); }
    void warning(const QString& message) { append(message, Level::Warning); }
    void error(const QString& message) { append(message, Level::Error); }
    void clear();

private:
    QPlainTextEdit* view_;
    QString last_; // a message repeated at once is logged once
};

} // namespace gridcarbon::gui
