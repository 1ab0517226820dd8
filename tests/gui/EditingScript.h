#pragma once
// The 5-bus feeder the editing tests build through the editor's actions: a grid connection at
// bus 1, a main line 1-2-3-4 with a lateral 2-5, loads at buses 3, 4 and 5, a PV at bus 4, a
// store at bus 5 and a capacitor on the line layer at bus 3. Shared by the in-process editing
// tests and the child process of the crash-recovery test.
#include "gui/editor/FeederEditor.h"

#include <string>
#include <vector>

namespace editing_script {

// Runs every step and returns how many undoable edits it made (0 on a refused step).
inline int buildFiveBusFeeder(gridcarbon::gui::FeederEditor& editor) {
    using gridcarbon::NewDevice;
    int steps = 0;
    std::vector<std::string> buses;
    const double xs[] = {0, 130, 260, 390, 130};
    const double ys[] = {0, 0, 0, 0, 130};
    for (int i = 0; i < 5; ++i) {
        const auto id = editor.addBus({xs[i], ys[i]});
        if (!id)
            return 0;
        buses.push_back(*id);
        ++steps;
    }
    const std::pair<int, int> lines[] = {{0, 1}, {1, 2}, {2, 3}, {1, 4}};
    for (const auto& [a, b] : lines) {
        if (!editor.addBranch(buses[a], buses[b]))
            return 0;
        ++steps;
    }
    const std::pair<NewDevice, int> devices[] = {
        {NewDevice::Grid, 0},         {NewDevice::Load, 2}, {NewDevice::Load, 3},
        {NewDevice::Load, 4},         {NewDevice::PV, 3},   {NewDevice::Storage, 4},
        {NewDevice::CapacitorLine, 2}};
    for (const auto& [kind, bus] : devices) {
        if (!editor.addDevice(kind, buses[bus]))
            return 0;
        ++steps;
    }
    return steps;
}

} // namespace editing_script
