// libFuzzer target: the native case reader must accept or refuse any byte string with a
// gridcarbon::Error, never crash; an accepted case must survive a write/read round trip.
#include "io/CaseJson.h"
#include "util/Error.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const gridcarbon::Case c = gridcarbon::readCaseJson(text);
        if (!(gridcarbon::readCaseJson(gridcarbon::writeCaseJson(c)) == c))
            std::abort();
    } catch (const gridcarbon::Error&) {
    }
    return 0;
}
