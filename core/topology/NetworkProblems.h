#pragma once
// Everything wrong with a case, for the feeder editor's problems list: validateCase's
// findings plus what only the network as a whole shows (islands without a source, no source
// at all) and values that are legal but that an engineer would want to look at again.
#include "model/Case.h"
#include "model/Element.h"
#include "model/Validate.h"

#include <optional>
#include <vector>

namespace gridcarbon {

// validateCase's problems (unchanged) followed by:
// - errors: an island that carries load or generation but holds no in-service slack
//   generator, once per island, at the island's first bus ("buses[i]"), naming up to five of
//   its buses. When the case has no in-service slack generator at all this is one problem,
//   "generators" with an empty id, rather than one per island: the fix is one grid
//   connection, not one per island.
// - warnings: an island with nothing that needs a source and none (de-energised; dropped when
//   the case has no slack at all, which is then itself one warning); a load with negative p;
//   a non-slack generator's p_mw above p_max_mw or, when not 0 (off), below p_min_mw; a
//   voltage set point outside its bus's limits; bus voltage limits that exclude 1.0 p.u. or
//   reach beyond 0.8-1.2 p.u.; storage with no usable energy, no power rating or a p_mw
//   above its rating; a candidate site that allows no capacity; a capacitor rated 0 MVAr.
//   A value validateCase already rejects is not warned about again.
// Branches and generators on unknown buses (reported by validateCase) are left out of the
// island analysis. Errors come first, then warnings, each in the order found. A case without
// buses has no problems. Throws nothing of its own (std::bad_alloc aside).
std::vector<Problem> findNetworkProblems(const Case& c);

} // namespace gridcarbon
