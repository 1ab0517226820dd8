#pragma once
// The exact AC state behind an OPF: a power flow of every period with every device at its
// optimised output (the slack takes the balance), on one network compiled once.
#include "model/Case.h"
#include "operation/Horizon.h"
#include "opf/OpfResult.h"

#include <functional>
#include <stop_token>
#include <vector>

namespace gridcarbon::opf {

// One AcCheck per period; a period whose power flow fails says why in its message. Throws
// Error(Cancelled) on `stop`.
std::vector<AcCheck> recoverAc(const Case& c, const operation::Horizon& h,
                               const std::vector<PeriodResult>& periods,
                               const std::function<void(int)>& beforePeriod = {},
                               std::stop_token stop = {});

} // namespace gridcarbon::opf
