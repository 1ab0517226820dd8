#pragma once
// The key to the overlay shown on the feeder (gui/overlay/FeederOverlay.h): a title, a colour
// bar over the fixed range of its ColorScale with labels at the stops, markers at the lowest
// and highest value and which buses those are, and optional lines that explain the rest of the
// picture; without values, a note that says why. Sized from the font, so it scales with the
// user's font and screen.
#include "gui/overlay/FeederOverlay.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace gridcarbon::gui {

class ScalarLegend : public QWidget {
    Q_OBJECT
public:
    using Extremes = LegendExtremes;

    explicit ScalarLegend(QWidget* parent = nullptr);

    // Shows `legend` (its scale must outlive the legend).
    void setLegend(const OverlayLegend& legend);

    std::optional<Extremes> extremes() const { return legend_.extremes; }
    QStringList details() const { return legend_.details; }
    QString note() const { return legend_.note; }
    QString title() const { return legend_.title; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    const ColorScale& scale() const;
    QStringList lines() const;
    QString tickLabel(double value) const;
    void relayout();

    OverlayLegend legend_;
};

} // namespace gridcarbon::gui
