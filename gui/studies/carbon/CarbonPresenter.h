#pragma once
// Shows what a CarbonFlowStudy produced, one period at a time: the "carbon" overlay of the
// feeder drawing (bus colours, branch colours, widths and arrows, tooltips, the carbon legend;
// gui/overlay/FeederOverlay.h) and a one-line summary. The hour picks the period of a whole-day
// study by its hour; changing it redraws without running the study again. An hour of a partial
// day that was not solved has no colours: the legend and the status say why. Problems come out
// as problem(); the drawing always stays.
#include "carbon/CarbonStudy.h"
#include "gui/overlay/FeederOverlay.h"

#include <QObject>
#include <QString>

#include <optional>

namespace gridcarbon::gui {

class CarbonFlowStudy;
class FeederScene;

class CarbonPresenter : public QObject {
    Q_OBJECT
public:
    // The overlay's name in the scene (FeederScene::setOverlay), and the screenshot view.
    static inline const QString kOverlay = QStringLiteral("carbon");

    CarbonPresenter(CarbonFlowStudy* study, FeederScene* scene, QObject* parent = nullptr);

    // The document changed: drop the overlay and say that no result is there yet.
    void reset();
    // No result, and `note` says why (the legend's note).
    void reset(const QString& note);

    int hour() const { return hour_; }
    // The period shown: the one of the hour chosen, if there is a result and that hour was
    // solved.
    const gridcarbon::carbon::CarbonFlowResult* period() const;

    // The period of `hour` in `result` (found by its hour; a single-period study's one period
    // whatever the hour), or null when that hour was not solved.
    static const gridcarbon::carbon::CarbonFlowResult*
    periodAt(const gridcarbon::carbon::CarbonStudyResult& result, int hour);
    // Why hour `hour` of a whole-day result was not solved (its diagnostic's message), or
    // nothing when it was.
    static std::optional<QString>
    unsolvedReason(const gridcarbon::carbon::CarbonStudyResult& result, int hour);
    // The carbon flow drawn with the widest line: the largest of the whole study.
    double widestFlow() const { return widest_t_per_h_; }

    static QString methodName(gridcarbon::carbon::CefMethod method);
    // The study as a whole: a day's emissions, or the one period's.
    static QString studySummary(const gridcarbon::carbon::CarbonStudyResult& result);
    // "summer, 12:00–13:00" (whether that hour was solved or not), or "base values" for a
    // single-period study.
    static QString periodName(const gridcarbon::carbon::CarbonStudyResult& result, int hour);
    // The overlay of one period: buses coloured by nodal carbon intensity, branches that carry
    // carbon by their carbon flow density, as wide as their carbon flow (`widest_t_per_h` gets
    // the widest line) with an arrow the way it goes.
    static FeederOverlay overlayOf(const gridcarbon::carbon::CarbonFlowResult& period,
                                   double widest_t_per_h);

public slots:
    // Shows hour `hour` of a whole-day result (clamped to the day); kept for the next result.
    void setHour(int hour);

signals:
    // A period is drawn (a new result, or another hour of the same one).
    void periodShown(const gridcarbon::carbon::CarbonFlowResult& period);
    // No period is drawn any more (a run started or failed, or the document changed).
    void periodCleared();
    void status(const QString& text);
    void problem(const QString& title, const QString& text);

private:
    void onStarted();
    void onFinished(const gridcarbon::carbon::CarbonStudyResult& result);
    void onFailed(const QString& message);
    void onCancelled();
    // Shows the chosen hour of the result: its period, or why there is none.
    void show();
    void showPeriod(const gridcarbon::carbon::CarbonStudyResult& result,
                    const gridcarbon::carbon::CarbonFlowResult& period);
    void clear(const QString& note);
    // The overlay without values.
    static FeederOverlay emptyOverlay(const QString& note);

    CarbonFlowStudy* study_;
    FeederScene* scene_;
    int hour_ = 0;
    double widest_t_per_h_ = 0.0;
};

} // namespace gridcarbon::gui
