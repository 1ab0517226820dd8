#pragma once
// A model written to a file for debugging: read it into another solver, or diff two builds.
// Names are the model's own, made file-safe and prefixed with the item's index so that they
// are unique and map back: x<j>_<name> (variable j), r<i>_<name> (row i), c<k>_<name>_...
// (cone k). Both files are written atomically (a temporary file in the same folder, renamed
// over `file`); both throw Error(BadInput) naming the file when it cannot be written.
#include "opt/Model.h"

#include <filesystem>

namespace gridcarbon::opt {

// Free-format MPS, exact: variables, bounds, integrality, rows, objective (its constant as the
// objective row's right-hand side) and every cone ||lhs|| <= rhs as a CSECTION of type QUAD
// over auxiliary free columns c<k>_t = rhs and c<k>_y<i> = lhs_i, each defined by an equality
// row of the same name with "_def" appended (MOSEK's conic MPS; CoinMpsIO::readConicMps reads
// it). Rotated cones appear in their standard form (see Model.h).
void writeMps(const Model& model, const std::filesystem::path& file);

// CPLEX LP format: variables, bounds, integrality, rows and objective. LP format has no cones:
// each cone is written as the outer approximation every solve starts from (the 2k rows
// +-lhs_i <= rhs, named c<k>_<name>_box<m>), so the file is a relaxation of the model, and a
// comment line at its top says so.
void writeLp(const Model& model, const std::filesystem::path& file);

} // namespace gridcarbon::opt
