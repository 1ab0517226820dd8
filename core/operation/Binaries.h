#pragma once
// Which decisions of an operation problem are integer (the model becomes a MILP with cones).

namespace gridcarbon::operation {

struct Binaries {
    bool units = false;      // MT and thermal on/off
    bool storage = false;    // charge/discharge mutual exclusion
    bool capacitors = false; // switched capacitor steps per period
    bool any() const { return units || storage || capacitors; }
};

} // namespace gridcarbon::operation
