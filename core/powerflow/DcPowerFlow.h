#pragma once
// DC (lossless, linearised) power flow as MATPOWER's rundcpf: |V| = 1, branch flows
// b (theta_f - theta_t - shift) with b = 1 / (x tap), bus shunt conductance as load, and
// every island's slack unit taking that island's balance. Carbon emission flow uses it for
// `--method dc` (paper 000, section 2.2.1).
#include "jobs/Progress.h"
#include "model/Case.h"
#include "powerflow/PowerFlow.h"

#include <stop_token>

namespace gridcarbon {

// The result has the shape of an AC power flow's: vm_pu 1 at energised buses, q and losses 0,
// p_to_mw = -p_from_mw. Throws Error(BadInput) as runPowerFlow does, and for a branch with
// zero reactance (a coupler, NetworkModel.h, may have none); Error(Failed) when the reduced
// susceptance matrix is singular.
PowerFlowResult runDcPowerFlow(const Case& c, const PowerFlowOptions& options = {},
                               Progress* progress = nullptr, std::stop_token stop = {});

} // namespace gridcarbon
