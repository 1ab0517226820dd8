#pragma once
// Re-checks a solution against the model it claims to solve, independently of the solver:
// every row, variable bound, integrality and cone evaluated at Solution::x. For tests and
// debug checks of the problems built on opt (HiGHS' and OR-Tools' verifySolution).
#include "opt/Model.h"
#include "opt/Solve.h"

#include <string>
#include <string_view>
#include <vector>

namespace gridcarbon::opt {

enum class ItemKind { Row, Bound, Integrality, Cone };

std::string_view toString(ItemKind k);

// One item the solution does not satisfy.
struct ItemViolation {
    ItemKind kind = ItemKind::Row;
    int index = -1;     // of the row, variable or cone in the model
    std::string name;   // the item's name, or "row #i", "variable #j", "cone #k" without one
    std::string family; // the item's family (a variable's for Bound and Integrality)
    // How far outside: row activity beyond its bound, variable value beyond its bound or from
    // the nearest integer, in the item's own units; for a cone its relative violation as
    // SolveOptions::cone_tolerance measures it. Infinite for a value that is not finite.
    double amount = 0.0;
};

// Every violation larger than `tolerance` (absolute for rows, bounds and integrality; relative
// for cones, as SolveOptions::cone_tolerance), in model order: rows, bounds, integrality, cones.
// Empty when the solution satisfies the model. Throws Error(BadInput) when the solution does not
// hold one value per variable of the model (e.g. no point was found) or the tolerance is not a
// number >= 0.
std::vector<ItemViolation> verifySolution(const Model& model, const Solution& solution,
                                          double tolerance = 1e-6);

} // namespace gridcarbon::opt
