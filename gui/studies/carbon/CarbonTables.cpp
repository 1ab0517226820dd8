#include "gui/studies/carbon/CarbonTables.h"

#include <QCoreApplication>

namespace gridcarbon::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("gridcarbon::gui", text);
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

constexpr double kKgPerT = 1000.0;

} // namespace

QList<ResultTable> carbonTables(const gridcarbon::carbon::CarbonFlowResult& p) {
    using gridcarbon::ElementKind;
    using gridcarbon::carbon::IntensitySource;
    ResultTable buses{tr("Buses"),
                      {{tr("Bus"), {}, 0},
                       {tr("Intensity"), tr("t/MWh"), 4},
                       {tr("Vm"), tr("p.u."), 4},
                       {tr("Load"), tr("MW"), 4},
                       {tr("Load emission"), tr("kg/h"), 2},
                       {tr("Intensity from"), {}, 0}},
                      {}};
    for (const auto& b : p.buses) {
        const QString source = b.source == IntensitySource::Mixed ? tr("inflows")
                               : b.source == IntensitySource::NoThroughFlow
                                   ? tr("feeding bus (no through-flow)")
                                   : tr("not energised");
        buses.rows.push_back({{ElementKind::Bus, b.id},
                              {q(b.id), b.intensity_t_per_mwh, b.vm_pu, b.load_mw,
                               b.load_emission_t_per_h * kKgPerT, source}});
    }
    ResultTable branches{tr("Branches"),
                         {{tr("Branch"), {}, 0},
                          {tr("From"), {}, 0},
                          {tr("To"), {}, 0},
                          {tr("Sending bus"), {}, 0},
                          {tr("P sending"), tr("MW"), 4},
                          {tr("Density"), tr("t/MWh"), 4},
                          {tr("Carbon flow"), tr("kg/h"), 2},
                          {tr("Loss emission"), tr("kg/h"), 3}},
                         {}};
    for (const auto& b : p.branches)
        branches.rows.push_back(
            {{ElementKind::Branch, b.id},
             {q(b.id), q(b.from), q(b.to), q(b.sending_bus), b.p_sending_mw, b.intensity_t_per_mwh,
              b.carbon_flow_sending_t_per_h * kKgPerT, b.loss_emission_t_per_h * kKgPerT}});
    ResultTable units{tr("Units"),
                      {{tr("Unit"), {}, 0},
                       {tr("Kind"), {}, 0},
                       {tr("Bus"), {}, 0},
                       {tr("P"), tr("MW"), 4},
                       {tr("Intensity"), tr("t/MWh"), 4},
                       {tr("Emission"), tr("kg/h"), 2}},
                      {}};
    for (const auto& s : p.sources)
        units.rows.push_back(
            {{s.kind == "es" ? ElementKind::Storage : ElementKind::Generator, s.id},
             {q(s.id), q(s.kind), q(s.bus), s.p_mw, s.intensity_t_per_mwh,
              s.emission_t_per_h * kKgPerT}});
    return {buses, branches, units};
}

} // namespace gridcarbon::gui
