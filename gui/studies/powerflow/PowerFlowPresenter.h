#pragma once
// Shows what a PowerFlowStudy produced as the "voltage" overlay of the feeder drawing (bus
// colours, values and tooltips, branch flows and unit outputs in the tooltips, the voltage
// legend; gui/overlay/FeederOverlay.h), and a one-line summary. Problems (an engine error,
// non-convergence) come out as problem() for the window to report as it sees fit; the drawing
// always stays.
#include "gui/overlay/FeederOverlay.h"
#include "powerflow/PowerFlow.h"

#include <QObject>
#include <QString>

namespace gridcarbon::gui {

class FeederScene;
class PowerFlowStudy;

class PowerFlowPresenter : public QObject {
    Q_OBJECT
public:
    // The overlay's name in the scene (FeederScene::setOverlay), and the screenshot view.
    static inline const QString kOverlay = QStringLiteral("voltage");

    PowerFlowPresenter(PowerFlowStudy* study, FeederScene* scene, QObject* parent = nullptr);

    // The document changed: drop the colours and say that no result is there yet.
    void reset();
    // The period the next result solves ("spring, 22:00–23:00"), named in the legend and the
    // summary.
    void setPeriodName(const QString& name) { period_name_ = name; }

    static QString methodName(gridcarbon::PowerFlowMethod method);
    static QString iterations(int n);
    static QString summary(const gridcarbon::PowerFlowResult& result, const QString& period);
    // The overlay of `result` (solved at `period` for case `c`): buses coloured by voltage
    // magnitude, and the result's tables.
    static FeederOverlay overlayOf(const gridcarbon::PowerFlowResult& result, const QString& period,
                                   const gridcarbon::Case& c);

signals:
    void status(const QString& text);
    void problem(const QString& title, const QString& text);

private:
    void onStarted();
    void onFinished(const gridcarbon::PowerFlowResult& result);
    void onFailed(const QString& message);
    void onCancelled();
    // No result to show; `note` says why.
    void clear(const QString& note);
    // The overlay without values.
    static FeederOverlay emptyOverlay(const QString& note);

    PowerFlowStudy* study_;
    FeederScene* scene_;
    QString period_name_;
};

} // namespace gridcarbon::gui
