#pragma once
// SIGINT and SIGTERM during a gridcarbon-cli run become a stop request on the engine's
// std::stop_token; the engine throws Error(Cancelled) and the CLI exits 4.
//
// Construct one first in main, before any other thread exists: the constructor blocks both
// signals in the calling thread, every thread started later (the engines' included) inherits
// that mask, and a watcher thread takes them with sigwait. That thread is not a signal
// handler, so it may call std::stop_source::request_stop; nothing runs in signal context. A
// signal that is ignored when the program starts (a background job of a non-interactive shell
// ignores SIGINT) stays ignored. A second signal ends the process at once by that signal's
// default action, for an engine that does not respond.
#include <atomic>
#include <csignal>
#include <stop_token>
#include <thread>

namespace gridcarbon::cli {

class SignalCancellation {
public:
    SignalCancellation();
    // Stops and joins the watcher thread.
    ~SignalCancellation();
    SignalCancellation(const SignalCancellation&) = delete;
    SignalCancellation& operator=(const SignalCancellation&) = delete;

    // Requested on the first SIGINT or SIGTERM.
    std::stop_token token() const { return source_.get_token(); }
    // The signal that requested the stop, 0 while none has.
    int received() const { return received_.load(); }

    // "SIGINT", "SIGTERM", or "a signal" for any other.
    static const char* name(int signal);

private:
    void watch();

    sigset_t signals_{};
    std::stop_source source_;
    std::atomic<int> received_{0};
    std::atomic<bool> closing_{false};
    std::thread watcher_;
};

} // namespace gridcarbon::cli
