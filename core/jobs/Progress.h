#pragma once
// How a long engine tells the caller how far it is. The GUI adapts this to Qt signals on
// its worker thread; the CLI ignores it or prints it. Engines call report() from their own
// thread; implementations must be cheap and thread-safe.
#include <string_view>

namespace gridcarbon {

class Progress {
public:
    virtual ~Progress() = default;
    // fraction in [0, 1]; stage is a short human-readable text ("Newton iteration 3").
    virtual void report(double fraction, std::string_view stage) = 0;
};

class NullProgress final : public Progress {
public:
    void report(double, std::string_view) override {}
};

} // namespace gridcarbon
