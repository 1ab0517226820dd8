#pragma once
// Stops a Clp simplex at the end of an iteration once a stop is requested; Clp then reports
// status 5 ("stopped by event handler"). Used by the LP backend and inside Cbc's LP solves.
#include <ClpEventHandler.hpp>

#include <stop_token>
#include <utility>

namespace gridcarbon::opt::detail {

class ClpStopHandler : public ClpEventHandler {
public:
    explicit ClpStopHandler(std::stop_token stop) : stop_(std::move(stop)) {}
    int event(Event whichEvent) override {
        if (whichEvent == endOfIteration && stop_.stop_requested())
            return 0;
        return -1;
    }
    ClpEventHandler* clone() const override { return new ClpStopHandler(*this); }

private:
    std::stop_token stop_;
};

} // namespace gridcarbon::opt::detail
