#include "carbon/DayCarbon.h"

#include "devices/DevicePhysics.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace gridcarbon::carbon {
namespace {

struct Store {
    double energy_mwh = 0.0;
    double carbon_t = 0.0;
    double intensity = 0.0; // kept when the store runs empty
};

std::string megawattHours(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g MWh", v);
    return buf;
}

} // namespace

DayCarbonResult computeDayCarbon(const Case& c, const std::vector<FlowState>& states,
                                 const std::string& day, double hoursPerPeriod, Progress* progress,
                                 std::stop_token stop) {
    NullProgress silent;
    Progress& sink = progress ? *progress : silent;
    const double dt = hoursPerPeriod;
    DayCarbonResult r;
    r.day = day;
    r.hours_per_period = dt;

    std::vector<Store> stores(c.storages.size());
    r.storages.resize(c.storages.size());
    for (std::size_t k = 0; k < c.storages.size(); ++k) {
        const Storage& s = c.storages[k];
        Store& st = stores[k];
        st.energy_mwh = s.in_service ? devices::initialEnergyMwh(s) : 0.0;
        st.intensity = devices::initialStoredIntensity(c, s);
        st.carbon_t = st.intensity * st.energy_mwh;
        StorageDay& d = r.storages[k];
        d.id = s.id;
        d.bus = s.bus;
        d.start_energy_mwh = d.end_energy_mwh = st.energy_mwh;
        d.start_intensity_t_per_mwh = d.end_intensity_t_per_mwh = st.intensity;
        r.totals.stored_start_t += st.carbon_t;
    }

    r.buses.resize(c.buses.size());
    for (std::size_t i = 0; i < c.buses.size(); ++i)
        r.buses[i].id = c.buses[i].id;
    std::map<std::string, std::size_t> sourceIndex;
    double unsolvedStoreChange = 0.0; // t of carbon stores gained in unsolved hours

    for (std::size_t t = 0; t < states.size(); ++t) {
        if (stop.stop_requested())
            throw Error(ErrorCode::Cancelled, "carbon emission flow cancelled");
        const FlowState& state = states[t];
        const bool solved = state.failure.empty();
        CarbonFlowOptions options;
        for (const Store& st : stores)
            options.storage_intensity_t_per_mwh.push_back(st.intensity);
        CarbonFlowResult period;
        if (solved)
            period = computeCarbonFlow(c, state, options);
        else
            r.unsolved_hours.push_back(state.hour);

        for (const Exchange& x : state.exchanges) {
            if (x.kind != ExchangeKind::Storage)
                continue;
            const Storage& s = c.storages[x.device];
            Store& st = stores[x.device];
            StorageDay& d = r.storages[x.device];
            const double busIntensity =
                solved ? period.buses[x.bus].intensity_t_per_mwh : st.intensity;
            const double storedCarbonBefore = st.carbon_t;
            const double stored = devices::storedEnergyChangeMwh(s, x.p_mw, dt);
            if (x.p_mw < 0.0) {
                const double drawn = -x.p_mw * dt;
                st.energy_mwh += stored;
                st.carbon_t += busIntensity * stored;
                d.charged_mwh += drawn;
                d.charge_emission_t += busIntensity * drawn;
                d.conversion_loss_emission_t += busIntensity * (drawn - stored);
            } else {
                const double delivered = x.p_mw * dt;
                const double withdrawn = -stored;
                st.energy_mwh -= withdrawn;
                st.carbon_t -= st.intensity * withdrawn;
                d.discharged_mwh += delivered;
                d.discharge_emission_t += st.intensity * delivered;
                d.conversion_loss_emission_t += st.intensity * (withdrawn - delivered);
            }
            const double slack = 1e-6 * std::max(1.0, s.energy_mwh);
            if (st.energy_mwh < -slack || st.energy_mwh > s.energy_mwh + slack)
                throw badInput("storage '" + s.id + "' would hold " + megawattHours(st.energy_mwh) +
                               " at the end of hour " + std::to_string(state.hour) +
                               ", outside 0.." + megawattHours(s.energy_mwh) +
                               ": its schedule is not feasible");
            if (st.energy_mwh > 1e-9)
                st.intensity = st.carbon_t / st.energy_mwh;
            else
                st.carbon_t = st.intensity * std::max(st.energy_mwh, 0.0);
            if (!solved) // no trace of where it came from or went: kept out of the balance
                unsolvedStoreChange += st.carbon_t - storedCarbonBefore;
        }
        for (std::size_t k = 0; k < stores.size(); ++k) {
            double p = 0.0;
            for (const Exchange& x : state.exchanges)
                if (x.kind == ExchangeKind::Storage && x.device == k)
                    p += x.p_mw;
            if (c.storages[k].in_service)
                r.storages[k].hours.push_back(
                    {state.hour, p, stores[k].energy_mwh, stores[k].intensity});
        }

        const auto reportProgress = [&] {
            sink.report(static_cast<double>(t + 1) / static_cast<double>(states.size()),
                        "carbon emission flow, period " + std::to_string(t + 1) + " of " +
                            std::to_string(states.size()));
        };
        if (!solved) {
            reportProgress();
            continue;
        }
        for (std::size_t i = 0; i < period.buses.size(); ++i) {
            r.buses[i].load_mwh += period.buses[i].load_mw * dt;
            r.buses[i].load_emission_t += period.buses[i].load_emission_t_per_h * dt;
        }
        for (const SourceCarbon& s : period.sources) {
            auto [it, added] = sourceIndex.emplace(s.id, r.sources.size());
            if (added)
                r.sources.push_back({s.id, s.kind, s.bus});
            SourceDay& d = r.sources[it->second];
            if (s.p_mw > 0.0) {
                d.supplied_mwh += s.p_mw * dt;
                d.emission_t += s.emission_t_per_h * dt;
            } else {
                d.drawn_mwh -= s.p_mw * dt;
                d.taken_in_t += s.emission_t_per_h * dt;
            }
        }
        const CarbonTotals& pt = period.totals;
        r.totals.generation_t += pt.generation_t_per_h * dt;
        r.totals.load_t += pt.load_t_per_h * dt;
        r.totals.loss_t += pt.loss_t_per_h * dt;
        r.totals.export_t += pt.export_t_per_h * dt;
        r.periods.push_back(std::move(period));
        reportProgress();
    }

    for (BusDay& b : r.buses)
        if (b.load_mwh > 0.0)
            b.mean_intensity_t_per_mwh = b.load_emission_t / b.load_mwh;
    for (std::size_t k = 0; k < stores.size(); ++k) {
        StorageDay& d = r.storages[k];
        d.end_energy_mwh = stores[k].energy_mwh;
        d.end_intensity_t_per_mwh = stores[k].intensity;
        r.totals.stored_end_t += stores[k].carbon_t;
        r.totals.storage_conversion_loss_t += d.conversion_loss_emission_t;
    }
    const DayTotals& t = r.totals;
    const double in = t.generation_t + t.stored_start_t + unsolvedStoreChange;
    const double out =
        t.load_t + t.loss_t + t.export_t + t.storage_conversion_loss_t + t.stored_end_t;
    r.totals.balance_error = in > 0.0 ? std::abs(in - out) / in : std::abs(out);
    return r;
}

} // namespace gridcarbon::carbon
