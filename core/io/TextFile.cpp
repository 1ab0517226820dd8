#include "io/TextFile.h"

#include "util/Error.h"

#include <array>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <string_view>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gridcarbon {

std::string readTextFile(const std::filesystem::path& file) {
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec))
        throw badInput(file.string() + ": is a directory, not a case file");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw badInput(file.string() + ": cannot open file");
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad())
        throw badInput(file.string() + ": read error");
    return ss.str();
}

std::string formatNumber17(double v) {
    std::array<char, 40> buf{};
    const auto [end, ec] =
        std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::general, 17);
    return ec == std::errc{} ? std::string(buf.data(), end) : std::to_string(v);
}

namespace {

constexpr std::string_view kTemporaryMark = ".tmp-";
constexpr std::size_t kTemporarySuffix = 6;

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& why) {
    throw badInput(file.string() + ": " + why);
}

std::string lastError() {
    return std::strerror(errno);
}

// The file a chain of symbolic links ends at (itself when it is none); a loop is refused.
std::filesystem::path followLinks(std::filesystem::path file) {
    for (int hops = 0; hops < 40; ++hops) {
        std::error_code ec;
        if (!std::filesystem::is_symlink(std::filesystem::symlink_status(file, ec)))
            return file;
        const std::filesystem::path target = std::filesystem::read_symlink(file, ec);
        if (ec)
            fail(file, "cannot read the symbolic link: " + ec.message());
        file = target.is_absolute() ? target : file.parent_path() / target;
    }
    fail(file, "too many symbolic links");
}

void writeAll(int fd, const std::string& text, const std::filesystem::path& file) {
    const char* p = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail(file, "write failed: " + lastError());
        p += n;
        left -= static_cast<std::size_t>(n);
    }
}

// A new file beside `file`, created exclusively so that no other file is ever overwritten.
int createTemporary(const std::filesystem::path& file, std::filesystem::path& tmp) {
    static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device rd;
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string suffix(kTemporarySuffix, 'x');
        for (char& ch : suffix)
            ch = kChars[rd() % (sizeof kChars - 1)];
        // The writer's process id in the name lets a later start tell a save cut off by a kill
        // (its process gone) from one in progress.
        tmp = file;
        tmp += std::string(kTemporaryMark) + std::to_string(::getpid()) + "-" + suffix;
        const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0)
            return fd;
        if (errno != EEXIST)
            fail(file, "cannot write (" + lastError() + ")");
    }
    fail(file, "cannot create a temporary file beside it");
}

void syncFolder(const std::filesystem::path& file) {
    const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : ".";
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return; // the rename stands; only its durability across a power cut is less certain
    ::fsync(fd);
    ::close(fd);
}

} // namespace

namespace {

// The writer's process id of a temporary named "<name>.tmp-<pid>-XXXXXX", or 0 for another
// name (older temporaries were "<name>.tmp-XXXXXX").
long temporaryWriter(const std::string& name) {
    const auto mark = name.rfind(kTemporaryMark);
    if (mark == std::string::npos || mark == 0 || name.size() < kTemporarySuffix + 2)
        return 0;
    const std::size_t dash = name.size() - kTemporarySuffix - 1;
    const std::size_t digits = mark + kTemporaryMark.size();
    if (name[dash] != '-' || dash <= digits)
        return 0;
    long pid = 0;
    const auto [end, ec] = std::from_chars(name.data() + digits, name.data() + dash, pid);
    return ec == std::errc() && end == name.data() + dash && pid > 0 ? pid : 0;
}

} // namespace

bool isAbandonedTemporary(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    const auto mark = name.rfind(kTemporaryMark);
    if (mark == std::string::npos || mark == 0)
        return false;
    return name.size() == mark + kTemporaryMark.size() + kTemporarySuffix ||
           temporaryWriter(name) > 0;
}

bool writerIsGone(const std::filesystem::path& file) {
    const long pid = temporaryWriter(file.filename().string());
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

namespace {

// One file of a set being written: its text in a synced temporary beside the target, or, for
// what cannot be replaced (a device, a FIFO), the text to write in place at commit.
struct Staged {
    std::filesystem::path requested; // as given, for messages
    std::filesystem::path target;    // after following symbolic links
    std::filesystem::path tmp;       // empty: written in place
    const std::string* text = nullptr;
};

void discard(const std::vector<Staged>& staged) {
    for (const Staged& s : staged)
        if (!s.tmp.empty())
            ::unlink(s.tmp.c_str());
}

Staged stage(const std::filesystem::path& requested, const std::string& text) {
    Staged s{requested, followLinks(requested), {}, &text};
    struct stat old {};
    const bool exists = ::stat(s.target.c_str(), &old) == 0;
    if (exists && S_ISDIR(old.st_mode))
        fail(requested, "is a directory");
    if (exists && !S_ISREG(old.st_mode)) {
        if (::access(s.target.c_str(), W_OK) != 0)
            fail(requested, "cannot write (" + lastError() + ")");
        return s; // a device, a FIFO or a socket cannot be replaced by a file: written to
    }
    const int fd = createTemporary(s.target, s.tmp);
    const auto abandon = [&](const std::string& why) {
        ::close(fd);
        ::unlink(s.tmp.c_str());
        fail(requested, why);
    };
    try {
        writeAll(fd, text, requested);
    } catch (...) {
        ::close(fd);
        ::unlink(s.tmp.c_str());
        throw;
    }
    if (exists) {
        // The replaced file's mode, and its owner where this process may give it.
        ::fchmod(fd, old.st_mode & 07777);
        if (::fchown(fd, old.st_uid, old.st_gid) != 0 && errno != EPERM)
            abandon("cannot keep the owner (" + lastError() + ")");
    }
    if (::fsync(fd) != 0)
        abandon("write failed (" + lastError() + ")");
    if (::close(fd) != 0) {
        ::unlink(s.tmp.c_str());
        fail(requested, "write failed (" + lastError() + ")");
    }
    return s;
}

void commit(const Staged& s) {
    if (s.tmp.empty()) {
        const int fd = ::open(s.target.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            fail(s.requested, "cannot write (" + lastError() + ")");
        try {
            writeAll(fd, *s.text, s.requested);
        } catch (...) {
            ::close(fd);
            throw;
        }
        ::close(fd);
        return;
    }
    if (::rename(s.tmp.c_str(), s.target.c_str()) != 0) {
        const std::string why = lastError();
        ::unlink(s.tmp.c_str());
        fail(s.requested, "cannot replace the file (" + why + ")");
    }
    syncFolder(s.target);
}

} // namespace

void writeTextFilesAtomic(const std::vector<TextFileOutput>& files) {
    std::vector<Staged> staged;
    staged.reserve(files.size());
    try {
        for (const TextFileOutput& f : files) {
            staged.push_back(stage(f.file, f.text));
            for (std::size_t k = 0; k + 1 < staged.size(); ++k)
                if (std::filesystem::absolute(staged[k].target).lexically_normal() ==
                    std::filesystem::absolute(staged.back().target).lexically_normal())
                    fail(f.file,
                         "is given for two outputs (as " + staged[k].requested.string() + " too)");
        }
    } catch (...) {
        discard(staged);
        throw;
    }
    for (std::size_t k = 0; k < staged.size(); ++k) {
        try {
            commit(staged[k]);
        } catch (...) {
            discard({staged.begin() + std::ptrdiff_t(k) + 1, staged.end()});
            throw;
        }
    }
}

void writeTextFileAtomic(const std::filesystem::path& file, const std::string& text) {
    writeTextFilesAtomic({{file, text}});
}

} // namespace gridcarbon
