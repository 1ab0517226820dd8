// The names of the temporaries io/TextFile writes, which start-up clean-ups rely on.
#include "io/TextFile.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <unistd.h>

using namespace gridcarbon;

TEST(TextFile, TemporariesCarryTheirWritersProcessId) {
    const std::string self = std::to_string(::getpid());
    EXPECT_TRUE(isAbandonedTemporary("feeder.json.tmp-" + self + "-a1b2c3"));
    EXPECT_TRUE(isAbandonedTemporary("feeder.json.tmp-a1b2c3")); // before the process id
    for (const char* other : {"feeder.json", "feeder.json.tmp-", "feeder.json.tmp-12-ab",
                              ".tmp-a1b2c3", "feeder.json.tmp-x1-a1b2c3"})
        EXPECT_FALSE(isAbandonedTemporary(other)) << other;
    EXPECT_FALSE(writerIsGone("feeder.json.tmp-" + self + "-a1b2c3")); // this process runs
    EXPECT_FALSE(writerIsGone("feeder.json.tmp-a1b2c3"));              // nobody to ask
}

TEST(TextFile, AWriteLeavesOnlyItsFile) {
    const auto folder = std::filesystem::temp_directory_path() /
                        ("gridcarbon-text-file-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    writeTextFileAtomic(folder / "a.json", "{}\n");
    writeTextFileAtomic(folder / "a.json", "{\"x\": 1}\n");
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        ++files;
        EXPECT_EQ(entry.path().filename(), "a.json");
    }
    EXPECT_EQ(files, 1);
    std::filesystem::remove_all(folder);
}
