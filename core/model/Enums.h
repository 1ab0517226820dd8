#pragma once
// Text names of the model's enumerations, used by the case file, the CLI and the GUI.
#include "model/Case.h"

#include <optional>
#include <string_view>

namespace gridcarbon {

std::string_view toString(BranchKind v);
std::string_view toString(GeneratorKind v);
std::string_view toString(Control v);
std::string_view toString(CompensationLayer v);
std::string_view toString(ProfileQuantity v);

std::optional<BranchKind> branchKindFrom(std::string_view s);
std::optional<GeneratorKind> generatorKindFrom(std::string_view s);
std::optional<Control> controlFrom(std::string_view s);
std::optional<CompensationLayer> compensationLayerFrom(std::string_view s);
std::optional<ProfileQuantity> profileQuantityFrom(std::string_view s);

} // namespace gridcarbon
