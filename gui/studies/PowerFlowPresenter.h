#pragma once
// Shows what a PowerFlowStudy produced: bus colours and tooltips in the feeder drawing, the
// voltage legend, and a one-line summary. Problems (an engine error, non-convergence) come
// out as problem() for the window to report as it sees fit; the drawing always stays.
#include "powerflow/PowerFlow.h"

#include <QObject>
#include <QString>

namespace gridcarbon::gui {

class FeederScene;
class PowerFlowStudy;
class ScalarLegend;

class PowerFlowPresenter : public QObject {
    Q_OBJECT
public:
    PowerFlowPresenter(PowerFlowStudy* study, FeederScene* scene, ScalarLegend* legend,
                       QObject* parent = nullptr);

    // The document changed: drop the colours and say that no result is there yet.
    void reset();

    static QString methodName(gridcarbon::PowerFlowMethod method);
    static QString iterations(int n);
    static QString summary(const gridcarbon::PowerFlowResult& result);

signals:
    void status(const QString& text);
    void problem(const QString& title, const QString& text);

private:
    void onStarted();
    void onFinished(const gridcarbon::PowerFlowResult& result);
    void onFailed(const QString& message);
    void onCancelled();

    FeederScene* scene_;
    ScalarLegend* legend_;
};

} // namespace gridcarbon::gui
