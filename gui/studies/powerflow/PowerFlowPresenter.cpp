#include "gui/studies/powerflow/PowerFlowPresenter.h"

#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederScene.h"
#include "gui/studies/powerflow/PowerFlowStudy.h"
#include "gui/studies/powerflow/PowerFlowTables.h"
#include "gui/style/SceneStyle.h"
#include "gui/style/VoltageColorMap.h"

#include <limits>

namespace gridcarbon::gui {

namespace {

// The extremes over energised buses, from the result's own fields when it filled them in.
LegendExtremes voltageExtremes(const gridcarbon::PowerFlowResult& r) {
    if (!r.min_vm_bus.empty() && !r.max_vm_bus.empty())
        return {r.min_vm_pu, QString::fromStdString(r.min_vm_bus), r.max_vm_pu,
                QString::fromStdString(r.max_vm_bus)};
    return extremesOf(r.buses,
                      [](const gridcarbon::BusState& b) {
                          return b.energised ? b.vm_pu : std::numeric_limits<double>::quiet_NaN();
                      })
        .value_or(LegendExtremes{});
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

FeederOverlay PowerFlowPresenter::emptyOverlay(const QString& note) {
    FeederOverlay o;
    o.unlisted_bus_tooltip = overlayRow(tr("Vm"), tr("no power-flow result"));
    o.legend = {tr("Bus voltage magnitude (p.u.)"), tr("p.u."), &VoltageColorMap::scale(), 2, 4};
    o.legend.note = note;
    return o;
}

PowerFlowPresenter::PowerFlowPresenter(PowerFlowStudy* study, FeederScene* scene, QObject* parent)
    : QObject(parent), study_(study), scene_(scene) {
    connect(study, &PowerFlowStudy::started, this, &PowerFlowPresenter::onStarted);
    connect(study, &PowerFlowStudy::finished, this, &PowerFlowPresenter::onFinished);
    connect(study, &PowerFlowStudy::failed, this, &PowerFlowPresenter::onFailed);
    connect(study, &PowerFlowStudy::cancelled, this, &PowerFlowPresenter::onCancelled);
    clear(tr("No power-flow result"));
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

QString PowerFlowPresenter::summary(const gridcarbon::PowerFlowResult& r, const QString& period) {
    const LegendExtremes e = voltageExtremes(r);
    QString text = tr("Power flow at %1 converged (%2, %3): losses %4 kW, lowest voltage %5 p.u. "
                      "at bus %6")
                       .arg(period, methodName(r.method), iterations(r.iterations))
                       .arg(r.total_loss_kw, 0, 'f', 1)
                       .arg(e.min_value, 0, 'f', 4)
                       .arg(e.min_bus);
    const QString warning = firstDiagnostic(r, gridcarbon::Diagnostic::Severity::Warning);
    if (!warning.isEmpty())
        text += tr(" — %1").arg(warning);
    return text;
}

FeederOverlay PowerFlowPresenter::overlayOf(const gridcarbon::PowerFlowResult& r,
                                            const QString& period, const gridcarbon::Case& c) {
    FeederOverlay o = emptyOverlay(QString());
    for (const auto& b : r.buses) {
        OverlayBus v;
        if (b.energised) {
            v.value = b.vm_pu;
            v.fill = VoltageColorMap::color(b.vm_pu);
            v.label = QString::number(b.vm_pu, 'f', 3);
            v.tooltip = overlayRow(tr("Vm"), tr("%1 p.u.").arg(b.vm_pu, 0, 'f', 4)) +
                        overlayRow(tr("Va"), tr("%1°").arg(b.va_deg, 0, 'f', 3));
        } else {
            v.fill = style::deEnergisedFill();
            v.label = tr("off");
            v.tooltip = overlayRow(tr("State"), tr("not energised"));
        }
        o.buses.insert(QString::fromStdString(b.id), v);
    }
    for (const auto& f : r.branches) {
        OverlayBranch v;
        v.value = f.p_from_mw;
        v.tooltip = overlayRow(tr("P (from)"), tr("%1 MW").arg(f.p_from_mw, 0, 'f', 4)) +
                    overlayRow(tr("Q (from)"), tr("%1 MVAr").arg(f.q_from_mvar, 0, 'f', 4)) +
                    overlayRow(tr("Loss"), tr("%1 kW").arg(f.loss_kw, 0, 'f', 2));
        o.branches.insert(QString::fromStdString(f.id), v);
    }
    for (const auto& g : r.generators) {
        OverlayDevice v;
        v.tooltip =
            overlayRow(tr("Power flow P"), tr("%1 MW").arg(QString::number(g.p_mw, 'f', 4))) +
            overlayRow(tr("Power flow Q"), tr("%1 MVAr").arg(QString::number(g.q_mvar, 'f', 4)));
        o.devices.insert(QString::fromStdString(g.id), v);
    }
    o.legend.extremes = voltageExtremes(r);
    if (!period.isEmpty())
        o.legend.details << tr("At %1").arg(period);
    o.tables_caption = period.isEmpty() ? tr("Power flow") : tr("Power flow at %1").arg(period);
    o.tables = powerFlowTables(r, c);
    return o;
}

void PowerFlowPresenter::clear(const QString& note) {
    scene_->setOverlay(kOverlay, emptyOverlay(note));
}

void PowerFlowPresenter::reset() {
    clear(tr("No power-flow result"));
}

void PowerFlowPresenter::onStarted() {
    clear(tr("Running the power flow…"));
    emit status(tr("Running the power flow…"));
}

void PowerFlowPresenter::onFinished(const gridcarbon::PowerFlowResult& result) {
    if (!result.converged) {
        clear(tr("The power flow did not converge"));
        // The engine's diagnostic says it all (iterations, the largest mismatch in MVA and its
        // bus); the presenter names the period.
        QString why = firstDiagnostic(result, gridcarbon::Diagnostic::Severity::Error);
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        const QString text =
            why.isEmpty()
                ? tr("The power flow at %1 did not converge after %2 (largest mismatch %3 p.u.).")
                      .arg(period_name_, iterations(result.iterations))
                      .arg(result.max_mismatch_pu, 0, 'g', 3)
                : tr("Power flow at %1: %2.").arg(period_name_, why);
        emit problem(tr("Power flow"), text);
        return;
    }
    scene_->setOverlay(kOverlay, overlayOf(result, period_name_, study_->document()->model()));
    emit status(summary(result, period_name_));
}

void PowerFlowPresenter::onFailed(const QString& message) {
    clear(tr("The power flow failed"));
    emit problem(tr("Power flow"), tr("The power flow failed: %1").arg(message));
}

void PowerFlowPresenter::onCancelled() {
    clear(tr("The power flow was cancelled"));
    emit status(tr("The power flow was cancelled."));
}

} // namespace gridcarbon::gui
