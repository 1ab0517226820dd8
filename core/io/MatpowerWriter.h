#pragma once
// MATPOWER v2 case export: a case file MATPOWER itself runs (runpf gives the power flow
// GridCarbon's base case gives) and that io/Matpower.h reads back to the same network.
//
// Written: mpc.version '2', mpc.baseMVA, mpc.bus (13 columns: loads as Pd/Qd summed per bus,
// shunts as Gs/Bs, the bus type 3 at the slack unit's bus, 2 at a voltage-controlling unit's,
// else 1), mpc.gen (21 columns, one row per installed unit), mpc.branch (13 columns),
// mpc.gencost (polynomial, when any unit has a cost), mpc.bus_name (when buses have names, or
// the bus ids when they are not MATPOWER bus numbers), and GridCarbon's extensions, which
// MATPOWER ignores and the importer reads: mpc.genfuel (cell of fuel texts), mpc.gencarbon
// (t/MWh per unit) and mpc.genkind (cell of unit kinds: grid, thermal, wt, pv, ht, mt).
//
// What MATPOWER cannot express is written as what the power flow sees, or left out, and named
// in `notes` ("not exported: ..."), one line each: storage (a generator row held at its
// power-flow output, fuel 'storage'), capacitor banks (their switched-on steps added to the
// bus's Bs), planning candidates (left out), profiles and typical days (loads and units at
// their base values), economics, bus positions, no-load emissions, ramp limits, and element
// ids the importer numbers (L1.., G1.., D<bus>).
//
// Numbers have 17 significant digits, so that they read back to the same doubles.
#include "model/Case.h"

#include <filesystem>
#include <string>
#include <vector>

namespace gridcarbon {

struct MatpowerText {
    std::string text;
    std::vector<std::string> notes; // one line each, no line break
};

// The case as a MATPOWER v2 function file `function mpc = <functionName>`.
MatpowerText matpowerText(const Case& c, const std::string& functionName);

// A MATLAB function name from a file name: its stem with every character MATLAB does not
// allow in a name replaced by '_' ("case_" in front when it does not start with a letter).
std::string matpowerFunctionName(const std::filesystem::path& file);

// matpowerText under the file's name, written atomically (io/TextFile.h); returns its notes,
// with one more when the file's stem is not a MATLAB name (MATLAB calls a case by its file).
// Throws Error(BadInput) naming the file when it cannot be written.
std::vector<std::string> saveMatpower(const std::filesystem::path& file, const Case& c);

} // namespace gridcarbon
