#pragma once
// The key to a colouring of the buses: a title, a colour bar over the fixed range of a
// ColorScale with labels at its stops, markers at the case's lowest and highest value and
// which buses those are, and optional lines that explain the rest of the picture. Sized from
// the font, so it scales with the user's font and screen.
#include <QString>
#include <QStringList>
#include <QWidget>

#include <cmath>
#include <optional>
#include <tuple>
#include <utility>

namespace gridcarbon::gui {

class ColorScale;

class ScalarLegend : public QWidget {
    Q_OBJECT
public:
    struct Format {
        QString title;         // "Bus voltage magnitude (p.u.)"
        QString unit;          // after values in the text lines: "p.u."
        int tick_decimals = 2; // of the labels under the bar
        int value_decimals = 4;
    };

    // `scale` must outlive the legend (the colour maps hold theirs for the program's life).
    ScalarLegend(const ColorScale& scale, Format format, QWidget* parent = nullptr);

    struct Extremes {
        double min_value = 0.0;
        QString min_bus;
        double max_value = 0.0;
        QString max_bus;
    };

    // The lowest and highest of `value(item)` over `items` (each with a string `id`), leaving
    // out items whose value is not finite; nothing when no value is. Of values equal but for
    // rounding, the first item's counts, so that ties name the bus nearest the source.
    template <class Items, class Value>
    static std::optional<Extremes> extremesOf(const Items& items, Value value) {
        constexpr double kTie = 1e-9;
        std::optional<Extremes> e;
        for (const auto& item : items) {
            const double v = value(item);
            if (!std::isfinite(v))
                continue;
            const QString id = QString::fromStdString(item.id);
            if (!e)
                e = Extremes{v, id, v, id};
            if (v < e->min_value - kTie)
                std::tie(e->min_value, e->min_bus) = std::pair(v, id);
            if (v > e->max_value + kTie)
                std::tie(e->max_value, e->max_bus) = std::pair(v, id);
        }
        return e;
    }

    // `details` follow the extremes, one line each.
    void setExtremes(const Extremes& extremes, const QStringList& details = {});
    // No result to show; `note` says why ("Running the power flow…").
    void clearExtremes(const QString& note);

    std::optional<Extremes> extremes() const { return extremes_; }
    QStringList details() const { return details_; }
    QString note() const { return note_; }
    QString title() const { return format_.title; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QStringList lines() const;
    QString tickLabel(double value) const;
    void relayout();

    const ColorScale& scale_;
    Format format_;
    std::optional<Extremes> extremes_;
    QStringList details_;
    QString note_;
};

} // namespace gridcarbon::gui
