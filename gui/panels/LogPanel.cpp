#include "gui/panels/LogPanel.h"

#include <QDateTime>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace gridcarbon::gui {

LogPanel::LogPanel(QWidget* parent) : QWidget(parent), view_(new QPlainTextEdit(this)) {
    view_->setReadOnly(true);
    view_->setMaximumBlockCount(kMaxLines);
    view_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view_->setObjectName(QStringLiteral("LogView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

int LogPanel::lineCount() const {
    return view_->document()->isEmpty() ? 0 : view_->blockCount();
}

QString LogPanel::text() const {
    return view_->toPlainText();
}

void LogPanel::append(const QString& message, Level level) {
    const QString line = message.simplified();
    if (line.isEmpty() || line == last_)
        return;
    last_ = line;
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    const QString colour = level == Level::Error     ? QStringLiteral("#c62828")
                           : level == Level::Warning ? QStringLiteral("#a15c00")
                                                     : QString();
    const QString text = colour.isEmpty() ? line.toHtmlEscaped()
                                          : QStringLiteral("<span style=\"color:%1\">%2</span>")
                                                .arg(colour, line.toHtmlEscaped());
    const QString html =
        QStringLiteral("<span style=\"color:#78868c\">%1</span>&nbsp; %2").arg(time, text);
    const bool at_end =
        view_->verticalScrollBar()->value() == view_->verticalScrollBar()->maximum();
    view_->appendHtml(html);
    if (at_end)
        view_->verticalScrollBar()->setValue(view_->verticalScrollBar()->maximum());
}

void LogPanel::clear() {
    view_->clear();
    last_.clear();
}

} // namespace gridcarbon::gui
