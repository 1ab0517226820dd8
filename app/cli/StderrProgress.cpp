#include "StderrProgress.h"

#include "util/Text.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace gridcarbon::cli {
namespace {

// A stage's words without its counts: "boundary points: 12" and "boundary points: 13" are one
// stage, "axis extremes" another.
std::string wordsOf(std::string_view stage) {
    std::string out;
    for (const char c : stage)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            out += c;
    return out;
}

} // namespace

StderrProgress::StderrProgress(std::string command)
    : command_(std::move(command)), terminal_(::isatty(STDERR_FILENO) == 1),
      heartbeat_([this](std::stop_token stop) {
          std::unique_lock lock(mutex_);
          while (!stop.stop_requested()) {
              wake_.wait_for(lock, stop, std::chrono::milliseconds(500), [] { return false; });
              show(Clock::now());
          }
      }) {}

StderrProgress::~StderrProgress() {
    heartbeat_.request_stop();
    heartbeat_.join();
    if (drawn_)
        std::fputs("\r\033[K", stderr);
}

void StderrProgress::report(double fraction, std::string_view stage) {
    const std::lock_guard lock(mutex_);
    fraction_ = std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
    stage_ = escapeControl(stage);
    show(Clock::now());
}

void StderrProgress::show(Clock::time_point now) {
    if (stage_.empty()) // the heartbeat before the engine's first report: nothing to say yet
        return;
    const auto elapsed = now - started_;
    const long seconds = std::chrono::duration_cast<std::chrono::seconds>(elapsed).count();
    if (terminal_) {
        if (elapsed < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(100))
            return;
        std::fprintf(stderr, "\r\033[K%s: %3.0f %% %s (%ld s)", command_.c_str(), fraction_ * 100.0,
                     stage_.c_str(), seconds);
        std::fflush(stderr);
        drawn_ = true;
        last_ = now;
        return;
    }
    const std::string words = wordsOf(stage_);
    if (elapsed < std::chrono::seconds(2) ||
        (printed_ && words == lastWords_ && now - last_ < std::chrono::seconds(30)))
        return;
    std::fprintf(stderr, "%s: %3.0f %% %s (%ld s)\n", command_.c_str(), fraction_ * 100.0,
                 stage_.c_str(), seconds);
    lastWords_ = words;
    printed_ = true;
    last_ = now;
}

} // namespace gridcarbon::cli
