#include "gui/studies/PowerFlowPresenter.h"

#include "gui/editor/FeederScene.h"
#include "gui/studies/PowerFlowStudy.h"
#include "gui/views/ScalarLegend.h"

#include <limits>

namespace gridcarbon::gui {

namespace {

// The extremes over energised buses, from the result's own fields when it filled them in.
ScalarLegend::Extremes extremesOf(const gridcarbon::PowerFlowResult& r) {
    if (!r.min_vm_bus.empty() && !r.max_vm_bus.empty())
        return {r.min_vm_pu, QString::fromStdString(r.min_vm_bus), r.max_vm_pu,
                QString::fromStdString(r.max_vm_bus)};
    return ScalarLegend::extremesOf(r.buses,
                                    [](const gridcarbon::BusState& b) {
                                        return b.energised
                                                   ? b.vm_pu
                                                   : std::numeric_limits<double>::quiet_NaN();
                                    })
        .value_or(ScalarLegend::Extremes{});
}

QString firstDiagnostic(const gridcarbon::PowerFlowResult& r,
                        gridcarbon::Diagnostic::Severity at_least) {
    for (const auto& d : r.diagnostics) {
        if (d.severity >= at_least)
            return QString::fromStdString(d.message).simplified();
    }
    return {};
}

} // namespace

PowerFlowPresenter::PowerFlowPresenter(PowerFlowStudy* study, FeederScene* scene,
                                       ScalarLegend* legend, QObject* parent)
    : QObject(parent), scene_(scene), legend_(legend) {
    connect(study, &PowerFlowStudy::started, this, &PowerFlowPresenter::onStarted);
    connect(study, &PowerFlowStudy::finished, this, &PowerFlowPresenter::onFinished);
    connect(study, &PowerFlowStudy::failed, this, &PowerFlowPresenter::onFailed);
    connect(study, &PowerFlowStudy::cancelled, this, &PowerFlowPresenter::onCancelled);
    legend_->clearExtremes(tr("No power-flow result"));
}

QString PowerFlowPresenter::methodName(gridcarbon::PowerFlowMethod method) {
    switch (method) {
    case gridcarbon::PowerFlowMethod::BackwardForwardSweep:
        return tr("backward/forward sweep");
    case gridcarbon::PowerFlowMethod::Newton:
        return tr("Newton-Raphson");
    case gridcarbon::PowerFlowMethod::Auto:
        break;
    }
    return tr("automatic");
}

QString PowerFlowPresenter::iterations(int n) {
    return n == 1 ? tr("1 iteration") : tr("%1 iterations").arg(n);
}

QString PowerFlowPresenter::summary(const gridcarbon::PowerFlowResult& r) {
    const ScalarLegend::Extremes e = extremesOf(r);
    QString text = tr("Power flow converged (%1, %2): losses %3 kW, lowest voltage %4 p.u. "
                      "at bus %5")
                       .arg(methodName(r.method), iterations(r.iterations))
                       .arg(r.total_loss_kw, 0, 'f', 1)
                       .arg(e.min_value, 0, 'f', 4)
                       .arg(e.min_bus);
    const QString warning = firstDiagnostic(r, gridcarbon::Diagnostic::Severity::Warning);
    if (!warning.isEmpty())
        text += tr(" — %1").arg(warning);
    return text;
}

void PowerFlowPresenter::reset() {
    scene_->clearResults();
    legend_->clearExtremes(tr("No power-flow result"));
}

void PowerFlowPresenter::onStarted() {
    scene_->clearResults();
    legend_->clearExtremes(tr("Running the power flow…"));
    emit status(tr("Running the power flow…"));
}

void PowerFlowPresenter::onFinished(const gridcarbon::PowerFlowResult& result) {
    if (!result.converged) {
        scene_->clearResults();
        legend_->clearExtremes(tr("The power flow did not converge"));
        QString text = tr("The power flow did not converge after %1 (largest mismatch %2 p.u.).")
                           .arg(iterations(result.iterations))
                           .arg(result.max_mismatch_pu, 0, 'g', 3);
        const QString why = firstDiagnostic(result, gridcarbon::Diagnostic::Severity::Info);
        if (!why.isEmpty())
            text += QLatin1Char(' ') + why;
        emit problem(tr("Power flow"), text);
        return;
    }
    scene_->showPowerFlow(result);
    legend_->setExtremes(extremesOf(result));
    emit status(summary(result));
}

void PowerFlowPresenter::onFailed(const QString& message) {
    scene_->clearResults();
    legend_->clearExtremes(tr("The power flow failed"));
    emit problem(tr("Power flow"), tr("The power flow failed: %1").arg(message));
}

void PowerFlowPresenter::onCancelled() {
    scene_->clearResults();
    legend_->clearExtremes(tr("The power flow was cancelled"));
    emit status(tr("The power flow was cancelled."));
}

} // namespace gridcarbon::gui
