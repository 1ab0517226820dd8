#pragma once
// Linear outer approximation of second-order cones: the tangent plane at a point, and the
// initial box of planes every cone starts with. Pure arithmetic on Model types.
#include "opt/Model.h"

#include <vector>

namespace gridcarbon::opt::detail {

// A cut  sum coefficient * x <= upper, supporting the model's cone number `cone`.
struct Cut {
    std::vector<std::pair<int, double>> terms;
    double upper = 0.0;
    int cone = -1;
};

// The supporting plane g'(lhs) <= rhs with g = y / ||y||, y = lhs evaluated at x; it is valid
// for the whole cone and cuts x off when x violates it. Empty when y = 0. `index` is the cone's
// number in its model (Cut::cone).
std::vector<Cut> tangentCut(const ConeInfo& cone, int index, const std::vector<double>& x);

// rhs >= 0: the cut for a point where the cone's vector is zero and its bound negative, where
// there is no tangent.
Cut boundNonNegative(const ConeInfo& cone, int index);

// +-lhs_i <= rhs for every component: the bounded start of the approximation.
std::vector<Cut> initialCuts(const ConeInfo& cone, int index);

double relativeViolation(const ConeInfo& cone, const std::vector<double>& x);

} // namespace gridcarbon::opt::detail
