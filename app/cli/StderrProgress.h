#pragma once
// Progress of a long CLI run on stderr, with the seconds it has taken. On a terminal: one line
// redrawn in place ("region:   5 % boundary points: 2 (12 s)"), cleared when the run ends.
// Into a file or a pipe: a line when the stage changes (its words, not its counts) and at
// least every 30 s. A heartbeat keeps the line going while an engine is inside a long step
// that reports nothing. Quiet for the first second (terminal) or two (otherwise), so that a
// short run prints nothing but its result.
#include "jobs/Progress.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace gridcarbon::cli {

class StderrProgress final : public Progress {
public:
    explicit StderrProgress(std::string command);
    ~StderrProgress() override;
    StderrProgress(const StderrProgress&) = delete;
    StderrProgress& operator=(const StderrProgress&) = delete;

    void report(double fraction, std::string_view stage) override;

private:
    using Clock = std::chrono::steady_clock;
    void show(Clock::time_point now); // with mutex_ held

    std::string command_;
    bool terminal_;
    Clock::time_point started_ = Clock::now();
    Clock::time_point last_ = started_;
    double fraction_ = 0.0;
    std::string stage_;
    std::string lastWords_;
    bool drawn_ = false;   // a terminal line is on screen
    bool printed_ = false; // a line went to a file or pipe
    std::mutex mutex_;
    std::condition_variable_any wake_;
    std::jthread heartbeat_; // last: started once everything above is initialised
};

} // namespace gridcarbon::cli
