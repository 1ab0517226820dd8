#pragma once
// Runs gridcarbon::carbon::runCarbonStudy on the document's case (see EngineStudy) and keeps
// the result of the latest run: with a typical day, every hour of it from hourly power flows
// (the view picks the hour to show without running again); without one, a single period at
// the case's base values.
#include "carbon/CarbonStudy.h"
#include "gui/studies/EngineStudy.h"

#include <optional>

namespace gridcarbon::gui {

class CarbonFlowStudy : public EngineStudy {
    Q_OBJECT
public:
    CarbonFlowStudy(FeederDocument* document, JobRunner* runner, QObject* parent = nullptr);

    void setMethod(gridcarbon::carbon::CefMethod method) { options_.method = method; }
    gridcarbon::carbon::CefMethod method() const { return options_.method; }
    // Empty: the base values.
    void setDay(const QString& day) { options_.day = day.toStdString(); }
    QString day() const { return QString::fromStdString(options_.day); }
    const gridcarbon::carbon::CarbonStudyOptions& options() const { return options_; }

    const std::optional<gridcarbon::carbon::CarbonStudyResult>& result() const { return result_; }

signals:
    void finished(const gridcarbon::carbon::CarbonStudyResult& result);

protected:
    quint64 launch() override;
    void deliver(const QVariant& value) override;
    void dropResult() override { result_.reset(); }

private:
    gridcarbon::carbon::CarbonStudyOptions options_;
    std::optional<gridcarbon::carbon::CarbonStudyResult> result_;
};

} // namespace gridcarbon::gui

Q_DECLARE_METATYPE(gridcarbon::carbon::CarbonStudyResult)
