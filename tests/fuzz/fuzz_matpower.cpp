// libFuzzer target: the MATPOWER importer (and the MATLAB-subset interpreter under it) must
// accept or refuse any byte string with a gridcarbon::Error, never crash, hang or throw
// anything else; a case it accepts must pass the model's own validation.
#include "io/Matpower.h"
#include "model/Validate.h"
#include "util/Error.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const gridcarbon::Case c = gridcarbon::importMatpower(text, "fuzz.m");
        for (const gridcarbon::Problem& p : gridcarbon::validateCase(c))
            if (p.severity == gridcarbon::Severity::Error)
                std::abort();
    } catch (const gridcarbon::Error&) {
    }
    return 0;
}
