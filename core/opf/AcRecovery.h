#pragma once
// The exact AC state behind an OPF period: a power flow of the case with every device set to
// its optimised output (the slack takes the balance).
#include "model/Case.h"
#include "opf/Horizon.h"
#include "opf/OpfResult.h"

namespace gridcarbon::opf {

// The case of period `t` with loads at their horizon values, installed units, storage and
// capacitors at `period`'s outputs and every profile removed. Non-slack units become
// P-Q injections.
Case caseAtOptimum(const Case& c, const Horizon& h, int t, const PeriodResult& period);

AcCheck recoverAc(const Case& c, const Horizon& h, int t, const PeriodResult& period);

} // namespace gridcarbon::opf
