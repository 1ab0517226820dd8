#include "devices/DevicePhysics.h"

#include "model/Profiles.h"

namespace gridcarbon::devices {

bool isInstalled(const Generator& g) {
    return g.in_service && !g.candidate;
}

bool isInstalled(const Storage& s) {
    return s.in_service && !s.candidate;
}

bool isCommitted(const Generator& g) {
    return g.kind == GeneratorKind::MT || g.kind == GeneratorKind::Thermal;
}

bool isCurtailable(const Generator& g) {
    return g.kind == GeneratorKind::WT || g.kind == GeneratorKind::PV;
}

double availabilityFactor(const Case& c, const Generator& g, const std::string& day, int hour) {
    return profileValue(c, g.profile, day, hour, "generator '" + g.id + "'");
}

double availableMw(const Case& c, const Generator& g, const std::string& day, int hour) {
    return g.p_max_mw * availabilityFactor(c, g, day, hour);
}

double scheduledMw(const Case& c, const Generator& g, const std::string& day, int hour) {
    if (day.empty() || g.profile.empty())
        return g.p_mw;
    return availableMw(c, g, day, hour);
}

double loadFactor(const Case& c, const Load& l, const std::string& day, int hour) {
    return profileValue(c, l.profile, day, hour, "load '" + l.id + "'");
}

BusLoads busLoads(const Case& c, const std::string& day, int hour) {
    const auto index = busIndexMap(c);
    BusLoads loads{std::vector<double>(c.buses.size(), 0.0),
                   std::vector<double>(c.buses.size(), 0.0)};
    for (const Load& l : c.loads) {
        const double k = loadFactor(c, l, day, hour);
        loads.p_mw[index.at(l.bus)] += l.p_mw * k;
        loads.q_mvar[index.at(l.bus)] += l.q_mvar * k;
    }
    return loads;
}

double initialEnergyMwh(const Storage& s) {
    return s.soc_initial * s.energy_mwh;
}

double minEnergyMwh(const Storage& s) {
    return s.soc_min * s.energy_mwh;
}

double maxEnergyMwh(const Storage& s) {
    return s.soc_max * s.energy_mwh;
}

double chargeGain(const Storage& s) {
    return s.eta_charge;
}

double dischargeCost(const Storage& s) {
    return 1.0 / s.eta_discharge;
}

double storedEnergyChangeMwh(const Storage& s, double p_mw, double hours) {
    if (p_mw < 0.0)
        return -p_mw * hours * chargeGain(s);
    return -p_mw * hours * dischargeCost(s);
}

EmissionLine emissionLine(const Generator& g) {
    return {g.carbon_intensity_t_per_mwh, g.carbon_no_load_t_per_h};
}

double emissionTPerH(const Generator& g, double p_mw) {
    const EmissionLine line = emissionLine(g);
    return line.t_per_mwh * p_mw + line.no_load_t_per_h;
}

double outputIntensity(const Generator& g, double p_mw) {
    if (!(p_mw > 0.0))
        return 0.0;
    return emissionTPerH(g, p_mw) / p_mw;
}

double initialStoredIntensity(const Case& c, const Storage& s) {
    if (s.carbon_intensity_t_per_mwh)
        return *s.carbon_intensity_t_per_mwh;
    double sum = 0.0;
    int count = 0;
    for (const Generator& g : c.generators)
        if (g.in_service && g.kind == GeneratorKind::Grid) {
            sum += g.carbon_intensity_t_per_mwh;
            ++count;
        }
    return count ? sum / count : 0.0;
}

} // namespace gridcarbon::devices
