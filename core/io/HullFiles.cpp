#include "io/HullFiles.h"

#include "io/CsvTable.h"
#include "io/TextFile.h"
#include "util/Error.h"

#include <cctype>
#include <cstddef>
#include <string>

namespace gridcarbon {
namespace {

using geometry::Hull;

// 17 significant digits, independent of the locale (a GUI may have set a decimal comma).
std::string number(double v) {
    return formatNumber17(v);
}

void requireHull(const Hull& hull, const std::filesystem::path& file) {
    if (hull.dimension != 2 && hull.dimension != 3)
        throw badInput(file.string() + ": no 2-D or 3-D region to write (dimension " +
                       std::to_string(hull.dimension) + ")");
    for (const std::vector<int>& f : hull.facets)
        for (int k : f)
            if (k < 0 || static_cast<std::size_t>(k) >= hull.vertices.size())
                throw badInput(file.string() + ": a facet refers to vertex " + std::to_string(k) +
                               " of " + std::to_string(hull.vertices.size()));
}

void requireAxisNames(const Hull& hull, const std::vector<std::string>& axisNames,
                      const std::filesystem::path& file) {
    if (!axisNames.empty() && axisNames.size() != static_cast<std::size_t>(hull.dimension))
        throw badInput(file.string() + ": " + std::to_string(axisNames.size()) +
                       " axis names for a " + std::to_string(hull.dimension) + "-D region");
}

// A VTK XML ASCII string array holds every character as its code, each string ended by 0.
std::string vtkStringCodes(const std::string& s) {
    std::string codes;
    for (unsigned char c : s)
        codes += std::to_string(static_cast<int>(c)) + " ";
    return codes + "0";
}

} // namespace

std::string hullVtpText(const std::filesystem::path& file, const Hull& hull,
                        const std::vector<std::string>& axisNames) {
    requireHull(hull, file);
    requireAxisNames(hull, axisNames, file);
    const bool solid = hull.dimension == 3;
    std::string t = "<?xml version=\"1.0\"?>\n"
                    "<VTKFile type=\"PolyData\" version=\"0.1\" byte_order=\"LittleEndian\">\n"
                    "  <PolyData>\n";
    if (!axisNames.empty()) {
        t += "    <FieldData>\n      <Array type=\"String\" Name=\"axis_names\" "
             "NumberOfTuples=\"" +
             std::to_string(axisNames.size()) + "\" format=\"ascii\">\n";
        for (const std::string& name : axisNames)
            t += "        " + vtkStringCodes(name) + "\n";
        t += "      </Array>\n    </FieldData>\n";
    }
    const std::size_t cells = solid ? hull.facets.size() : (hull.facets.empty() ? 0 : 1);
    t += "    <Piece NumberOfPoints=\"" + std::to_string(hull.vertices.size()) +
         "\" NumberOfVerts=\"0\" NumberOfLines=\"" + std::to_string(solid ? 0 : cells) +
         "\" NumberOfStrips=\"0\" NumberOfPolys=\"" + std::to_string(solid ? cells : 0) + "\">\n";
    t += "      <Points>\n        <DataArray type=\"Float64\" Name=\"Points\" "
         "NumberOfComponents=\"3\" format=\"ascii\">\n";
    for (const geometry::PointN& v : hull.vertices)
        t += "          " + number(v[0]) + " " + number(v[1]) + " " +
             (solid ? number(v[2]) : std::string("0")) + "\n";
    t += "        </DataArray>\n      </Points>\n";
    // 3-D: one triangle per facet; 2-D: the polygon as one line back to its first vertex.
    std::string connectivity, offsets;
    if (solid) {
        for (std::size_t f = 0; f < hull.facets.size(); ++f) {
            for (int k : hull.facets[f])
                connectivity += std::to_string(k) + " ";
            offsets += std::to_string(3 * (f + 1)) + " ";
        }
    } else if (cells == 1) {
        for (const std::vector<int>& edge : hull.facets)
            connectivity += std::to_string(edge[0]) + " ";
        connectivity += std::to_string(hull.facets.front()[0]);
        offsets = std::to_string(hull.facets.size() + 1);
    }
    const std::string block = solid ? "Polys" : "Lines";
    t += "      <" + block +
         ">\n        <DataArray type=\"Int64\" Name=\"connectivity\" format=\"ascii\">\n"
         "          " +
         connectivity +
         "\n        </DataArray>\n"
         "        <DataArray type=\"Int64\" Name=\"offsets\" format=\"ascii\">\n          " +
         offsets + "\n        </DataArray>\n      </" + block + ">\n";
    t += "    </Piece>\n  </PolyData>\n</VTKFile>\n";
    return t;
}

std::string hullStlText(const std::filesystem::path& file, const Hull& hull,
                        const std::string& solidName) {
    requireHull(hull, file);
    if (hull.dimension != 3)
        throw badInput(file.string() + ": STL needs a 3-D region, this one is 2-D");
    if (hull.planes.size() != hull.facets.size())
        throw badInput(file.string() + ": the hull has " + std::to_string(hull.facets.size()) +
                       " facets but " + std::to_string(hull.planes.size()) + " planes");
    std::string name = solidName.empty() ? std::string("region") : solidName;
    for (char& c : name)
        if (std::isspace(static_cast<unsigned char>(c)))
            c = '_';
    const auto triple = [](const geometry::PointN& p) {
        return number(p[0]) + " " + number(p[1]) + " " + number(p[2]);
    };
    std::string t = "solid " + name + "\n";
    for (std::size_t f = 0; f < hull.facets.size(); ++f) {
        t += "  facet normal " + triple(hull.planes[f].normal) + "\n    outer loop\n";
        for (int k : hull.facets[f])
            t += "      vertex " + triple(hull.vertices[k]) + "\n";
        t += "    endloop\n  endfacet\n";
    }
    t += "endsolid " + name + "\n";
    return t;
}

std::string hullCsvText(const std::filesystem::path& file, const Hull& hull,
                        const std::vector<std::string>& axisNames) {
    requireHull(hull, file);
    requireAxisNames(hull, axisNames, file);
    CsvTable table;
    for (int i = 0; i < hull.dimension; ++i)
        table.header.push_back(axisNames.empty() ? "x" + std::to_string(i) : axisNames[i]);
    for (const geometry::PointN& v : hull.vertices) {
        std::vector<std::string>& row = table.rows.emplace_back();
        for (int i = 0; i < hull.dimension; ++i)
            row.push_back(csvNumber(v[i]));
    }
    return toCsv(table);
}

void writeHullVtp(const std::filesystem::path& file, const Hull& hull,
                  const std::vector<std::string>& axisNames) {
    writeTextFileAtomic(file, hullVtpText(file, hull, axisNames));
}

void writeHullStl(const std::filesystem::path& file, const Hull& hull,
                  const std::string& solidName) {
    writeTextFileAtomic(file, hullStlText(file, hull, solidName));
}

void writeHullCsv(const std::filesystem::path& file, const Hull& hull,
                  const std::vector<std::string>& axisNames) {
    writeTextFileAtomic(file, hullCsvText(file, hull, axisNames));
}

} // namespace gridcarbon
