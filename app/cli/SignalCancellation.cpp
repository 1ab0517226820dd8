#include "SignalCancellation.h"

#include <pthread.h>

namespace gridcarbon::cli {

SignalCancellation::SignalCancellation() {
    sigemptyset(&signals_);
    for (int s : {SIGINT, SIGTERM}) {
        struct sigaction current {};
        if (sigaction(s, nullptr, &current) == 0 && current.sa_handler == SIG_IGN)
            continue;
        sigaddset(&signals_, s);
    }
    if (sigismember(&signals_, SIGINT) != 1 && sigismember(&signals_, SIGTERM) != 1)
        return;
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
    watcher_ = std::thread([this] { watch(); });
}

SignalCancellation::~SignalCancellation() {
    if (!watcher_.joinable())
        return;
    // Wakes the watcher with a signal it waits for, directed at its thread alone.
    closing_.store(true);
    pthread_kill(watcher_.native_handle(), sigismember(&signals_, SIGTERM) == 1 ? SIGTERM : SIGINT);
    watcher_.join();
}

void SignalCancellation::watch() {
    for (;;) {
        int s = 0;
        if (sigwait(&signals_, &s) != 0)
            continue;
        if (closing_.load())
            return;
        if (received_.exchange(s) == 0) {
            source_.request_stop();
            continue;
        }
        // A second signal: the default action, now, delivered to this thread alone.
        std::signal(s, SIG_DFL);
        sigset_t one;
        sigemptyset(&one);
        sigaddset(&one, s);
        pthread_sigmask(SIG_UNBLOCK, &one, nullptr);
        pthread_kill(pthread_self(), s);
    }
}

const char* SignalCancellation::name(int signal) {
    switch (signal) {
    case SIGINT:
        return "SIGINT";
    case SIGTERM:
        return "SIGTERM";
    default:
        return "a signal";
    }
}

} // namespace gridcarbon::cli
