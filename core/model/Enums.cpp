#include "model/Enums.h"

#include <array>
#include <utility>

namespace gridcarbon {
namespace {

template <typename E, std::size_t N> using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<BranchKind, 2> kBranchKinds{
    {{BranchKind::Line, "line"}, {BranchKind::Transformer, "transformer"}}};
constexpr Names<GeneratorKind, 6> kGeneratorKinds{{{GeneratorKind::Grid, "grid"},
                                                   {GeneratorKind::Thermal, "thermal"},
                                                   {GeneratorKind::WT, "wt"},
                                                   {GeneratorKind::PV, "pv"},
                                                   {GeneratorKind::HT, "ht"},
                                                   {GeneratorKind::MT, "mt"}}};
constexpr Names<Control, 3> kControls{
    {{Control::Slack, "slack"}, {Control::Voltage, "voltage"}, {Control::Power, "power"}}};
constexpr Names<CompensationLayer, 4> kLayers{
    {{CompensationLayer::User, "user"},
     {CompensationLayer::DistributionStationArea, "distribution-station-area"},
     {CompensationLayer::Line, "line"},
     {CompensationLayer::Substation, "substation"}}};
constexpr Names<ProfileQuantity, 4> kQuantities{{{ProfileQuantity::Load, "load"},
                                                 {ProfileQuantity::Wind, "wind"},
                                                 {ProfileQuantity::PV, "pv"},
                                                 {ProfileQuantity::Price, "price"}}};

template <typename E, std::size_t N> std::string_view nameOf(const Names<E, N>& names, E v) {
    for (const auto& [e, s] : names)
        if (e == v)
            return s;
    return "?";
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const Names<E, N>& names, std::string_view s) {
    for (const auto& [e, n] : names)
        if (n == s)
            return e;
    return std::nullopt;
}

} // namespace

std::string_view toString(BranchKind v) {
    return nameOf(kBranchKinds, v);
}
std::string_view toString(GeneratorKind v) {
    return nameOf(kGeneratorKinds, v);
}
std::string_view toString(Control v) {
    return nameOf(kControls, v);
}
std::string_view toString(CompensationLayer v) {
    return nameOf(kLayers, v);
}
std::string_view toString(ProfileQuantity v) {
    return nameOf(kQuantities, v);
}

std::optional<BranchKind> branchKindFrom(std::string_view s) {
    return valueOf(kBranchKinds, s);
}
std::optional<GeneratorKind> generatorKindFrom(std::string_view s) {
    return valueOf(kGeneratorKinds, s);
}
std::optional<Control> controlFrom(std::string_view s) {
    return valueOf(kControls, s);
}
std::optional<CompensationLayer> compensationLayerFrom(std::string_view s) {
    return valueOf(kLayers, s);
}
std::optional<ProfileQuantity> profileQuantityFrom(std::string_view s) {
    return valueOf(kQuantities, s);
}

} // namespace gridcarbon
