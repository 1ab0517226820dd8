#pragma once
// MATPOWER v2 case import. Reads mpc.baseMVA, mpc.bus, mpc.gen, mpc.branch, mpc.gencost,
// mpc.bus_name, and GridCarbon's optional extensions mpc.genfuel (cell array of strings),
// mpc.gencarbon (one column, t/MWh) and mpc.genkind (cell array of unit kinds: grid, thermal,
// wt, pv, ht, mt; an empty entry leaves the kind to the fuel and the bus type, as without
// mpc.genkind). io/MatpowerWriter.h writes all of them. Evaluates the unit-conversion blocks
// MATPOWER's distribution cases end with (idx_bus/idx_brch/idx_gen column names, scalar variables,
// column-slice assignments with
// + - * / ^ and sin/cos/tan/asin/acos/atan/sqrt/abs). Anything it cannot evaluate is an
// Error(BadInput) naming the file and line; it never returns a silently wrong case.
#include "model/Case.h"

#include <filesystem>
#include <string>
#include <vector>

namespace gridcarbon {

// `sourceName` is used in error messages ("case33bw.m:87: ..."). What was read but changed is
// added to `warnings`, one line each naming the field (text that is not UTF-8, its undecodable
// bytes replaced by U+FFFD).
Case importMatpower(const std::string& text, const std::string& sourceName,
                    std::vector<std::string>* warnings = nullptr);
Case loadMatpower(const std::filesystem::path& file, std::vector<std::string>* warnings = nullptr);

} // namespace gridcarbon
