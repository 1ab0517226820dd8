#pragma once
// Plain-text files of a convex hull (core/geometry/ConvexHull.h) for other tools: VTK XML
// PolyData (ParaView, VTK), ASCII STL (CAD, slicers) and CSV of the vertices. Every writer
// replaces its file atomically: on an error nothing half-written is left behind.
//
// Throws: gridcarbon::Error(BadInput) for a hull that is not 2-D or 3-D, axis names that do not
// match its dimension, a 2-D hull given to the STL writer, or a file that cannot be written.
#include "geometry/ConvexHull.h"

#include <filesystem>
#include <string>
#include <vector>

namespace gridcarbon {

// VTK XML PolyData (.vtp), ASCII: the vertices as Points (2-D hulls at z = 0), the triangles of
// a 3-D hull as Polys or the polygon of a 2-D hull as one closed line. `axisNames` (empty, or
// one per dimension) goes into a FieldData string array "axis_names".
void writeHullVtp(const std::filesystem::path& file, const geometry::Hull& hull,
                  const std::vector<std::string>& axisNames);

// ASCII STL of a 3-D hull: one facet per triangle with its outward normal, 17 significant
// digits. `solidName` has its white space replaced by '_' ("region" when empty).
void writeHullStl(const std::filesystem::path& file, const geometry::Hull& hull,
                  const std::string& solidName);

// CSV of the vertices: a header of the axis names (x0, x1, ... when empty), then one vertex per
// line with 17 significant digits.
void writeHullCsv(const std::filesystem::path& file, const geometry::Hull& hull,
                  const std::vector<std::string>& axisNames);

// The texts the writers above put in their files, for a caller that writes several files as
// one (io/TextFile.h: writeTextFilesAtomic); `file` only names the file in messages.
std::string hullVtpText(const std::filesystem::path& file, const geometry::Hull& hull,
                        const std::vector<std::string>& axisNames);
std::string hullStlText(const std::filesystem::path& file, const geometry::Hull& hull,
                        const std::string& solidName);
std::string hullCsvText(const std::filesystem::path& file, const geometry::Hull& hull,
                        const std::vector<std::string>& axisNames);

} // namespace gridcarbon
