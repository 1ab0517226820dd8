#pragma once
// The status-bar part that follows a JobRunner: the job's stage text, a progress bar and a
// Cancel button while a job runs; hidden otherwise.
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace gridcarbon::gui {

class JobRunner;

class JobStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit JobStatusWidget(JobRunner* runner, QWidget* parent = nullptr);

private:
    void onStarted(quint64 id, const QString& title);
    void onProgress(double fraction, const QString& stage);

    JobRunner* runner_;
    QLabel* stage_;
    QProgressBar* bar_;
    QToolButton* cancel_;
};

} // namespace gridcarbon::gui
