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

// One stage of a longer job: maps the stage's [0, 1] onto [begin, end] of the whole.
class ProgressSlice final : public Progress {
public:
    ProgressSlice(Progress& whole, double begin, double end)
        : whole_(whole), begin_(begin), end_(end) {}
    void report(double fraction, std::string_view stage) override {
        whole_.report(begin_ + (end_ - begin_) * fraction, stage);
    }

private:
    Progress& whole_;
    double begin_;
    double end_;
};

} // namespace gridcarbon
