#include "opf/AcRecovery.h"

#include "operation/AcOperatingPoint.h"
#include "powerflow/PowerFlow.h"
#include "util/Error.h"

#include <cmath>
#include <memory>

namespace gridcarbon::opf {

std::vector<AcCheck> recoverAc(const Case& c, const operation::Horizon& h,
                               const std::vector<PeriodResult>& periods,
                               const std::function<void(int)>& beforePeriod, std::stop_token stop) {
    std::vector<AcCheck> checks;
    std::unique_ptr<CompiledNetwork> network;
    std::string compileError;
    try {
        network = std::make_unique<CompiledNetwork>(operation::acCheckCase(c));
    } catch (const Error& e) {
        compileError = e.what();
    }
    for (std::size_t t = 0; t < periods.size(); ++t) {
        if (stop.stop_requested())
            throw Error(ErrorCode::Cancelled, "OPF cancelled");
        if (beforePeriod)
            beforePeriod(static_cast<int>(t));
        const PeriodResult& period = periods[t];
        AcCheck check;
        check.hour = period.hour;
        check.opf_loss_mw = period.loss_mw;
        check.message = compileError;
        if (network) {
            try {
                network->setOperatingPoint(operation::acOperatingPoint(
                    network->source(), h, static_cast<int>(t), period.devices));
                const PowerFlowResult pf = network->solve({}, nullptr, stop);
                check.converged = pf.converged;
                check.pf_loss_mw = pf.total_loss_kw / 1000.0;
                // A bus the power flow finds cut off from every source has no voltage; the
                // OPF's value there (a free variable) is no measure of its accuracy.
                for (std::size_t i = 0; i < pf.buses.size(); ++i)
                    if (pf.buses[i].energised)
                        check.vm_max_difference_pu =
                            std::max(check.vm_max_difference_pu,
                                     std::abs(pf.buses[i].vm_pu - period.buses[i].vm_pu));
                if (!pf.converged)
                    check.message = whyNotConverged(pf);
            } catch (const Error& e) {
                if (e.code() == ErrorCode::Cancelled)
                    throw;
                check.message = e.what();
            }
        }
        checks.push_back(check);
    }
    return checks;
}

} // namespace gridcarbon::opf
