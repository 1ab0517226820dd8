#pragma once
// The options of the operating-region study: the observed buses (two or three of the case's
// load buses, or "auto": the N that carry the most carbon emission flow), the method, the
// tolerance of the adaptive method (a fraction of each axis range; its label, range, default and
// help are the engine's descriptor's, region::regionNumberOptions()), the daily carbon cap and
// the typical day; a Run control (the controller's), a one-line message and the job's progress
// with Cancel.
#include "model/Case.h"
#include "region/RegionStudy.h"

#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace gridcarbon::gui {

class JobRunner;

class RegionStudyPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxObserved = 3;

    explicit RegionStudyPanel(JobRunner* runner, QWidget* parent = nullptr);

    // Lists the case's load buses and typical days. Buses that were checked and are still
    // there stay checked; the first three are checked otherwise. A new case also sets the cap
    // to the case's; an edited one keeps what the form says.
    void setCase(const gridcarbon::Case& c, bool new_case = true);
    // Puts `control` (the Run button) on the right above the message line.
    void addControl(QWidget* control);

    // The options the form describes.
    gridcarbon::region::RegionOptions options() const;

    // Checks exactly these buses (and leaves auto); false, changing nothing, when one is not a
    // load bus of the case or there are more than three.
    bool setObserved(const QStringList& buses);
    QStringList observed() const;
    // Every bus that can be observed: the case's load buses.
    QStringList observedChoices() const;
    // Auto with `count` (2 or 3) buses; false otherwise.
    bool setAuto(int count);
    void setMethod(gridcarbon::region::Method method);
    // Tonnes per day.
    void setCap(double tonnes);
    // false for a day the case has not.
    bool setDay(const QString& day);

    // One line under the options: what the last run did, or why it failed.
    void setMessage(const QString& text, bool error = false);
    QString message() const;
    bool messageIsError() const { return error_; }

    QListWidget* busList() const { return buses_; }
    QRadioButton* autoButton() const { return auto_; }
    QSpinBox* autoCount() const { return auto_count_; }
    QComboBox* methodBox() const { return method_; }
    QDoubleSpinBox* toleranceBox() const { return tolerance_; }
    QDoubleSpinBox* capBox() const { return cap_; }
    QComboBox* dayBox() const { return day_; }

private:
    void updateEnabled();

    QRadioButton* choose_;
    QRadioButton* auto_;
    QListWidget* buses_;
    QSpinBox* auto_count_;
    QComboBox* method_;
    QDoubleSpinBox* tolerance_;
    QDoubleSpinBox* cap_;
    QComboBox* day_;
    QLabel* message_;
    QHBoxLayout* controls_;
    bool error_ = false;
};

} // namespace gridcarbon::gui
