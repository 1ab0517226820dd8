#pragma once
// The committed-carbon-emission operating region study (paper 003, docs/region.md): what
// `gridcarbon-cli region` and the GUI's region panel run. Builds the region of the observed
// loads by one of four methods, measures it, and optionally validates it against the exact AC
// oracle.
#include "geometry/ConvexHull.h"
#include "jobs/Progress.h"
#include "model/Case.h"
#include "opt/Solve.h"
#include "region/Indices.h"
#include "region/Validation.h"
#include "util/EngineResult.h"
#include "util/OptionDescriptor.h"

#include <cstdint>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace gridcarbon::region {

enum class Method { Adaptive, Scba, Hba, Chba };
std::string_view toString(Method m);
// "adaptive", "scba", "hba", "chba"; throws Error(BadInput) otherwise.
Method parseMethod(const std::string& text);

struct RegionOptions {
    std::vector<std::string> observed; // bus ids; empty with auto_count
    int auto_count = 0;                // > 0: choose that many buses by carbon emission flow
    Method method = Method::Adaptive;
    double tolerance = 0.01;     // adaptive: largest inner-outer gap, fraction of each axis range
    double step = 0.05;          // scba, hba: grid step, fraction of each axis range
    double gap_max = 1e-3;       // scba: largest relaxation gap of a boundary point (p.u.^2)
    int rays = 0;                // chba: 0 for 64 (2-D) or 160 (3-D)
    std::optional<double> cap_t; // default: the case's economics.daily_carbon_cap_t
    std::string day;             // default: the case's first typical day
    std::optional<int> hour;     // observe one hour's load instead of the daily peak
    int validate = 0;            // samples per side; 0: no validation
    std::uint64_t seed = 1;
    // Run a request estimated above kLargestRequest solves (requestEstimate) all the same.
    bool force = false;
    // The AC oracle checks limits to 1e-5, so cones need not hold tighter than 1e-6: each
    // support problem then takes fewer cutting-plane rounds.
    opt::SolveOptions solve{.cone_tolerance = 1e-6, .conic_stop = opt::ConicStop::ConeTolerance};
};

// How many solves (boundary problems and AC oracle calls) `o` asks for on `axes` axes, known
// before anything is solved: 2 per grid line of scba and hba, about 12 bisection steps per ray
// of chba, 2 per validation sample, and nothing counted for adaptive, whose work follows its
// tolerance; with the words that say where they come from ("scba with --step 0.0001 on 3 axes:
// 600,060,003 boundary problems").
struct RequestEstimate {
    double solves = 0.0;
    std::vector<std::string> parts;
};
RequestEstimate requestEstimate(const RegionOptions& o, int axes);

// A request above this many solves is refused with its estimate unless RegionOptions::force
// (40 times the default scba grid in 3-D, whose 2,646 problems take seconds on microgrid-a);
// one above kNeverFinishes is refused even then.
inline constexpr double kLargestRequest = 100000.0;
inline constexpr double kNeverFinishes = 1e12;

// The region study's numeric settings, for the CLI's flags and the GUI's forms; runRegion
// refuses values outside their ranges with the descriptor's message.
const std::vector<NumberOption<RegionOptions>>& regionNumberOptions();

struct RegionStats {
    int lp_solves = 0; // simplex solves, support problems and oracle together
    int boundary_problems = 0;
    int oracle_calls = 0; // besides validation
    double seconds = 0.0; // building the region, without indices and validation
    double validation_seconds = 0.0;
};

// seconds: the whole run, indices and validation included (stats splits it).
struct RegionResult : EngineResult {
    std::vector<std::string> observed; // bus ids
    std::vector<std::string> axis_names;
    Method method = Method::Adaptive;
    std::string day;
    std::optional<int> hour;
    double cap_t = 0.0;
    std::vector<double> base_point;       // MW
    std::vector<double> axis_lo, axis_hi; // the relaxed region's extremes, MW
    geometry::Hull hull;                  // the reported region
    std::optional<geometry::Hull> outer;  // adaptive: the outer polytope
    double certified_gap = -1.0;          // adaptive: fraction of the axis ranges
    RegionIndices indices;
    std::optional<ValidationResult> validation;
    RegionStats stats;
};

// Throws Error(BadInput) for bad options or observed buses, Error(Failed) for an infeasible
// base point or a region that cannot be built, Error(Cancelled) on `stop`.
RegionResult runRegion(const Case& c, const RegionOptions& options, Progress* progress = nullptr,
                       std::stop_token stop = {});

} // namespace gridcarbon::region
