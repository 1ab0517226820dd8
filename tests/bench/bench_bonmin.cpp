// Issue 16, benchmark 5: Bonmin on a model `gridcarbon-cli opf --write-model FILE.mps` wrote,
// to set our MISOCP solver beside a peer on the same instance at the same gap. Not a test and
// not part of the product: built only where Bonmin is installed (tests/bench/CMakeLists.txt),
// run by compare_bonmin.sh.
//
//   bench_bonmin MODEL.mps [--gap G] [--abs-gap A] [--time-limit S] [--mode both|b-oa|b-hyb]
//                          [--eps E] [--log N] [--option "NAME VALUE"]...
//
// prints a line per mode: mode, status, wall seconds, best objective, best bound, nodes, and the
// largest violation at Bonmin's best point of the file's rows, bounds, integrality and cones
// (each cone as ||y|| - t, absolute); `-` where Bonmin has none.
//
// The file (core/opt/Export.h): linear rows, bounds, integer columns, the objective with its
// constant, and each cone ||lhs|| <= rhs as a QUAD CSECTION over free columns t = rhs and
// y_i = lhs_i defined by equality rows. Those rows stay linear rows here; each cone becomes one
// smooth convex constraint
//
//     g(y, t) = sqrt(sum_i y_i^2 + eps^2) - t <= eps.
//
// ||y|| itself has no gradient at y = 0, where Ipopt and Bonmin's outer approximation need one;
// with eps > 0, g is smooth everywhere and still convex (so every linearisation Bonmin cuts is
// valid), and g <= eps holds wherever ||y|| <= t holds (sqrt(a^2 + eps^2) <= a + eps): the
// constraint is a relaxation of the cone, and a point satisfying it violates the cone by at
// most eps (||y|| - t <= eps). With eps = 1e-10 on per-unit data this is below every tolerance
// in play; the Hessian, I/s - y y'/s^3 with s = sqrt(|y|^2 + eps^2), grows like 1/eps only near
// y = 0, which the OPF's cones do not reach (a branch cone's y holds l - v, about -1 p.u.; a
// quadratic cost's y holds z - 1/2 and p, zero only strictly inside the cone).
//
// Settings: Bonmin's defaults except the gap (allowable_fraction_gap, for B-OA's master MILPs
// too, and allowable_gap 1e-9 as ours), the time limit (Bonmin counts CPU seconds; the seconds
// printed are wall seconds from before BonminSetup::initialize to the end of the branch and
// bound, the file read excluded), cutoff_decr (at most a tenth of the gap) and Ipopt's
// bound_relax_factor and tol, 1e-10 each (see run()); --option "NAME VALUE" replaces any of
// them. Nodes are those of Bonmin's own branch and bound: B-OA's MILP subproblems count none.
#include <BonBonminSetup.hpp>
#include <BonCbc.hpp>
#include <BonOsiTMINLPInterface.hpp>
#include <BonTMINLP.hpp>
#include <BonTNLPSolver.hpp>
#include <CoinError.hpp>
#include <CoinFinite.hpp>
#include <CoinMpsIO.hpp>
#include <CoinPackedMatrix.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using Ipopt::Index;
using Ipopt::Number;

// The model of the file, as plain arrays.
struct ConicModel {
    int columns = 0;
    std::vector<double> col_lower, col_upper, objective;
    double objective_constant = 0.0;
    std::vector<bool> integer;
    std::vector<std::string> column_names;
    // Linear rows, by row.
    std::vector<int> row_start, row_index;
    std::vector<double> row_value, row_lower, row_upper;
    std::vector<std::string> row_names;
    // Cones: columns[cone_start[k]] is t, the rest of the range are the y_i.
    std::vector<int> cone_start, cone_column;
    // The row "<member>_def" defining each cone member (member - lhs = 0), -1 for others.
    std::vector<int> defining_row;
    int rows() const { return static_cast<int>(row_lower.size()); }
    int cones() const { return static_cast<int>(cone_start.size()) - 1; }
};

ConicModel readConicModel(const std::string& file) {
    CoinMpsIO mps;
    mps.messageHandler()->setLogLevel(0);
    if (mps.readMps(file.c_str(), "") != 0)
        throw std::runtime_error(file + ": not a readable MPS file");
    int* starts = nullptr;
    int* columns = nullptr;
    int* types = nullptr;
    int cones = 0;
    const int conic = mps.readConicMps(nullptr, starts, columns, types, cones);
    // readConicMps allocates them with new[] (none without a CSECTION).
    const std::unique_ptr<int[]> ownStarts(starts), ownColumns(columns), ownTypes(types);
    if (conic != 0 && conic != -2) // -2: no CSECTION, a MILP
        throw std::runtime_error(file + ": cannot read its CSECTIONs (" + std::to_string(conic) +
                                 ")");
    ConicModel m;
    m.columns = mps.getNumCols();
    m.col_lower.assign(mps.getColLower(), mps.getColLower() + m.columns);
    m.col_upper.assign(mps.getColUpper(), mps.getColUpper() + m.columns);
    m.objective.assign(mps.getObjCoefficients(), mps.getObjCoefficients() + m.columns);
    // CoinMpsIO's objective is c'x minus its offset (the objective row's right-hand side).
    m.objective_constant = -mps.objectiveOffset();
    for (int j = 0; j < m.columns; ++j) {
        m.integer.push_back(mps.isInteger(j));
        m.column_names.emplace_back(mps.columnName(j));
    }
    const CoinPackedMatrix* byRow = mps.getMatrixByRow();
    m.row_start.push_back(0);
    for (int i = 0; i < mps.getNumRows(); ++i) {
        const CoinShallowPackedVector r = byRow->getVector(i);
        for (int e = 0; e < r.getNumElements(); ++e) {
            m.row_index.push_back(r.getIndices()[e]);
            m.row_value.push_back(r.getElements()[e]);
        }
        m.row_start.push_back(static_cast<int>(m.row_index.size()));
        m.row_lower.push_back(mps.getRowLower()[i]);
        m.row_upper.push_back(mps.getRowUpper()[i]);
        m.row_names.emplace_back(mps.rowName(i));
    }
    m.cone_start.push_back(0);
    for (int k = 0; k < cones; ++k) {
        if (types[k] != 1)
            throw std::runtime_error(file + ": cone " + std::to_string(k) +
                                     " is not QUAD (the GridCarbon writer writes QUAD only)");
        if (starts[k + 1] - starts[k] < 2)
            throw std::runtime_error(file + ": cone " + std::to_string(k) + " has no members");
        for (int e = starts[k]; e < starts[k + 1]; ++e)
            m.cone_column.push_back(columns[e]);
        m.cone_start.push_back(static_cast<int>(m.cone_column.size()));
    }
    std::map<std::string, int> rowByName;
    for (int i = 0; i < m.rows(); ++i)
        rowByName.emplace(m.row_names[i], i);
    m.defining_row.assign(m.columns, -1);
    for (int j : m.cone_column) {
        const auto row = rowByName.find(m.column_names[j] + "_def");
        if (row != rowByName.end())
            m.defining_row[j] = row->second;
    }
    return m;
}

class ConicTminlp : public Bonmin::TMINLP {
public:
    ConicTminlp(const ConicModel& m, double eps) : m_(m), eps_(eps) {
        nonlinear_.assign(m.columns, false);
        for (int c : m.cone_column)
            nonlinear_[c] = true;
        for (int k = 0; k < m.cones(); ++k) {
            const int size = m.cone_start[k + 1] - m.cone_start[k] - 1;
            hessian_entries_ += size * (size + 1) / 2;
        }
    }

    const std::vector<double>& solution() const { return x_; }

    bool get_variables_types(Index n, VariableType* types) override {
        for (Index j = 0; j < n; ++j)
            types[j] = !m_.integer[j]                                     ? CONTINUOUS
                       : m_.col_lower[j] == 0.0 && m_.col_upper[j] == 1.0 ? BINARY
                                                                          : INTEGER;
        return true;
    }

    bool get_variables_linearity(Index n, Ipopt::TNLP::LinearityType* types) override {
        for (Index j = 0; j < n; ++j)
            types[j] = nonlinear_[j] ? Ipopt::TNLP::NON_LINEAR : Ipopt::TNLP::LINEAR;
        return true;
    }

    bool get_constraints_linearity(Index m, Ipopt::TNLP::LinearityType* types) override {
        for (Index i = 0; i < m; ++i)
            types[i] = i < m_.rows() ? Ipopt::TNLP::LINEAR : Ipopt::TNLP::NON_LINEAR;
        return true;
    }

    bool get_nlp_info(Index& n, Index& m, Index& nnzJacobian, Index& nnzHessian,
                      Ipopt::TNLP::IndexStyleEnum& style) override {
        n = m_.columns;
        m = m_.rows() + m_.cones();
        nnzJacobian = static_cast<Index>(m_.row_index.size() + m_.cone_column.size());
        nnzHessian = hessian_entries_;
        style = Ipopt::TNLP::C_STYLE;
        return true;
    }

    bool get_bounds_info(Index n, Number* xLower, Number* xUpper, Index m, Number* gLower,
                         Number* gUpper) override {
        std::copy(m_.col_lower.begin(), m_.col_lower.begin() + n, xLower);
        std::copy(m_.col_upper.begin(), m_.col_upper.begin() + n, xUpper);
        for (Index i = 0; i < m; ++i) {
            const bool linear = i < m_.rows();
            gLower[i] = linear ? m_.row_lower[i] : -COIN_DBL_MAX;
            gUpper[i] = linear ? m_.row_upper[i] : eps_;
        }
        return true;
    }

    bool get_starting_point(Index n, bool initX, Number* x, bool initZ, Number*, Number*, Index,
                            bool initLambda, Number*) override {
        if (initZ || initLambda)
            return false;
        if (!initX)
            return true;
        // The model's own columns at 0 moved into their bounds, and each cone member where its
        // defining row holds, so that the cones start at the values of their expressions.
        for (Index j = 0; j < n; ++j)
            x[j] = std::clamp(0.0, m_.col_lower[j], m_.col_upper[j]);
        for (Index j = 0; j < n; ++j) {
            const int i = m_.defining_row[j];
            if (i < 0)
                continue;
            double rest = 0.0, own = 0.0;
            for (int e = m_.row_start[i]; e < m_.row_start[i + 1]; ++e) {
                if (m_.row_index[e] == j)
                    own += m_.row_value[e];
                else
                    rest += m_.row_value[e] * x[m_.row_index[e]];
            }
            if (own != 0.0)
                x[j] = (m_.row_lower[i] - rest) / own;
        }
        return true;
    }

    bool eval_f(Index n, const Number* x, bool, Number& value) override {
        value = m_.objective_constant;
        for (Index j = 0; j < n; ++j)
            value += m_.objective[j] * x[j];
        return true;
    }

    bool eval_grad_f(Index n, const Number*, bool, Number* gradient) override {
        std::copy(m_.objective.begin(), m_.objective.begin() + n, gradient);
        return true;
    }

    bool eval_g(Index, const Number* x, bool, Index, Number* g) override {
        for (int i = 0; i < m_.rows(); ++i) {
            double activity = 0.0;
            for (int e = m_.row_start[i]; e < m_.row_start[i + 1]; ++e)
                activity += m_.row_value[e] * x[m_.row_index[e]];
            g[i] = activity;
        }
        for (int k = 0; k < m_.cones(); ++k)
            g[m_.rows() + k] = smoothNorm(k, x) - x[m_.cone_column[m_.cone_start[k]]];
        return true;
    }

    bool eval_jac_g(Index, const Number* x, bool, Index, Index, Index* rowOf, Index* columnOf,
                    Number* values) override {
        std::size_t e = 0;
        for (int i = 0; i < m_.rows(); ++i)
            for (int a = m_.row_start[i]; a < m_.row_start[i + 1]; ++a, ++e)
                if (values)
                    values[e] = m_.row_value[a];
                else {
                    rowOf[e] = i;
                    columnOf[e] = m_.row_index[a];
                }
        for (int k = 0; k < m_.cones(); ++k) {
            const double s = values ? smoothNorm(k, x) : 1.0;
            for (int a = m_.cone_start[k]; a < m_.cone_start[k + 1]; ++a, ++e) {
                const int j = m_.cone_column[a];
                if (values)
                    values[e] = a == m_.cone_start[k] ? -1.0 : x[j] / s;
                else {
                    rowOf[e] = m_.rows() + k;
                    columnOf[e] = j;
                }
            }
        }
        return true;
    }

    // The objective is linear; a cone's Hessian is I/s - y y'/s^3 on its y block (t enters
    // linearly), lower triangle.
    bool eval_h(Index, const Number* x, bool, Number, Index, const Number* lambda, bool, Index,
                Index* rowOf, Index* columnOf, Number* values) override {
        std::size_t e = 0;
        for (int k = 0; k < m_.cones(); ++k) {
            const int first = m_.cone_start[k] + 1, end = m_.cone_start[k + 1];
            const double s = values ? smoothNorm(k, x) : 1.0;
            const double w = values ? lambda[m_.rows() + k] : 0.0;
            for (int a = first; a < end; ++a)
                for (int b = first; b <= a; ++b, ++e) {
                    const int ja = m_.cone_column[a], jb = m_.cone_column[b];
                    if (values)
                        values[e] = w * ((a == b ? 1.0 / s : 0.0) - x[ja] * x[jb] / (s * s * s));
                    else {
                        rowOf[e] = std::max(ja, jb);
                        columnOf[e] = std::min(ja, jb);
                    }
                }
        }
        return true;
    }

    void finalize_solution(Bonmin::TMINLP::SolverReturn, Index n, const Number* x,
                           Number) override {
        if (x)
            x_.assign(x, x + n);
    }

    const Bonmin::TMINLP::BranchingInfo* branchingInfo() const override { return nullptr; }
    const Bonmin::TMINLP::SosInfo* sosConstraints() const override { return nullptr; }
    bool hasLinearObjective() override { return true; }

private:
    double smoothNorm(int k, const Number* x) const {
        double sum = eps_ * eps_;
        for (int a = m_.cone_start[k] + 1; a < m_.cone_start[k + 1]; ++a)
            sum += x[m_.cone_column[a]] * x[m_.cone_column[a]];
        return std::sqrt(sum);
    }

    const ConicModel& m_;
    double eps_;
    std::vector<bool> nonlinear_;
    Index hessian_entries_ = 0;
    std::vector<double> x_;
};

// The largest violation at x of the file's rows, bounds, integrality and exact cones, and
// what it is.
struct Violation {
    double amount = 0.0;
    std::string what = "none";
};

Violation largestViolation(const ConicModel& m, const double* x) {
    Violation worst;
    const auto consider = [&](double amount, const auto& what) {
        if (amount > worst.amount)
            worst = {amount, what()};
    };
    for (int j = 0; j < m.columns; ++j) {
        const auto name = [&] {
            return "bound of " + m.column_names[j];
        };
        consider(m.col_lower[j] - x[j], name);
        consider(x[j] - m.col_upper[j], name);
        if (m.integer[j])
            consider(std::abs(x[j] - std::round(x[j])),
                     [&] { return "integrality of " + m.column_names[j]; });
    }
    for (int i = 0; i < m.rows(); ++i) {
        double activity = 0.0;
        for (int e = m.row_start[i]; e < m.row_start[i + 1]; ++e)
            activity += m.row_value[e] * x[m.row_index[e]];
        const auto name = [&] {
            return "row " + m.row_names[i];
        };
        consider(m.row_lower[i] - activity, name);
        consider(activity - m.row_upper[i], name);
    }
    for (int k = 0; k < m.cones(); ++k) {
        double sum = 0.0;
        for (int a = m.cone_start[k] + 1; a < m.cone_start[k + 1]; ++a)
            sum += x[m.cone_column[a]] * x[m.cone_column[a]];
        const int t = m.cone_column[m.cone_start[k]];
        consider(std::sqrt(sum) - x[t], [&] { return "cone of " + m.column_names[t]; });
    }
    return worst;
}

const char* statusName(Bonmin::Bab::MipStatuses s) {
    switch (s) {
    case Bonmin::Bab::FeasibleOptimal:
        return "optimal";
    case Bonmin::Bab::ProvenInfeasible:
        return "infeasible";
    case Bonmin::Bab::Feasible:
        return "feasible"; // stopped (time limit) with a solution
    case Bonmin::Bab::UnboundedOrInfeasible:
        return "unbounded-or-infeasible";
    case Bonmin::Bab::NoSolutionKnown:
        return "no-solution";
    default:
        return "unknown";
    }
}

struct Settings {
    std::string file;
    double gap = 1e-6;
    double abs_gap = 1e-9; // as ours: the gap holds relatively or to 1e-9 in objective units
    double time_limit = 300.0;
    double eps = 1e-10;
    int log = 0;
    std::vector<std::string> modes{"B-OA", "B-Hyb"};
    std::vector<std::string> options; // "name value" lines for Bonmin's option reader
};

std::string number(double v) {
    char text[64];
    std::snprintf(text, sizeof text, "%.12g", v);
    return text;
}

void run(const ConicModel& model, const Settings& s, const std::string& mode) {
    using Clock = std::chrono::steady_clock;
    Ipopt::SmartPtr<ConicTminlp> tminlp = new ConicTminlp(model, s.eps);
    Bonmin::BonminSetup bonmin;
    bonmin.initializeOptionsAndJournalist();
    // Ours, then --option's: Bonmin keeps the first value it reads of an option, so an option
    // the user sets replaces ours here, by name.
    std::vector<std::pair<std::string, std::string>> settings{
        {"bonmin.algorithm", mode},
        {"bonmin.allowable_fraction_gap", number(s.gap)},
        // B-OA's master MILPs read the gap under this prefix, not under bonmin.; without it
        // each master is solved to optimality (gap 0).
        {"oa_decomposition.allowable_fraction_gap", number(s.gap)},
        {"bonmin.allowable_gap", number(s.abs_gap)},
        {"bonmin.time_limit", number(s.time_limit)},
        // B-OA cuts off every incumbent by this fraction of its value (an absolute amount in
        // the tree search); Bonmin's 1e-5 would stop B-OA short of a 1e-6 gap.
        {"bonmin.cutoff_decr", number(std::min(1e-5, 0.1 * s.gap))},
        {"print_level", std::to_string(s.log > 0 ? 3 : 0)},
        {"sb", "yes"}, // no Ipopt banner
        // Ipopt moves every bound out by 1e-8 (relative) and stops at a scaled error of 1e-8
        // by default: its points then break the file's rows by up to 2e-7 p.u., which moves a
        // loss objective by 1e-5 of itself, more than the gaps compared here. A relaxation of
        // 1e-10 and a tolerance of 1e-10 keep them within about 1e-9. Not 0: a unit switched
        // off pins its output between two rows (0 <= p <= 0 u), a fixed-integer NLP then has
        // no interior, and Ipopt's restoration fails ("Ipopt failed" on ieee33-der's day).
        {"bound_relax_factor", "1e-10"},
        {"tol", "1e-10"},
    };
    for (const char* log : {"bonmin.bb_log_level", "bonmin.nlp_log_level", "bonmin.oa_log_level",
                            "bonmin.milp_log_level", "bonmin.fp_log_level"})
        settings.emplace_back(log, std::to_string(s.log));
    std::string options;
    for (const std::string& o : s.options)
        options += o + "\n";
    for (const auto& [name, value] : settings) {
        const bool replaced = std::any_of(s.options.begin(), s.options.end(), [&](const auto& o) {
            return o.substr(0, o.find(' ')) == name;
        });
        if (!replaced)
            options += name + " " + value + "\n";
    }
    bonmin.readOptionsString(options);

    const Clock::time_point started = Clock::now();
    std::string status;
    double objective = NAN, bound = NAN;
    int nodes = -1;
    double violation = NAN;
    try {
        bonmin.initialize(Ipopt::GetRawPtr(tminlp));
        Bonmin::Bab bb;
        bb(bonmin);
        status = statusName(bb.mipStatus());
        bound = bb.bestBound();
        nodes = bb.numNodes();
        if (bb.bestSolution()) {
            objective = bb.bestObj();
            const Violation v = largestViolation(model, bb.bestSolution());
            violation = v.amount;
            std::fprintf(stderr, "%s: largest violation %.2e: %s\n", mode.c_str(), v.amount,
                         v.what.c_str());
        }
    } catch (Bonmin::TNLPSolver::UnsolvedError* e) {
        status = "error(ipopt-failed)";
        std::fprintf(stderr, "%s: Ipopt failed on a subproblem\n", mode.c_str());
        delete e;
    } catch (Bonmin::OsiTMINLPInterface::SimpleError& e) {
        status = "error";
        std::fprintf(stderr, "%s: %s::%s: %s\n", mode.c_str(), e.className().c_str(),
                     e.methodName().c_str(), e.message().c_str());
    } catch (CoinError& e) {
        status = "error";
        std::fprintf(stderr, "%s: %s::%s: %s\n", mode.c_str(), e.className().c_str(),
                     e.methodName().c_str(), e.message().c_str());
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    const auto shown = [](double v, const char* format) {
        if (!std::isfinite(v))
            return std::string("-");
        char text[64];
        std::snprintf(text, sizeof text, format, v);
        return std::string(text);
    };
    std::printf("%s %s %.3f %s %s %d %s\n", mode.c_str(), status.c_str(), seconds,
                shown(objective, "%.12g").c_str(), shown(bound, "%.12g").c_str(), nodes,
                shown(violation, "%.1e").c_str());
    std::fflush(stdout);
}

[[noreturn]] void usage(const char* why) {
    std::fprintf(stderr,
                 "bench_bonmin: %s\nusage: bench_bonmin MODEL.mps [--gap G] [--abs-gap A] "
                 "[--time-limit S] [--mode both|b-oa|b-hyb] [--eps E] [--log N] "
                 "[--option \"NAME VALUE\"]...\n",
                 why);
    std::exit(2);
}

Settings parse(int argc, char** argv) {
    Settings s;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                usage((arg + " needs a value").c_str());
            return argv[++i];
        };
        const auto real = [&]() {
            const std::string text = value();
            char* end = nullptr;
            const double v = std::strtod(text.c_str(), &end);
            if (end == text.c_str() || *end != '\0' || !std::isfinite(v) || v < 0.0)
                usage((arg + ": not a number >= 0: " + text).c_str());
            return v;
        };
        if (arg == "--gap")
            s.gap = real();
        else if (arg == "--abs-gap")
            s.abs_gap = real();
        else if (arg == "--time-limit")
            s.time_limit = real();
        else if (arg == "--eps")
            s.eps = real();
        else if (arg == "--log")
            s.log = static_cast<int>(real());
        else if (arg == "--option")
            s.options.push_back(value());
        else if (arg == "--mode") {
            const std::string mode = value();
            if (mode == "both")
                s.modes = {"B-OA", "B-Hyb"};
            else if (mode == "b-oa")
                s.modes = {"B-OA"};
            else if (mode == "b-hyb")
                s.modes = {"B-Hyb"};
            else
                usage(("unknown mode " + mode).c_str());
        } else if (!arg.empty() && arg[0] == '-')
            usage(("unknown option " + arg).c_str());
        else if (s.file.empty())
            s.file = arg;
        else
            usage("one model file only");
    }
    if (s.file.empty())
        usage("no model file");
    if (!(s.eps > 0.0))
        usage("--eps must be > 0 (the cones' smoothing)");
    return s;
}

} // namespace

int main(int argc, char** argv) {
    const Settings s = parse(argc, argv);
    ConicModel model;
    try {
        model = readConicModel(s.file);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_bonmin: %s\n", e.what());
        return 2;
    }
    int integers = 0;
    for (bool i : model.integer)
        integers += i ? 1 : 0;
    std::printf("# %s: %d columns (%d integer), %d linear rows, %d cones; gap %g, time limit %g "
                "s, eps %g\n# mode status seconds objective bound nodes violation\n",
                s.file.c_str(), model.columns, integers, model.rows(), model.cones(), s.gap,
                s.time_limit, s.eps);
    for (const std::string& mode : s.modes)
        run(model, s, mode);
    return 0;
}
