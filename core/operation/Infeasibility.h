#pragma once
// The infeasibility diagnosis of an operation problem (opt::Solution::infeasibility, the
// elastic re-solve) told in engineering words: which bus, branch or device, which hour, and by
// how much in the unit an engineer reads — MW and MVAr for power balances and device limits,
// p.u. for voltages (not |V|^2), MVA for ratings, MWh for stored energy, t for the carbon
// cap — with the grid connection's limits called its import and export limit.
#include "model/Case.h"
#include "operation/Horizon.h"
#include "opt/Solve.h"
#include "util/Diagnostic.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gridcarbon::operation {

// The prices per unit of violation the elastic re-solve of an operation problem uses
// (opt::SolveOptions::elastic_weights): unserved load last (balance, 1e3), the grid
// connection's import and export limits first (0.5), every other family at 1.
std::map<std::string, double> diagnosisWeights();

struct ViolationText {
    std::string item_id; // the bus, branch or device; empty for the daily carbon cap
    // One phrase naming the item first, e.g. "bus '18' needs 0.912 p.u. at hour 0, 0.0585 p.u.
    // below its minimum voltage of 0.97 p.u.", "grid connection 'GRID' needs to import 3.92 MW,
    // 1.92 MW above its import limit of 2 MW".
    std::string message;
    double amount = 0.0;         // how far beyond its limit, in the message's unit
    std::optional<double> limit; // the limit, in the same unit, when the message names one
};

// One violated item of a problem built by OperationBuilder (and the region's carbon cap) on
// `c` over `h`: the hour is named when `h` is a day. An item of another name is told by its
// model name and amount.
ViolationText describeViolation(const Case& c, const Horizon& h, const opt::Violation& v);

// One error diagnostic per violated family, in family order: "<what>: <its largest item>" (the
// item alone when `what` is empty) and, when more items of the family give, "(the largest of
// N voltage limits that give)".
std::vector<Diagnostic> infeasibilityDiagnostics(const Case& c, const Horizon& h,
                                                 const std::vector<opt::Violation>& violations,
                                                 const std::string& what);

} // namespace gridcarbon::operation
