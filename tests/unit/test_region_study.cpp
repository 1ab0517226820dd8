// The operating region study (core/region/RegionStudy.h) on regions derived by hand, on
// microgrid-a's region of loads 3, 5 and 7 (its consistency, certification and AC feasibility),
// on the choice of buses by carbon emission flow, and on the errors of bad studies.
#include "geometry/ConvexHull.h"
#include "geometry/HullMeasures.h"
#include "io/RegionJson.h"
#include "jobs/Progress.h"
#include "region/AcOracle.h"
#include "region/Observation.h"
#include "region/RegionStudy.h"
#include "region/Validation.h"
#include "util/Error.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <set>
#include <stop_token>
#include <string>
#include <vector>

using namespace gridcarbon;
using namespace gridcarbon::region;
using geometry::PointN;
using test::bundledCase;
using test::errorOf;

namespace {

// Grid at bus 1 (rho t/MWh, import up to importMw), lines 1-2 and 1-3 of tiny impedance with
// the given ratings (0: none), flat loads of 0.5 MW at buses 2 and 3 over one 24-hour day.
// In the DC formulation the region of (p2, p3) is {p >= 0, 24 rho (p2 + p3) <= cap,
// p2 + p3 <= importMw, p2 <= rate12, p3 <= rate13}.
Case threeBus(double rho, double importMw, double capT, double rate12 = 0.0, double rate13 = 0.0) {
    Case c;
    c.name = "three-bus";
    for (const char* id : {"1", "2", "3"}) {
        Bus b;
        b.id = id;
        b.base_kv = 10.0;
        b.vmin_pu = 0.8;
        b.vmax_pu = 1.2;
        c.buses.push_back(b);
    }
    auto line = [&](const char* id, const char* to, double rate) {
        Branch br;
        br.id = id;
        br.from = "1";
        br.to = to;
        br.r_pu = 1e-4;
        br.x_pu = 1e-4;
        br.rate_mva = rate;
        c.branches.push_back(br);
    };
    line("L12", "2", rate12);
    line("L13", "3", rate13);
    for (const char* bus : {"2", "3"})
        c.loads.push_back(Load{std::string("D") + bus, bus, 0.5, 0.1, "flat"});
    Generator grid;
    grid.id = "GRID";
    grid.bus = "1";
    grid.kind = GeneratorKind::Grid;
    grid.control = Control::Slack;
    grid.p_min_mw = 0.0;
    grid.p_max_mw = importMw;
    grid.q_min_mvar = -10.0;
    grid.q_max_mvar = 10.0;
    grid.carbon_intensity_t_per_mwh = rho;
    c.generators.push_back(grid);
    c.profiles.push_back(Profile{
        "flat", ProfileQuantity::Load, {TypicalDay{"typical", 365, std::vector<double>(24, 1.0)}}});
    c.economics.daily_carbon_cap_t = capT;
    return c;
}

RegionResult runMethod(const Case& c, Method method, std::vector<std::string> observed = {"2", "3"},
                       int validate = 0) {
    RegionOptions o;
    o.observed = std::move(observed);
    o.method = method;
    o.validate = validate;
    return runRegion(c, o);
}

double nearestVertex(const geometry::Hull& h, const PointN& p) {
    double best = INFINITY;
    for (const PointN& v : h.vertices)
        best = std::min(best, std::hypot(v[0] - p[0], v[1] - p[1]));
    return best;
}

// The hull is the polygon of `corners`: each corner is a vertex, and each vertex is a corner
// (the LP's round-off may leave two vertices a hair apart at one corner).
void expectCorners(const geometry::Hull& h, const std::vector<PointN>& corners, double within) {
    for (const PointN& corner : corners)
        EXPECT_LT(nearestVertex(h, corner), within)
            << "corner (" << corner[0] << ", " << corner[1] << ")";
    for (const PointN& v : h.vertices) {
        double nearest = INFINITY;
        for (const PointN& corner : corners)
            nearest = std::min(nearest, std::hypot(v[0] - corner[0], v[1] - corner[1]));
        EXPECT_LT(nearest, within) << "vertex (" << v[0] << ", " << v[1] << ")";
    }
}

// The number after "key": in a JSON text (nlohmann dumps doubles so that they read back exactly).
double jsonNumber(const std::string& text, const std::string& key) {
    const std::size_t at = text.find("\"" + key + "\": ");
    if (at == std::string::npos) {
        ADD_FAILURE() << "no key " << key;
        return NAN;
    }
    return std::strtod(text.c_str() + at + key.size() + 4, nullptr);
}

// microgrid-a observed at 3, 5, 7, adaptive, tolerance 0.01 (the defaults), no validation.
const RegionResult& microgridA357() {
    static const RegionResult r = [] {
        RegionOptions o;
        o.observed = {"3", "5", "7"};
        o.tolerance = 0.01;
        return runRegion(bundledCase("microgrid-a"), o);
    }();
    return r;
}

RegionOptions observe357() {
    RegionOptions o;
    o.observed = {"3", "5", "7"};
    return o;
}

} // namespace

// --- regions derived by hand -------------------------------------------------------------

TEST(RegionHand, DcGridScanGivesExactlyTheCarbonCapTriangle) {
    const double rho = 0.5, cap = 24.0; // 24 rho (p2 + p3) <= 24: p2 + p3 <= 2 MW
    const double side = cap / (24.0 * rho);
    const RegionResult r = runMethod(threeBus(rho, 5.0, cap), Method::Hba);
    EXPECT_NEAR(r.hull.volume, side * side / 2.0, 1e-6 * side * side / 2.0);
    expectCorners(r.hull, {{0, 0}, {side, 0}, {0, side}}, 1e-6 * side);
    EXPECT_NEAR(r.axis_hi[0], side, 1e-6 * side);
    EXPECT_NEAR(r.axis_hi[1], side, 1e-6 * side);
    EXPECT_NEAR(r.axis_lo[0], 0.0, 1e-9);
    // Base point (0.5, 0.5): 0.5 from either leg, (2 - 1) / sqrt2 from the hypotenuse.
    EXPECT_NEAR(r.indices.margin_mw, 0.5, 1e-6);
}

TEST(RegionHand, AdaptiveSocrRegionIsTheCapTriangleShrunkByTinyLosses) {
    const double rho = 0.5, cap = 24.0;
    const double side = cap / (24.0 * rho);
    const RegionResult r = runMethod(threeBus(rho, 5.0, cap), Method::Adaptive);
    const double area = side * side / 2.0;
    EXPECT_LE(r.hull.volume, area * (1.0 + 1e-6));
    EXPECT_GE(r.hull.volume, 0.99 * area);
    for (const PointN& corner : {PointN{0, 0}, PointN{side, 0}, PointN{0, side}})
        EXPECT_LT(nearestVertex(r.hull, corner), 0.01 * side)
            << "corner (" << corner[0] << ", " << corner[1] << ")";
    for (const PointN& v : r.hull.vertices) {
        EXPECT_GE(v[0], -1e-9);
        EXPECT_GE(v[1], -1e-9);
        EXPECT_LE(v[0] + v[1], side * (1.0 + 1e-6));
    }
    ASSERT_TRUE(r.outer.has_value());
    EXPECT_GE(r.outer->volume, r.hull.volume);
    EXPECT_LE(r.outer->volume, area * (1.0 + 1e-6));
}

TEST(RegionHand, ImportLimitBindsBeforeTheCapForASmallGridConnection) {
    // The cap allows p2 + p3 <= 2 MW, the grid imports at most 1.5 MW.
    const RegionResult r = runMethod(threeBus(0.5, 1.5, 24.0), Method::Hba);
    EXPECT_NEAR(r.hull.volume, 1.5 * 1.5 / 2.0, 1e-6 * 1.125);
    expectCorners(r.hull, {{0, 0}, {1.5, 0}, {0, 1.5}}, 1e-6);
}

TEST(RegionHand, BranchRatingsCutTheCapTriangleToAPentagon) {
    // p2 <= 1.2, p3 <= 1.5, p2 + p3 <= 2: the rectangle 1.2 x 1.5 without the corner triangle
    // of legs 1.2 + 1.5 - 2 = 0.7.
    const RegionResult r = runMethod(threeBus(0.5, 5.0, 24.0, 1.2, 1.5), Method::Hba);
    const double area = 1.2 * 1.5 - 0.7 * 0.7 / 2.0;
    EXPECT_NEAR(r.hull.volume, area, 1e-6 * area);
    expectCorners(r.hull, {{0, 0}, {1.2, 0}, {1.2, 0.8}, {0.5, 1.5}, {0, 1.5}}, 1e-6);
}

// --- microgrid-a, loads 3, 5, 7 ----------------------------------------------------------

// One test for three properties of one result: under ctest every test is a process of its own
// and would build the region again.
TEST(RegionMicrogridA, ResultAgreesWithItsHullContainsTheBasePointAndIsCertified) {
    const RegionResult& r = microgridA357();
    ASSERT_EQ(r.hull.dimension, 3);
    const std::string text = regionJson("microgrid-a", r);

    // The reported volume is the volume of the hull of the reported vertices.
    const double volume = geometry::convexHull(r.hull.vertices).volume;
    EXPECT_NEAR(r.hull.volume, volume, 1e-9 * volume);
    EXPECT_NEAR(r.indices.volume, volume, 1e-9 * volume);
    EXPECT_NEAR(jsonNumber(text, "volume_mw3"), volume, 1e-9 * volume);
    EXPECT_NEAR(jsonNumber(text, "inner_volume_mw3"), volume, 1e-9 * volume);

    // The base point lies inside, its margin being its distance to the boundary.
    EXPECT_GT(r.indices.margin_mw, 0.0);
    EXPECT_NEAR(r.indices.margin_mw, geometry::signedBoundaryDistance(r.hull, r.base_point), 1e-12);
    EXPECT_NEAR(jsonNumber(text, "margin"), r.indices.margin_mw, 1e-12);
    EXPECT_TRUE(r.hull.contains(r.base_point));

    // The sandwich is certified within the tolerance, the outer polytope holding the inner hull.
    EXPECT_GE(r.certified_gap, 0.0);
    EXPECT_LE(r.certified_gap, 0.01);
    ASSERT_TRUE(r.outer.has_value());
    EXPECT_GE(r.outer->volume, r.hull.volume);
    EXPECT_NEAR(jsonNumber(text, "outer_volume_mw3"), r.outer->volume, 1e-9 * r.outer->volume);
    std::cout << "microgrid-a 3,5,7: inner " << r.hull.volume << " MW^3, outer " << r.outer->volume
              << " MW^3, certified gap " << r.certified_gap << ", margin " << r.indices.margin_mw
              << " MW\n";
}

TEST(RegionMicrogridA, EveryReportedVertexIsAcFeasibleForAFreshOracle) {
    const RegionResult& r = microgridA357();
    RegionSpec spec;
    spec.observed = r.observed;
    spec.cap_t = r.cap_t;
    spec.day = r.day;
    AcOracle oracle(bundledCase("microgrid-a"), spec, RegionOptions{}.solve);
    for (const PointN& v : r.hull.vertices) {
        AcVerdict verdict = oracle.judge(v);
        if (!verdict.feasible) { // on the boundary: allow a hair towards the base point
            PointN shrunk = v;
            for (std::size_t k = 0; k < v.size(); ++k)
                shrunk[k] += 1e-6 * (r.base_point[k] - v[k]);
            verdict = oracle.judge(shrunk);
        }
        EXPECT_TRUE(verdict.feasible)
            << "vertex (" << v[0] << ", " << v[1] << ", " << v[2] << "): " << verdict.reason;
    }
}

TEST(RegionMicrogridA, ValidationFindsAtMostOnePercentMisjudgedOnEitherSide) {
    RegionOptions o = observe357();
    o.validate = 200;
    o.seed = 7;
    const RegionResult r = runRegion(bundledCase("microgrid-a"), o);
    ASSERT_TRUE(r.validation.has_value());
    const ValidationResult& v = *r.validation;
    EXPECT_EQ(v.samples, 200);
    EXPECT_EQ(v.seed, 7u);
    EXPECT_LE(v.inside_infeasible_pct, 1.0) << v.inside_infeasible << " of 200";
    EXPECT_LE(v.outside_feasible_pct, 1.0) << v.outside_feasible << " of 200";
    std::cout << "microgrid-a 3,5,7 validation, seed 7: " << v.inside_infeasible
              << " inside infeasible, " << v.outside_feasible << " outside feasible\n";
}

TEST(RegionMicrogridA, ValidationGivesTheSameCountsForTheSameSeed) {
    // The region blown up by 15 % about the base point: some points inside it are infeasible,
    // so that equal counts say something.
    const RegionResult& r = microgridA357();
    std::vector<PointN> enlarged;
    for (const PointN& v : r.hull.vertices) {
        PointN e = v;
        for (std::size_t k = 0; k < v.size(); ++k)
            e[k] = r.base_point[k] + 1.15 * (v[k] - r.base_point[k]);
        enlarged.push_back(e);
    }
    const geometry::Hull hull = geometry::convexHull(enlarged);
    RegionSpec spec;
    spec.observed = r.observed;
    spec.cap_t = r.cap_t;
    spec.day = r.day;
    const Case c = bundledCase("microgrid-a");
    AcOracle first(c, spec, RegionOptions{}.solve), second(c, spec, RegionOptions{}.solve);
    const ValidationResult a = validateRegion(hull, first, 40, 7, nullptr, {});
    const ValidationResult b = validateRegion(hull, second, 40, 7, nullptr, {});
    EXPECT_GT(a.inside_infeasible, 0);
    EXPECT_EQ(a.inside_infeasible, b.inside_infeasible);
    EXPECT_EQ(a.outside_feasible, b.outside_feasible);
    EXPECT_EQ(a.inside_infeasible_pct, b.inside_infeasible_pct);
    EXPECT_EQ(a.outside_feasible_pct, b.outside_feasible_pct);
}

TEST(RegionMicrogridA, AutoChoosesThreeDistinctLoadedBusesDeterministically) {
    const Case c = bundledCase("microgrid-a");
    const std::string day = firstDay(c);
    const std::vector<std::string> first = rankObservedBuses(c, day, 3);
    const std::vector<std::string> second = rankObservedBuses(c, day, 3);
    ASSERT_EQ(first.size(), 3u);
    EXPECT_EQ(first, second);
    EXPECT_EQ(std::set<std::string>(first.begin(), first.end()).size(), 3u);
    for (const std::string& bus : first)
        EXPECT_TRUE(std::any_of(c.loads.begin(), c.loads.end(),
                                [&](const Load& l) { return l.bus == bus && l.p_mw > 0.0; }))
            << "bus " << bus << " has no load";
    RegionOptions o;
    o.auto_count = 3;
    const RegionResult r = runRegion(c, o);
    EXPECT_EQ(r.observed, first);
    std::cout << "auto:3 on microgrid-a observes " << first[0] << ", " << first[1] << ", "
              << first[2] << "\n";
}

// --- errors --------------------------------------------------------------------------------

TEST(RegionErrors, BadObservedBusesAreBadInputNamingTheBus) {
    const Case c = bundledCase("microgrid-a");
    struct Bad {
        std::vector<std::string> observed;
        std::string mentions;
    };
    // Bus 1 is the grid's: it carries no load.
    ASSERT_TRUE(
        std::none_of(c.loads.begin(), c.loads.end(), [](const Load& l) { return l.bus == "1"; }));
    for (const Bad& bad :
         {Bad{{"3"}, "got 1"}, Bad{{"2", "3", "5", "7"}, "got 4"}, Bad{{"3", "99"}, "'99'"},
          Bad{{"3", "5", "3"}, "'3'"}, Bad{{"1", "3"}, "'1'"}}) {
        RegionOptions o;
        o.observed = bad.observed;
        std::string message;
        EXPECT_EQ(errorOf([&] { runRegion(c, o); }, &message), ErrorCode::BadInput) << bad.mentions;
        EXPECT_NE(message.find(bad.mentions), std::string::npos) << message;
    }
}

TEST(RegionErrors, BadOptionsAreBadInputNamingTheOption) {
    const Case c = bundledCase("microgrid-a");
    auto expectBadInput = [&](const RegionOptions& o, const std::string& mentions) {
        std::string message;
        EXPECT_EQ(errorOf([&] { runRegion(c, o); }, &message), ErrorCode::BadInput) << mentions;
        EXPECT_NE(message.find(mentions), std::string::npos) << message;
    };
    for (int hour : {24, -1}) {
        RegionOptions o = observe357();
        o.hour = hour;
        expectBadInput(o, "hour " + std::to_string(hour));
    }
    for (double cap : {0.0, -5.0}) {
        RegionOptions o = observe357();
        o.cap_t = cap;
        expectBadInput(o, "--cap");
    }
    for (double tol : {0.0, 1.0, -0.1, 2.0}) {
        RegionOptions o = observe357();
        o.tolerance = tol;
        expectBadInput(o, "--tol");
    }
}

TEST(RegionErrors, AnAbsurdRequestIsRefusedWithItsEstimateUnlessForced) {
    const Case c = bundledCase("microgrid-a");
    RegionOptions scan = observe357();
    scan.method = Method::Scba;
    // The default grid: 3 axes x 2 directions x 21^2 grid lines.
    EXPECT_DOUBLE_EQ(requestEstimate(scan, 3).solves, 2646.0);
    scan.step = 1e-4;
    EXPECT_DOUBLE_EQ(requestEstimate(scan, 3).solves, 6.0 * 10001.0 * 10001.0);
    std::string message;
    EXPECT_EQ(errorOf([&] { runRegion(c, scan); }, &message), ErrorCode::BadInput);
    EXPECT_NE(message.find("about 600,120,006 solves (scba with --step 0.0001 on 3 axes"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("unless --force"), std::string::npos) << message;

    RegionOptions samples = observe357();
    samples.validate = 1000000;
    EXPECT_EQ(errorOf([&] { runRegion(c, samples); }, &message), ErrorCode::BadInput);
    EXPECT_NE(message.find("--validate 1000000: 2,000,000 oracle calls"), std::string::npos)
        << message;

    // Forced, the request runs (here into a stop already requested); beyond 1e12 it never does.
    std::stop_source stopped;
    stopped.request_stop();
    scan.force = true;
    EXPECT_EQ(errorOf([&] { runRegion(c, scan, nullptr, stopped.get_token()); }),
              ErrorCode::Cancelled);
    scan.step = 1e-9;
    EXPECT_EQ(errorOf([&] { runRegion(c, scan); }, &message), ErrorCode::BadInput);
    EXPECT_NE(message.find("can never finish"), std::string::npos) << message;
}

TEST(RegionErrors, InfeasibleBasePointIsFailedNamingTheBasePoint) {
    RegionOptions o = observe357();
    o.cap_t = 5.0; // the base loads alone emit far more over the day
    std::string message;
    EXPECT_EQ(errorOf([&] { runRegion(bundledCase("microgrid-a"), o); }, &message),
              ErrorCode::Failed);
    EXPECT_NE(message.find("base operating point"), std::string::npos) << message;
}

TEST(RegionErrors, StopRequestedBeforeTheRunCancelsIt) {
    std::stop_source source;
    source.request_stop();
    EXPECT_EQ(errorOf([&] {
                  runRegion(bundledCase("microgrid-a"), observe357(), nullptr, source.get_token());
              }),
              ErrorCode::Cancelled);
}

TEST(RegionErrors, StopRequestedFromTheProgressCallbackCancelsTheRun) {
    // Stops at the sandwich's first report (after the base point and the axis extremes), before
    // it solves its next direction.
    class StopWhenUnderWay final : public Progress {
    public:
        explicit StopWhenUnderWay(std::stop_source& s) : source_(s) {}
        void report(double fraction, std::string_view stage) override {
            ++reports;
            if (stage.starts_with("direction") && !source_.stop_requested()) {
                stoppedAt = fraction;
                source_.request_stop();
            }
        }
        int reports = 0;
        double stoppedAt = -1.0;

    private:
        std::stop_source& source_;
    };
    std::stop_source source;
    StopWhenUnderWay progress(source);
    EXPECT_EQ(errorOf([&] {
                  runRegion(bundledCase("microgrid-a"), observe357(), &progress,
                            source.get_token());
              }),
              ErrorCode::Cancelled);
    EXPECT_GE(progress.stoppedAt, 0.05);
    EXPECT_LT(progress.stoppedAt, 0.95);
    EXPECT_GE(progress.reports, 3);
}
