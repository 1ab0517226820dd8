#include "io/CaseFile.h"

#include "io/CaseJson.h"
#include "io/Matpower.h"

namespace gridcarbon {

Case loadCase(const std::filesystem::path& file) {
    if (file.extension() == ".m")
        return loadMatpower(file);
    return loadCaseJson(file);
}

} // namespace gridcarbon
