#pragma once
// The key to the bus colours: a colour bar over the fixed voltage range of VoltageColorMap
// with tick labels, markers at the case's lowest and highest voltage, and which buses those
// are. Sized from the font, so it scales with the user's font and screen.
#include <QString>
#include <QWidget>

#include <optional>

namespace gridcarbon::gui {

class VoltageLegend : public QWidget {
    Q_OBJECT
public:
    explicit VoltageLegend(QWidget* parent = nullptr);

    struct Extremes {
        double min_vm_pu = 0.0;
        QString min_bus;
        double max_vm_pu = 0.0;
        QString max_bus;
    };

    void setExtremes(const Extremes& extremes);
    // No result to show; `note` says why ("Running the power flow…").
    void clearExtremes(const QString& note);

    std::optional<Extremes> extremes() const { return extremes_; }
    QString note() const { return note_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QStringList lines() const;

    std::optional<Extremes> extremes_;
    QString note_;
};

} // namespace gridcarbon::gui
