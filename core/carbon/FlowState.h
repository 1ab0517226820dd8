#pragma once
// The operating state carbon emission flow needs for one period, whatever produced it (an AC
// or DC power flow, or an OPF): active power only, in MW. Every device's exchange with its
// bus and every in-service branch's two terminal flows.
#include "model/Case.h"
#include "opf/OpfResult.h"
#include "powerflow/PowerFlow.h"

#include <cstddef>
#include <string>
#include <vector>

namespace gridcarbon::carbon {

enum class ExchangeKind { Unit, Storage, Load, Shunt };

// What one device exchanges with its bus: positive supplies the bus, negative draws from it.
struct Exchange {
    std::string id; // device id; the bus id for a shunt
    ExchangeKind kind = ExchangeKind::Load;
    std::size_t bus = 0;    // index into FlowState::bus_ids
    std::size_t device = 0; // index into Case::generators or Case::storages
    double p_mw = 0.0;
};

// Active power a branch takes in at each end (negative: delivers there). With losses
// p_from_mw + p_to_mw > 0; lossless: p_to_mw = -p_from_mw.
struct BranchTransfer {
    std::size_t branch = 0; // index into Case::branches
    std::size_t from = 0;
    std::size_t to = 0;
    double p_from_mw = 0.0;
    double p_to_mw = 0.0;
};

struct FlowState {
    int hour = 0;
    std::vector<std::string> bus_ids;
    std::vector<bool> energised;
    std::vector<double> vm_pu;            // per bus, of the state solved; empty when unknown
    std::vector<BranchTransfer> branches; // in service only
    std::vector<Exchange> exchanges;
    // Empty when the hour was solved. Otherwise why not: the state then holds only the
    // stores' scheduled exchanges, so that their energy still follows the day.
    std::string failure;
};

// The state of an hour whose operating point could not be solved (see FlowState::failure).
FlowState unsolvedFlowState(const Case& c, int hour, std::string why);

// From a power flow (AC or DC) solved at `day`/`hour` (empty day: base values). Storage
// exchanges its Storage::p_mw, as the power flow assumed. Throws Error(Failed) naming the
// case when the power flow did not converge.
FlowState flowStateFromPowerFlow(const Case& c, const PowerFlowResult& pf, const std::string& day,
                                 int hour);

// From period `period` of an OPF result, its relaxation's branch flows and device outputs.
// Throws Error(Failed) when the OPF did not reach an optimal or feasible point.
FlowState flowStateFromOpf(const Case& c, const opf::OpfResult& r, std::size_t period);

} // namespace gridcarbon::carbon
