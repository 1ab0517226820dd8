#pragma once
// What the feeder drawing shows on top of the network: bus voltages after a power flow, or
// nodal carbon intensities and carbon flows after a carbon emission flow study.
namespace gridcarbon::gui {

enum class Overlay { Voltage, Carbon };

} // namespace gridcarbon::gui
