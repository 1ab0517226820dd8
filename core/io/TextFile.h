#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace gridcarbon {

// Whole file as text; throws Error(BadInput) naming the file when it cannot be read.
std::string readTextFile(const std::filesystem::path& file);

// Replaces `file` with `text`, whole or not at all, and durably:
// - a symbolic link is followed, and its target replaced (the link stays a link);
// - a regular file, or a new one, is written to a temporary file created exclusively beside it
//   ("<name>.tmp-<pid>-XXXXXX", the mode and, where allowed, the owner of the file it replaces),
//   synced, renamed over it, and the folder synced, so that a crash or a power cut leaves the
//   old file or the new one; a replaced file gets a new inode (its other hard links keep the
//   old text);
// - what cannot be replaced (a character device such as /dev/null, a FIFO, a socket) is written
//   in place.
// Throws Error(BadInput) naming the file (a missing folder, no permission, a full disk, a
// directory); no temporary file is left behind.
void writeTextFileAtomic(const std::filesystem::path& file, const std::string& text);

struct TextFileOutput {
    std::filesystem::path file;
    std::string text;
};

// Several files as one: every text is first written and synced beside its target, then all
// are put in place; if any cannot be staged (a missing folder, a full disk) none is written.
// The same file named twice (also through a symbolic link) is refused. What happens to each
// file is as in writeTextFileAtomic.
void writeTextFilesAtomic(const std::vector<TextFileOutput>& files);

// Whether `file` is named like the temporary files writeTextFileAtomic leaves when the process
// is killed mid-write ("<name>.tmp-<pid>-" and six characters, or "<name>.tmp-" and six from
// before the pid was written): what a start-up clean-up removes.
bool isAbandonedTemporary(const std::filesystem::path& file);

// Whether the process that wrote such a temporary no longer runs on this machine (a save cut
// off by a kill, not one in progress). False for a name without a process id.
bool writerIsGone(const std::filesystem::path& file);

// A number with 17 significant digits in the C locale, whatever the program's locale
// ("0.10000000000000001", "1", "-2.5e-07"): it reads back to the same double. "inf", "-inf"
// and "nan" for values that are not finite; writers that cannot take those check first.
std::string formatNumber17(double v);

} // namespace gridcarbon
