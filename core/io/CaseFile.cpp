#include "io/CaseFile.h"

#include "io/CaseJson.h"
#include "io/Matpower.h"

namespace gridcarbon {

Case loadCase(const std::filesystem::path& file, std::vector<std::string>* warnings) {
    if (file.extension() == ".m")
        return loadMatpower(file, warnings);
    return loadCaseJson(file);
}

} // namespace gridcarbon
