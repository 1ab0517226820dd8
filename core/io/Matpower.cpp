#include "io/Matpower.h"

#include "io/MatlabScript.h"
#include "io/TextFile.h"
#include "model/Enums.h"
#include "model/Validate.h"
#include "util/Error.h"
#include "util/Text.h"

#include <cmath>
#include <unordered_map>

namespace gridcarbon {
namespace {

using matlab::errorAt;
using matlab::formatNumber;
using matlab::Script;
using matlab::Value;
using matlab::ValueType;
using matlab::Variable;

// MATPOWER's column numbers (1-based), as idx_bus, idx_gen, idx_brch and idx_cost define them.
constexpr std::size_t BUS_I = 1, BUS_TYPE = 2, PD = 3, QD = 4, GS = 5, BS = 6, VA = 9, BASE_KV = 10,
                      VMAX = 12, VMIN = 13, BUS_COLUMNS = 13;
constexpr std::size_t GEN_BUS = 1, PG = 2, QG = 3, QMAX = 4, QMIN = 5, VG = 6, GEN_STATUS = 8,
                      PMAX = 9, PMIN = 10, GEN_COLUMNS = 10;
constexpr std::size_t F_BUS = 1, T_BUS = 2, BR_R = 3, BR_X = 4, BR_B = 5, RATE_A = 6, TAP = 9,
                      SHIFT = 10, BR_STATUS = 11, BRANCH_COLUMNS = 11;
constexpr std::size_t MODEL = 1, NCOST = 4, COST = 5;
constexpr int REF = 3, PV = 2, PQ = 1, ISOLATED = 4;

std::string trim(const std::string& s) {
    const auto blank = [](char c) {
        return c == ' ' || c == '\t';
    };
    std::size_t b = 0, e = s.size();
    while (b < e && blank(s[b]))
        ++b;
    while (e > b && blank(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// One MATPOWER data matrix read with the source line of each row, so that a complaint about
// a value points at the row it is on.
class Table {
public:
    Table(const std::string& source, std::string name, const Variable& var, std::size_t minCols)
        : source_(source), name_(std::move(name)), var_(var) {
        if (var.value.type != ValueType::Numeric)
            throw errorAt(source_, var.line, name_ + " must be a numeric matrix");
        if (rows() > 0 && cols() < minCols)
            throw errorAt(source_, line(0),
                          name_ + " has " + std::to_string(cols()) + " columns; MATPOWER needs " +
                              std::to_string(minCols));
    }

    std::size_t rows() const { return var_.value.rows; }
    std::size_t cols() const { return var_.value.cols; }
    int line(std::size_t r) const { return var_.rowLine(r); }
    double raw(std::size_t r, std::size_t column) const { return var_.value.at(r, column - 1); }

    double get(std::size_t r, std::size_t column, const char* what) const {
        const double v = raw(r, column);
        if (!std::isfinite(v))
            fail(r, std::string(what) + " is " + formatNumber(v) + "; a finite number is needed");
        return v;
    }

    // MATPOWER bus numbers are positive integers; they become the bus ids.
    std::string busNumber(std::size_t r, std::size_t column, const char* what) const {
        const double v = get(r, column, what);
        if (!(v >= 1.0 && v <= 2e9) || v != std::floor(v))
            fail(r, std::string(what) + " " + formatNumber(v) + " is not a positive integer");
        return std::to_string(static_cast<long long>(v));
    }

    [[noreturn]] void fail(std::size_t r, const std::string& what) const {
        throw errorAt(source_, line(r), name_ + " row " + std::to_string(r + 1) + ": " + what);
    }

private:
    const std::string& source_;
    std::string name_;
    const Variable& var_;
};

struct BusInfo {
    int type = PQ;
    double va_deg = 0.0;
    int line = 0;
};

class Importer {
public:
    Importer(const Script& script, const std::string& source, std::vector<std::string>* warnings)
        : s_(script), source_(source), out_(script.outputName), warnings_(warnings) {}

    Case run() {
        checkVersion();
        c_.name = s_.functionName;
        for (const std::string& line : s_.helpText)
            c_.description += (c_.description.empty() ? "" : "\n") + line;
        c_.source = "MATPOWER case " + source_;
        const Variable& base = require("baseMVA");
        baseLine_ = base.line;
        if (!base.value.isScalar() || !std::isfinite(base.value.numbers[0]))
            throw errorAt(source_, base.line, out_ + ".baseMVA must be a finite number");
        c_.base_mva = base.value.numbers[0];
        buses();
        generators();
        costs();
        branches();
        validate();
        return std::move(c_);
    }

private:
    [[noreturn]] void fail(int line, const std::string& what) const {
        throw errorAt(source_, line, what);
    }

    const Variable* field(const char* name) const { return s_.find(out_ + "." + name); }

    const Variable& require(const char* name) const {
        const Variable* v = field(name);
        if (!v)
            fail(s_.functionLine, "the case does not set " + out_ + "." + name);
        return *v;
    }

    void checkVersion() const {
        const Variable* v = field("version");
        if (!v)
            fail(s_.functionLine, "the case does not set " + out_ +
                                      ".version (MATPOWER version 1 cases are not supported)");
        const Value& x = v->value;
        if (x.type == ValueType::Text && x.text == "2")
            return;
        const std::string given = x.type == ValueType::Text ? "'" + x.text + "'"
                                  : x.isScalar()            ? formatNumber(x.numbers[0])
                                                            : "a non-string value";
        fail(v->line, "unsupported MATPOWER case format version " + given +
                          "; only version '2' is supported");
    }

    // A cell array of strings with one entry per row of a table (bus_name, genfuel).
    std::vector<std::string> strings(const char* name, std::size_t expected) const {
        const Variable* v = field(name);
        if (!v)
            return {};
        const std::string full = out_ + "." + name;
        const Value& x = v->value;
        if (x.type != ValueType::Cell || (x.rows != 1 && x.cols != 1 && x.numel() > 0))
            fail(v->line, full + " must be a cell array with one column of strings");
        if (x.numel() != expected)
            fail(v->line, full + " has " + std::to_string(x.numel()) + " entries for " +
                              std::to_string(expected) + " rows");
        std::vector<std::string> out;
        std::size_t undecodable = 0;
        int firstLine = 0;
        for (std::size_t k = 0; k < x.numel(); ++k) {
            const int line = v->rowLine(x.rows == 1 ? 0 : k);
            if (x.cells[k].type != ValueType::Text)
                fail(line, full + " entry " + std::to_string(k + 1) + " is not a string");
            bool replaced = false;
            out.push_back(toValidUtf8(trim(x.cells[k].text), replaced));
            if (replaced && undecodable++ == 0)
                firstLine = line;
        }
        // Once per field: a file in GBK or another legacy encoding has every name so.
        if (undecodable > 0 && warnings_)
            warnings_->push_back(source_ + ":" + std::to_string(firstLine) + ": " + full + ": " +
                                 std::to_string(undecodable) + " of " + std::to_string(x.numel()) +
                                 " entries are not UTF-8 text (GBK or another legacy encoding?); "
                                 "their undecodable bytes became U+FFFD: save the file as UTF-8 "
                                 "to keep them");
        return out;
    }

    void buses() {
        const Table bus(source_, out_ + ".bus", require("bus"), BUS_COLUMNS);
        if (bus.rows() == 0)
            fail(require("bus").line, out_ + ".bus has no rows");
        const std::vector<std::string> names = strings("bus_name", bus.rows());
        for (std::size_t r = 0; r < bus.rows(); ++r) {
            const std::string id = bus.busNumber(r, BUS_I, "bus number");
            const double type = bus.get(r, BUS_TYPE, "bus type");
            if (type == ISOLATED)
                bus.fail(r, "bus " + id + ": isolated bus type 4 is not supported");
            if (type != REF && type != PV && type != PQ)
                bus.fail(r, "bus " + id + ": unknown bus type " + formatNumber(type));
            BusInfo info{static_cast<int>(type), 0.0, bus.line(r)};
            if (type == REF)
                info.va_deg = bus.get(r, VA, "Va");
            if (auto [it, fresh] = info_.emplace(id, info); !fresh)
                bus.fail(r, "duplicate bus number " + id + " (first on line " +
                                std::to_string(it->second.line) + ")");
            Bus b;
            b.id = id;
            if (!names.empty())
                b.name = names[r];
            b.base_kv = bus.get(r, BASE_KV, "baseKV");
            b.vmin_pu = bus.get(r, VMIN, "Vmin");
            b.vmax_pu = bus.get(r, VMAX, "Vmax");
            b.gs_mw = bus.get(r, GS, "Gs");
            b.bs_mvar = bus.get(r, BS, "Bs");
            c_.buses.push_back(std::move(b));
            busLines_.push_back(bus.line(r));
            const double pd = bus.get(r, PD, "Pd"), qd = bus.get(r, QD, "Qd");
            if (pd != 0.0 || qd != 0.0) {
                c_.loads.push_back(Load{"D" + id, id, pd, qd, {}});
                loadLines_.push_back(bus.line(r));
            }
        }
    }

    // The id of the bus a gen or branch row refers to, which must be in mpc.bus.
    std::string busRef(const Table& t, std::size_t r, std::size_t column, const char* what) const {
        std::string id = t.busNumber(r, column, what);
        if (!info_.count(id))
            t.fail(r, std::string(what) + " " + id + " is not in " + out_ + ".bus");
        return id;
    }

    void generators() {
        const Table gen(source_, out_ + ".gen", require("gen"), GEN_COLUMNS);
        const std::size_t n = gen.rows();
        const std::vector<std::string> fuels = strings("genfuel", n);
        const std::vector<std::string> kinds = strings("genkind", n);
        std::vector<double> carbon;
        if (const Variable* v = field("gencarbon")) {
            const Table t(source_, out_ + ".gencarbon", *v, 1);
            if (t.rows() != n || (n > 0 && t.cols() != 1))
                fail(v->line, out_ + ".gencarbon must be one column with one row per generator (" +
                                  std::to_string(n) + "), not " + std::to_string(t.rows()) + "x" +
                                  std::to_string(t.cols()));
            for (std::size_t r = 0; r < n; ++r)
                carbon.push_back(t.get(r, 1, "carbon intensity"));
        }
        // MATPOWER takes a generator bus's voltage from the first in-service unit's Vg (not
        // from the bus's Vm); every unit at that bus holds the same set point here so that
        // the power flow sees one voltage per bus.
        std::unordered_map<std::string, double> busVg;
        for (std::size_t r = 0; r < n; ++r) {
            const std::string id = busRef(gen, r, GEN_BUS, "bus");
            if (gen.get(r, GEN_STATUS, "status") > 0.0)
                busVg.emplace(id, gen.get(r, VG, "Vg"));
        }
        std::unordered_map<std::string, bool> slackTaken;
        for (std::size_t r = 0; r < n; ++r) {
            Generator g;
            g.id = "G" + std::to_string(r + 1);
            g.bus = busRef(gen, r, GEN_BUS, "bus");
            const BusInfo& bus = info_.at(g.bus);
            g.in_service = gen.get(r, GEN_STATUS, "status") > 0.0;
            g.p_mw = gen.get(r, PG, "Pg");
            g.q_mvar = gen.get(r, QG, "Qg");
            g.vm_pu = gen.get(r, VG, "Vg");
            g.p_max_mw = gen.get(r, PMAX, "Pmax");
            g.p_min_mw = gen.get(r, PMIN, "Pmin");
            g.q_max_mvar = gen.get(r, QMAX, "Qmax");
            g.q_min_mvar = gen.get(r, QMIN, "Qmin");
            if (bus.type == REF && g.in_service && !slackTaken[g.bus]) {
                slackTaken[g.bus] = true;
                g.control = Control::Slack;
                g.va_deg = bus.va_deg;
            } else if (bus.type == REF || bus.type == PV) {
                g.control = Control::Voltage;
            } else {
                g.control = Control::Power;
            }
            if (g.control != Control::Power && busVg.count(g.bus))
                g.vm_pu = busVg[g.bus];
            if (!fuels.empty()) {
                g.fuel = fuels[r];
                const std::string f = lower(g.fuel);
                g.kind = f == "wind"                 ? GeneratorKind::WT
                         : f == "solar" || f == "pv" ? GeneratorKind::PV
                         : f == "hydro"              ? GeneratorKind::HT
                                                     : GeneratorKind::Thermal;
            } else {
                // In MATPOWER's distribution cases the unit at the reference bus stands for
                // the substation's supply from the upstream grid.
                g.kind = bus.type == REF ? GeneratorKind::Grid : GeneratorKind::Thermal;
            }
            if (!kinds.empty() && !kinds[r].empty()) {
                const std::optional<GeneratorKind> kind = generatorKindFrom(lower(kinds[r]));
                if (!kind)
                    fail(field("genkind")->rowLine(r),
                         out_ + ".genkind entry " + std::to_string(r + 1) + " '" + kinds[r] +
                             "' is not a unit kind (grid, thermal, wt, pv, ht or mt)");
                g.kind = *kind;
            }
            if (!carbon.empty())
                g.carbon_intensity_t_per_mwh = carbon[r];
            c_.generators.push_back(std::move(g));
            genLines_.push_back(gen.line(r));
        }
    }

    void costs() {
        const Variable* v = field("gencost");
        if (!v)
            return;
        const Table cost(source_, out_ + ".gencost", *v, COST - 1);
        const std::size_t n = c_.generators.size();
        if (cost.rows() == 0 && n == 0)
            return;
        // Rows beyond the first n hold reactive power costs, which the Case does not model.
        if (cost.rows() != n && cost.rows() != 2 * n)
            fail(v->line, out_ + ".gencost has " + std::to_string(cost.rows()) +
                              " rows; one per generator (" + std::to_string(n) +
                              ") or two per generator are needed");
        for (std::size_t r = 0; r < n; ++r) {
            Generator& g = c_.generators[r];
            const double model = cost.get(r, MODEL, "cost model");
            if (model != 1 && model != 2)
                cost.fail(r, "unknown cost model " + formatNumber(model) +
                                 " (1: piecewise linear, 2: polynomial)");
            const double count = cost.get(r, NCOST, "number of cost terms");
            const std::size_t room = cost.cols() - (COST - 1);
            const double perTerm = model == 1 ? 2.0 : 1.0;
            if (count < 0 || count != std::floor(count) || count * perTerm > room)
                cost.fail(r, "number of cost terms " + formatNumber(count) +
                                 " does not fit the row's " + std::to_string(room) +
                                 " cost columns");
            const std::size_t terms = static_cast<std::size_t>(count);
            if (model == 2) {
                // Coefficients run from the highest power down to the constant term.
                const auto coef = [&](std::size_t power) {
                    return cost.get(r, COST + terms - 1 - power, "cost coefficient");
                };
                for (std::size_t p = 3; p < terms; ++p)
                    if (coef(p) != 0.0)
                        cost.fail(r, "polynomial costs above second order are not supported");
                if (terms >= 3)
                    g.cost_per_mw2h = coef(2);
                if (terms >= 2)
                    g.cost_per_mwh = coef(1);
            } else {
                // The Case has linear and quadratic terms only, so a piecewise-linear curve
                // becomes its average slope from the first to the last point.
                if (terms >= 2) {
                    const double x1 = cost.get(r, COST, "cost point"),
                                 y1 = cost.get(r, COST + 1, "cost point"),
                                 xn = cost.get(r, COST + 2 * terms - 2, "cost point"),
                                 yn = cost.get(r, COST + 2 * terms - 1, "cost point");
                    const double slope = (yn - y1) / (xn - x1);
                    if (!(xn > x1) || !std::isfinite(slope))
                        cost.fail(r, "piecewise-linear cost points must increase in MW");
                    g.cost_per_mwh = slope;
                }
            }
        }
    }

    void branches() {
        const Table br(source_, out_ + ".branch", require("branch"), BRANCH_COLUMNS);
        for (std::size_t r = 0; r < br.rows(); ++r) {
            Branch b;
            b.id = "L" + std::to_string(r + 1);
            b.from = busRef(br, r, F_BUS, "from bus");
            b.to = busRef(br, r, T_BUS, "to bus");
            b.r_pu = br.get(r, BR_R, "r");
            b.x_pu = br.get(r, BR_X, "x");
            b.b_pu = br.get(r, BR_B, "b");
            // MATPOWER reads both 0 and Inf as "no limit"; the Case says it with 0.
            const double rate = br.raw(r, RATE_A);
            b.rate_mva = std::isinf(rate) && rate > 0 ? 0.0 : br.get(r, RATE_A, "rateA");
            const double ratio = br.get(r, TAP, "ratio");
            b.shift_deg = br.get(r, SHIFT, "angle");
            b.tap = ratio == 0.0 ? 1.0 : ratio;
            b.kind =
                (ratio != 0.0 || b.shift_deg != 0.0) ? BranchKind::Transformer : BranchKind::Line;
            b.in_service = br.get(r, BR_STATUS, "status") > 0.0;
            c_.branches.push_back(std::move(b));
            branchLines_.push_back(br.line(r));
        }
    }

    // The model's own checks (zero impedance, negative resistance, limits), reported at the
    // line of the row the offending item came from.
    void validate() const {
        for (const Problem& p : validateCase(c_)) {
            if (p.severity != Severity::Error)
                continue;
            std::string where = p.path + (p.item_id.empty() ? "" : " (" + p.item_id + ")");
            throw errorAt(source_, lineOf(p.path), where + ": " + p.message);
        }
    }

    int lineOf(const std::string& path) const {
        const std::size_t open = path.find('[');
        const std::string list = path.substr(0, open);
        if (list == "base_mva")
            return baseLine_;
        const std::vector<int>* lines = list == "buses"        ? &busLines_
                                        : list == "branches"   ? &branchLines_
                                        : list == "generators" ? &genLines_
                                        : list == "loads"      ? &loadLines_
                                                               : nullptr;
        if (!lines || open == std::string::npos)
            return s_.functionLine;
        std::size_t k = 0;
        for (std::size_t i = open + 1; i < path.size() && path[i] >= '0' && path[i] <= '9'; ++i)
            k = k * 10 + static_cast<std::size_t>(path[i] - '0');
        return k < lines->size() ? (*lines)[k] : s_.functionLine;
    }

    const Script& s_;
    const std::string& source_;
    const std::string out_;
    std::vector<std::string>* warnings_;
    Case c_;
    std::unordered_map<std::string, BusInfo> info_;
    std::vector<int> busLines_, branchLines_, genLines_, loadLines_;
    int baseLine_ = 0;
};

} // namespace

Case importMatpower(const std::string& text, const std::string& sourceName,
                    std::vector<std::string>* warnings) {
    const Script script = matlab::runScript(text, sourceName);
    if (script.functionName.empty())
        throw errorAt(sourceName, 1,
                      "not a MATPOWER case: the file must start with 'function mpc = NAME'");
    if (script.outputName.empty())
        throw errorAt(sourceName, script.functionLine,
                      "the case function must return the case struct ('function mpc = " +
                          script.functionName + "')");
    return Importer(script, sourceName, warnings).run();
}

Case loadMatpower(const std::filesystem::path& file, std::vector<std::string>* warnings) {
    return importMatpower(readTextFile(file), file.filename().string(), warnings);
}

} // namespace gridcarbon
