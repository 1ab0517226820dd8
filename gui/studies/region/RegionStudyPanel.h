#pragma once
// The options of the operating-region study: the observed buses (two or three of the case's
// load buses, or "auto": the N that carry the most carbon emission flow), the method, the
// tolerance of the adaptive method (a fraction of each axis range; its label, range, default and
// help are the engine's descriptor's, region::regionNumberOptions()) and the daily carbon cap;
// the typical day is the window's period's (shown, not chosen here); a Run control (the
// controller's), a one-line message and the job's progress with Cancel. The defaults run on any
// case with loads: auto, three buses. A new case resets the form; an error goes as soon as an
// input changes.
#include "model/Case.h"
#include "region/RegionStudy.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

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

    // Lists the case's load buses. A new case resets the form to its defaults (auto, three
    // buses, the engine's method and tolerance, the case's cap); an edited case keeps what the
    // form says, and the checked buses that are still load buses.
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
    // The typical day the region is built for (the window's period); empty: the case's first.
    void setDay(const QString& day, const QString& first_day);
    // Why the options cannot run as they stand ("check two or three buses"), or nothing.
    std::optional<QString> notReady() const;

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
    QLabel* dayLabel() const { return day_; }

signals:
    // The user changed an option (the Run action follows notReady()).
    void inputChanged();

private:
    void updateEnabled();
    // An option changed: an error shown is about other options.
    void onInputChanged();
    void resetToDefaults();

    QRadioButton* choose_;
    QRadioButton* auto_;
    QListWidget* buses_;
    QSpinBox* auto_count_;
    QComboBox* method_;
    QDoubleSpinBox* tolerance_;
    QDoubleSpinBox* cap_;
    QLabel* day_;
    QString day_name_;
    QLabel* message_;
    QHBoxLayout* controls_;
    bool error_ = false;
};

} // namespace gridcarbon::gui
