#include "region/RegionStudy.h"

#include "region/AcOracle.h"
#include "region/Boundary.h"
#include "region/GridScan.h"
#include "region/Observation.h"
#include "region/RayBisection.h"
#include "region/SupportSandwich.h"
#include "util/Error.h"
#include "util/Text.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <sstream>

namespace gridcarbon::region {
namespace {

void checkOptions(const RegionOptions& o) {
    for (const NumberOption<RegionOptions>& d : regionNumberOptions())
        if (auto why = d.refusal(d.get(o)))
            throw badInput(*why);
    if (o.cap_t && (!(*o.cap_t > 0.0) || !std::isfinite(*o.cap_t)))
        throw badInput("--cap must be a positive number of tonnes");
    // Fewer rays than this cannot span a solid (a hull needs points in every direction).
    constexpr int kFewestRays = 8;
    if (o.rays != 0 && o.rays < kFewestRays)
        throw badInput("Rays (--rays) " + std::to_string(o.rays) +
                       " must be 0 (the default) or at least " + std::to_string(kFewestRays));
    const int axes = o.auto_count > 0 ? o.auto_count : static_cast<int>(o.observed.size());
    const RequestEstimate size = requestEstimate(o, axes);
    if (size.solves <= kLargestRequest || (o.force && size.solves <= kNeverFinishes))
        return;
    std::string parts;
    for (const std::string& part : size.parts)
        parts += (parts.empty() ? "" : "; ") + part;
    throw badInput(
        "this request needs about " + groupedNumber(size.solves) + " solves (" + parts + "): " +
        (size.solves > kNeverFinishes
             ? std::string("more than ") + groupedNumber(kNeverFinishes) + " can never finish"
             : "more than " + groupedNumber(kLargestRequest) + " is refused unless --force"));
}

// Boundary points found twice (the same vertex reached from two directions or grid lines)
// differ by rounding only; one copy keeps the hull's vertex list clean.
std::vector<std::vector<double>>
withoutNearDuplicates(const std::vector<std::vector<double>>& points,
                      const std::vector<double>& range) {
    std::vector<std::vector<double>> out;
    for (const auto& p : points) {
        const bool seen = std::any_of(out.begin(), out.end(), [&](const auto& q) {
            for (std::size_t k = 0; k < p.size(); ++k)
                if (std::abs(p[k] - q[k]) > 1e-9 * range[k])
                    return false;
            return true;
        });
        if (!seen)
            out.push_back(p);
    }
    return out;
}

std::string pointText(const std::vector<std::string>& names, const std::vector<double>& p) {
    std::ostringstream s;
    s.precision(4);
    for (std::size_t k = 0; k < p.size(); ++k)
        s << (k ? ", " : "") << names[k] << " = " << p[k];
    return s.str();
}

} // namespace

RequestEstimate requestEstimate(const RegionOptions& o, int axes) {
    RequestEstimate e;
    const auto count = [](double v) {
        return groupedNumber(v);
    };
    if ((o.method == Method::Scba || o.method == Method::Hba) && axes > 0) {
        const double cells = std::max(1.0, std::round(1.0 / o.step));
        const double problems = 2.0 * axes * std::pow(cells + 1.0, axes - 1);
        e.solves += problems;
        e.parts.push_back(std::string(toString(o.method)) + " with --step " +
                          roundedNumber(o.step, 6) + " on " + std::to_string(axes) +
                          " axes: " + count(problems) + " boundary problems");
    }
    if (o.method == Method::Chba && axes > 0) {
        const int rays = o.rays > 0 ? o.rays : (axes == 2 ? 64 : 160);
        const double calls = 12.0 * rays;
        e.solves += calls;
        e.parts.push_back("chba with " + std::to_string(rays) + " rays: about " + count(calls) +
                          " oracle calls");
    }
    if (o.validate > 0) {
        const double calls = 2.0 * o.validate;
        e.solves += calls;
        e.parts.push_back("--validate " + std::to_string(o.validate) + ": " + count(calls) +
                          " oracle calls");
    }
    return e;
}

std::string_view toString(Method m) {
    switch (m) {
    case Method::Adaptive:
        return "adaptive";
    case Method::Scba:
        return "scba";
    case Method::Hba:
        return "hba";
    case Method::Chba:
        return "chba";
    }
    return "?";
}

Method parseMethod(const std::string& text) {
    for (Method m : {Method::Adaptive, Method::Scba, Method::Hba, Method::Chba})
        if (text == toString(m))
            return m;
    throw badInput("unknown region method '" + text + "' (adaptive, scba, hba, chba)");
}

const std::vector<NumberOption<RegionOptions>>& regionNumberOptions() {
    using O = RegionOptions;
    static const std::vector<NumberOption<O>> options{
        {"tol", "Tolerance", "", "adaptive: largest inner-outer gap, a fraction of each axis range",
         0.0, 0.5, true, false, [](const O& o) { return o.tolerance; },
         [](O& o, double v) {
             o.tolerance = v;
         }},
        {"step", "Grid step", "", "scba, hba: grid step, a fraction of each axis range", 0.0, 0.5,
         true, false, [](const O& o) { return o.step; },
         [](O& o, double v) {
             o.step = v;
         }},
        {"gap-max", "Largest relaxation gap", "p.u.^2",
         "scba: largest relaxation gap of a boundary point before it is contracted", 0.0, 1.0, true,
         false, [](const O& o) { return o.gap_max; },
         [](O& o, double v) {
             o.gap_max = v;
         }},
        {"rays", "Rays", "", "chba: rays to bisect (0: 64 in 2-D, 160 in 3-D)", 0.0, 100000.0,
         false, true, [](const O& o) { return static_cast<double>(o.rays); },
         [](O& o, double v) {
             o.rays = static_cast<int>(v);
         }},
        {"validate", "Validation samples", "",
         "Monte-Carlo samples per side checked by the AC oracle (0: none)", 0.0, 1000000.0, false,
         true, [](const O& o) { return static_cast<double>(o.validate); },
         [](O& o, double v) {
             o.validate = static_cast<int>(v);
         }},
        {"seed", "Seed", "", "seed of the validation samples", 0.0, 9007199254740992.0, false, true,
         [](const O& o) { return static_cast<double>(o.seed); },
         [](O& o, double v) {
             o.seed = static_cast<std::uint64_t>(v);
         }},
        {"cone-tol", "Cone tolerance", "",
         "largest relative second-order-cone violation of the boundary problems", 0.0, 1e-2, true,
         false, [](const O& o) { return o.solve.cone_tolerance; },
         [](O& o, double v) {
             o.solve.cone_tolerance = v;
         }},
    };
    return options;
}

RegionResult runRegion(const Case& c, const RegionOptions& o, Progress* progress,
                       std::stop_token stop) {
    const Stopwatch started;
    NullProgress silent;
    Progress& report = progress ? *progress : silent;
    checkOptions(o);

    const opt::SolveOptions& solve = o.solve;
    RegionSpec spec;
    spec.day = o.day.empty() ? firstDay(c) : o.day;
    spec.hour = o.hour;
    spec.cap_t = o.cap_t.value_or(c.economics.daily_carbon_cap_t);
    if (!(spec.cap_t > 0.0))
        throw badInput("case '" + c.name +
                       "' has no daily carbon cap: set "
                       "economics.daily_carbon_cap_t or pass --cap");
    report.report(0.0, o.auto_count > 0 ? "choosing buses by carbon emission flow"
                                        : "building the model");
    spec.observed =
        o.auto_count > 0 ? rankObservedBuses(c, spec.day, o.auto_count, stop) : o.observed;
    spec.formulation =
        o.method == Method::Hba ? formulations::Formulation::DC : formulations::Formulation::SOCR;

    AcOracle oracle(c, spec, solve);
    const RegionModel model = buildRegionModel(c, spec);
    RegionResult r;
    r.observed = spec.observed;
    r.axis_names = model.axis_names;
    r.method = o.method;
    r.day = model.spec.day;
    r.hour = spec.hour;
    r.cap_t = spec.cap_t;
    r.base_point = model.base;

    report.report(0.02, "checking the base operating point");
    if (const AcVerdict base = oracle.judge(model.base, stop); !base.feasible)
        throw Error(ErrorCode::Failed,
                    "the base operating point (" + pointText(model.axis_names, model.base) +
                        " MW) is infeasible: " +
                        (base.relaxation_infeasible ? oracle.whyInfeasible(model.base, stop)
                                                    : base.reason));

    SupportSolver solver(model, solve);
    const double contractGap = o.method == Method::Scba ? o.gap_max : 0.0;
    std::vector<BoundaryPoint> extremes;
    report.report(0.04, "axis extremes");
    const AxisScale scale = axisExtremes(solver, model.p.size(), stop, contractGap, &extremes);
    for (std::size_t k = 0; k < scale.lo.size(); ++k) {
        r.axis_lo.push_back(scale.lo[k]);
        r.axis_hi.push_back(scale.lo[k] + scale.range[k]);
    }

    const double methodEnd = o.validate > 0 ? 0.6 : 0.95;
    ProgressSlice methodProgress(report, 0.05, methodEnd);
    const MethodProgress forward = [&](double f, const std::string& stage) {
        methodProgress.report(f, stage);
    };
    MethodOutput out;
    switch (o.method) {
    case Method::Adaptive:
        out = supportSandwich(solver, oracle, scale, model.base, extremes, o.tolerance, forward,
                              stop);
        break;
    case Method::Scba:
    case Method::Hba:
        out = gridScan(solver, scale, o.step, contractGap, forward, stop);
        for (const BoundaryPoint& b : extremes)
            out.points.push_back(b.p);
        break;
    case Method::Chba: {
        const int rays = o.rays > 0 ? o.rays : (model.p.size() == 2 ? 64 : 160);
        out = rayBisection(oracle, scale, model.base, rays, forward, stop);
        break;
    }
    }
    r.hull = geometry::convexHull(withoutNearDuplicates(out.points, scale.range));
    if (!out.outer_vertices.empty())
        r.outer = geometry::convexHull(out.outer_vertices);
    r.certified_gap = out.certified_gap;
    r.stats.boundary_problems = solver.solves();
    r.stats.oracle_calls = oracle.calls();
    r.stats.lp_solves = solver.totals().lp_solves + oracle.totals().lp_solves;
    r.stats.seconds = started.seconds();

    report.report(methodEnd, "indices");
    r.indices = computeIndices(r.hull, model.base);
    if (o.validate > 0) {
        const Stopwatch validationStarted;
        ProgressSlice validationProgress(report, methodEnd, 1.0);
        r.validation = validateRegion(
            r.hull, oracle, o.validate, o.seed,
            [&](double f, const std::string& stage) { validationProgress.report(f, stage); }, stop);
        r.stats.validation_seconds = validationStarted.seconds();
    }
    report.report(1.0, "done");
    r.seconds = started.seconds();
    return r;
}

} // namespace gridcarbon::region
