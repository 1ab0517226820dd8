#include "io/MatpowerWriter.h"

#include "io/MatlabScript.h"
#include "io/TextFile.h"
#include "model/Enums.h"

#include <cmath>
#include <unordered_map>

namespace gridcarbon {
namespace {

// MATPOWER's bus types.
constexpr double REF = 3, PV = 2, PQ = 1;
constexpr std::size_t MATLAB_NAME_LENGTH = 63;

using Row = std::vector<double>;

// 17 significant digits; MATLAB's Inf and NaN for the rest.
std::string number(double v) {
    return std::isfinite(v) ? formatNumber17(v) : matlab::formatNumber(v);
}

// A MATLAB character array: single quotes, a quote doubled, line breaks and tabs as spaces.
std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char ch : s)
        out += ch == '\'' ? std::string("''") : std::string(1, ch < ' ' ? ' ' : ch);
    return out + "'";
}

// A MATPOWER bus number as the importer makes an id of it: digits without a leading zero.
bool isBusNumber(const std::string& id) {
    if (id.empty() || id.size() > 9 || id[0] == '0')
        return false;
    for (char ch : id)
        if (ch < '0' || ch > '9')
            return false;
    return true;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

void matrix(std::string& t, const std::string& title, const std::string& columns,
            const std::string& name, const std::vector<Row>& rows) {
    t += "\n%% " + title + "\n%\t" + columns + "\nmpc." + name + " = [\n";
    for (const Row& row : rows) {
        for (double v : row)
            t += "\t" + number(v);
        t += ";\n";
    }
    t += "];\n";
}

void cell(std::string& t, const std::string& title, const std::string& name,
          const std::vector<std::string>& entries) {
    t += "\n%% " + title + "\nmpc." + name + " = {\n";
    for (const std::string& e : entries)
        t += "\t" + quoted(e) + ";\n";
    t += "};\n";
}

// One row of mpc.gen and what goes with it.
struct GenRow {
    Row values;
    std::string fuel;
    std::string kind; // empty for a store: the importer infers it
    double carbon = 0.0;
    double cost2 = 0.0, cost1 = 0.0;
};

class Writer {
public:
    explicit Writer(const Case& c) : c_(c) {}

    MatpowerText run(const std::string& functionName) {
        numberBuses();
        busTypes();
        std::vector<GenRow> gens = generatorRows();
        MatpowerText out;
        std::string& t = out.text;
        t = "function mpc = " + functionName + "\n";
        for (std::size_t b = 0, e = 0; b <= c_.description.size(); b = e + 1) {
            e = c_.description.find('\n', b);
            if (e == std::string::npos)
                e = c_.description.size();
            if (!c_.description.empty())
                t += "%" + c_.description.substr(b, e - b) + "\n";
        }
        t += "\n% MATPOWER case written by GridCarbon from case " + quoted(c_.name) +
             ".\n% GridCarbon's extensions, which MATPOWER ignores: mpc.genfuel, mpc.gencarbon "
             "(t/MWh), mpc.genkind.\n";
        t += "\n%% MATPOWER Case Format : Version 2\nmpc.version = '2';\n";
        t += "\n%%-----  Power Flow Data  -----%%\n%% system MVA base\nmpc.baseMVA = " +
             number(c_.base_mva) + ";\n";
        matrix(t, "bus data", "bus_i\ttype\tPd\tQd\tGs\tBs\tarea\tVm\tVa\tbaseKV\tzone\tVmax\tVmin",
               "bus", busRows());
        std::vector<Row> genValues;
        for (const GenRow& g : gens)
            genValues.push_back(g.values);
        matrix(t, "generator data",
               "bus\tPg\tQg\tQmax\tQmin\tVg\tmBase\tstatus\tPmax\tPmin\tPc1\tPc2\tQc1min\tQc1max\t"
               "Qc2min\tQc2max\tramp_agc\tramp_10\tramp_30\tramp_q\tapf",
               "gen", genValues);
        matrix(t, "branch data",
               "fbus\ttbus\tr\tx\tb\trateA\trateB\trateC\tratio\tangle\tstatus\tangmin\tangmax",
               "branch", branchRows());
        costs(t, gens);
        names(t);
        extensions(t, gens);
        out.notes = std::move(notes_);
        return out;
    }

private:
    void note(const std::string& what) { notes_.push_back("not exported: " + what); }

    void numberBuses() {
        renumbered_ = false;
        for (const Bus& b : c_.buses)
            renumbered_ = renumbered_ || !isBusNumber(b.id);
        for (std::size_t i = 0; i < c_.buses.size(); ++i)
            number_[c_.buses[i].id] =
                renumbered_ ? static_cast<double>(i + 1) : std::stod(c_.buses[i].id);
        if (renumbered_)
            note("bus ids, which are not MATPOWER bus numbers: the buses are numbered 1.." +
                 std::to_string(c_.buses.size()) + " in order, their ids in mpc.bus_name");
    }

    // As the power flow has it: the bus of an in-service slack unit is the reference, that of a
    // voltage-controlling one a PV bus; the first such unit holds the voltage.
    void busTypes() {
        for (int pass = 0; pass < 2; ++pass)
            for (const Generator& g : c_.generators) {
                if (!g.in_service || g.candidate || g.control == Control::Power ||
                    (pass == 0) != (g.control == Control::Slack) || type_.count(g.bus))
                    continue;
                type_[g.bus] = g.control == Control::Slack ? REF : PV;
                vm_[g.bus] = g.vm_pu;
                if (g.control == Control::Slack)
                    va_[g.bus] = g.va_deg;
            }
    }

    std::vector<Row> busRows() {
        std::unordered_map<std::string, double> pd, qd, bs;
        for (const Load& l : c_.loads) {
            pd[l.bus] += l.p_mw;
            qd[l.bus] += l.q_mvar;
        }
        std::vector<std::string> banks;
        for (const Capacitor& k : c_.capacitors) {
            const double q = k.in_service ? k.q_step_mvar * k.steps_on : 0.0;
            bs[k.bus] += q;
            banks.push_back(k.id + " (" + std::to_string(k.in_service ? k.steps_on : 0) + " of " +
                            std::to_string(k.steps) + " steps on, " + matlab::formatNumber(q) +
                            " MVAr added to the Bs of bus " + k.bus + ")");
        }
        if (!banks.empty())
            note("capacitor banks as switched devices: " + joined(banks));
        std::vector<Row> rows;
        bool positions = false;
        for (const Bus& b : c_.buses) {
            positions = positions || b.position.has_value();
            const double type = type_.count(b.id) ? type_.at(b.id) : PQ;
            rows.push_back({number_.at(b.id), type, pd[b.id], qd[b.id], b.gs_mw,
                            b.bs_mvar + bs[b.id], 1, vm_.count(b.id) ? vm_.at(b.id) : 1.0,
                            va_.count(b.id) ? va_.at(b.id) : 0.0, b.base_kv, 1, b.vmax_pu,
                            b.vmin_pu});
        }
        if (positions)
            note("bus positions (the drawing)");
        return rows;
    }

    Row genRow(const std::string& bus, double pg, double qg, double qmax, double qmin, double vg,
               bool inService, double pmax, double pmin) const {
        Row r{number_.at(bus),       pg,   qg,  qmax, qmin, vg, c_.base_mva,
              inService ? 1.0 : 0.0, pmax, pmin};
        r.resize(21, 0.0);
        return r;
    }

    std::vector<GenRow> generatorRows() {
        std::vector<GenRow> rows;
        std::vector<std::string> candidates, noLoad, ramps;
        for (const Generator& g : c_.generators) {
            if (g.candidate) {
                candidates.push_back(g.id);
                continue;
            }
            if (g.carbon_no_load_t_per_h != 0.0)
                noLoad.push_back(g.id);
            if (g.ramp_mw_per_h != 0.0)
                ramps.push_back(g.id);
            // MATPOWER holds one voltage per bus, the first unit's Vg: every unit there has it.
            const double vg = vm_.count(g.bus) ? vm_.at(g.bus) : g.vm_pu;
            rows.push_back({genRow(g.bus, g.p_mw, g.q_mvar, g.q_max_mvar, g.q_min_mvar, vg,
                                   g.in_service, g.p_max_mw, g.p_min_mw),
                            g.fuel, std::string(toString(g.kind)), g.carbon_intensity_t_per_mwh,
                            g.cost_per_mw2h, g.cost_per_mwh});
        }
        std::vector<std::string> stores;
        for (const Storage& s : c_.storages) {
            if (s.candidate) {
                candidates.push_back(s.id);
                continue;
            }
            stores.push_back(s.id);
            // Held at its power-flow output, so that an OPF cannot use it as free energy.
            const double vg = vm_.count(s.bus) ? vm_.at(s.bus) : 1.0;
            rows.push_back({genRow(s.bus, s.p_mw, 0.0, 0.0, 0.0, vg, s.in_service, s.p_mw, s.p_mw),
                            "storage", "", 0.0, 0.0, 0.0});
        }
        if (!stores.empty())
            note("storage as stores (energy, state of charge, efficiencies): " + joined(stores) +
                 " written as generators held at their power-flow output, fuel 'storage'");
        if (!candidates.empty())
            note("planning candidates (no installed capacity): " + joined(candidates));
        if (!noLoad.empty())
            note("no-load emissions of " + joined(noLoad));
        if (!ramps.empty())
            note("ramp limits of " + joined(ramps));
        return rows;
    }

    std::vector<Row> branchRows() {
        std::vector<Row> rows;
        std::vector<std::string> typed;
        for (const Branch& b : c_.branches) {
            if (!b.line_type.empty())
                typed.push_back(b.id);
            const bool transformer =
                b.kind == BranchKind::Transformer || b.tap != 1.0 || b.shift_deg != 0.0;
            rows.push_back({number_.at(b.from), number_.at(b.to), b.r_pu, b.x_pu, b.b_pu,
                            b.rate_mva, b.rate_mva, b.rate_mva, transformer ? b.tap : 0.0,
                            b.shift_deg, b.in_service ? 1.0 : 0.0, -360, 360});
        }
        if (!typed.empty())
            note("line types and lengths (written as the per-unit values they give): " +
                 joined(typed));
        return rows;
    }

    void costs(std::string& t, const std::vector<GenRow>& gens) const {
        bool any = false;
        for (const GenRow& g : gens)
            any = any || g.cost1 != 0.0 || g.cost2 != 0.0;
        if (!any)
            return;
        std::vector<Row> rows;
        for (const GenRow& g : gens)
            rows.push_back({2, 0, 0, 3, g.cost2, g.cost1, 0});
        t += "\n%%-----  OPF Data  -----%%";
        matrix(t, "generator cost data", "2\tstartup\tshutdown\tn\tc(n-1)\t...\tc0", "gencost",
               rows);
    }

    void names(std::string& t) const {
        bool any = renumbered_;
        std::vector<std::string> names;
        for (const Bus& b : c_.buses) {
            any = any || !b.name.empty();
            names.push_back(renumbered_ ? b.id : b.name);
        }
        if (any)
            cell(t, renumbered_ ? "bus ids" : "bus names", "bus_name", names);
    }

    void extensions(std::string& t, const std::vector<GenRow>& gens) {
        std::vector<std::string> fuels, kinds;
        std::vector<Row> carbon;
        bool anyFuel = false;
        for (const GenRow& g : gens) {
            anyFuel = anyFuel || !g.fuel.empty();
            fuels.push_back(g.fuel);
            kinds.push_back(g.kind);
            carbon.push_back({g.carbon});
        }
        if (anyFuel)
            cell(t, "fuel of each generator (GridCarbon)", "genfuel", fuels);
        if (!gens.empty()) {
            matrix(t, "carbon intensity of each generator, t/MWh (GridCarbon)", "t/MWh",
                   "gencarbon", carbon);
            cell(t, "kind of each generator: grid, thermal, wt, pv, ht, mt (GridCarbon)", "genkind",
                 kinds);
        }
        if (!c_.profiles.empty()) {
            std::vector<std::string> ids;
            for (const Profile& p : c_.profiles)
                ids.push_back(p.id);
            note("profiles " + joined(ids) + " (loads and units are written at their base values)");
        }
        if (!(c_.economics == Economics{}))
            note("economics (prices, carbon price and quota, daily carbon cap)");
        idsNote();
    }

    // The importer names branches L1.., generators G1.. and loads D<bus>, one per bus.
    void idsNote() {
        std::vector<std::string> kinds;
        for (std::size_t i = 0; i < c_.branches.size(); ++i)
            if (c_.branches[i].id != "L" + std::to_string(i + 1)) {
                kinds.push_back("branches (read back as L1..)");
                break;
            }
        std::size_t row = 0;
        bool units = !c_.storages.empty();
        for (const Generator& g : c_.generators) {
            if (g.candidate)
                continue;
            ++row;
            if (g.id != "G" + std::to_string(row))
                units = true;
        }
        if (units)
            kinds.push_back("generators (G1..)");
        std::unordered_map<std::string, int> perBus;
        bool loads = false;
        for (const Load& l : c_.loads)
            loads = loads || ++perBus[l.bus] > 1 || l.id != "D" + l.bus;
        if (loads)
            kinds.push_back("loads (one per bus, D<bus>)");
        if (!kinds.empty())
            note("element ids of " + joined(kinds));
    }

    const Case& c_;
    bool renumbered_ = false;
    std::unordered_map<std::string, double> number_, type_, vm_, va_;
    std::vector<std::string> notes_;
};

} // namespace

MatpowerText matpowerText(const Case& c, const std::string& functionName) {
    return Writer(c).run(functionName);
}

std::string matpowerFunctionName(const std::filesystem::path& file) {
    std::string name = file.stem().string();
    for (char& ch : name)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
            ch = '_';
    if (name.empty() || !((name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z')))
        name = "case_" + name;
    return name.substr(0, MATLAB_NAME_LENGTH);
}

std::vector<std::string> saveMatpower(const std::filesystem::path& file, const Case& c) {
    const std::string function = matpowerFunctionName(file);
    MatpowerText m = matpowerText(c, function);
    if (function != file.stem().string())
        m.notes.push_back("note: MATLAB calls a case by its file name, and '" +
                          file.stem().string() + "' is not a MATLAB name: rename the file " +
                          function + ".m to run it in MATPOWER");
    writeTextFileAtomic(file, m.text);
    return m.notes;
}

} // namespace gridcarbon
