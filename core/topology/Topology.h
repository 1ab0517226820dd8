#pragma once
// Graph views of a Case's in-service branches (Boost.Graph underneath): islands, radial
// check, and the tree rooted at the sources (parent, children, depth, upstream path).
#include "model/Case.h"

#include <optional>
#include <string>
#include <vector>

namespace gridcarbon {

struct Topology {
    // Island number of each bus, in the order of Case::buses.
    std::vector<int> island;
    int island_count = 0;
    // Buses (indices) holding an in-service slack generator, per island (may be empty).
    std::vector<std::vector<std::size_t>> island_sources;
    // True when every island's in-service branches form a tree (no loops, no parallels).
    bool radial = false;
    // Spanning forest from each island's first source (or its first bus): parent index of
    // every bus (nullopt at roots), the branch index to the parent, children, depth.
    std::vector<std::optional<std::size_t>> parent;
    std::vector<std::optional<std::size_t>> parent_branch;
    std::vector<std::vector<std::size_t>> children;
    std::vector<int> depth;
    // Buses in breadth-first order from the roots: parents come before their children.
    std::vector<std::size_t> order;
};

// Throws Error(BadInput) if a branch names an unknown bus.
Topology analyseTopology(const Case& c);

// Bus indices from `bus` up to its root, `bus` first.
std::vector<std::size_t> upstreamPath(const Topology& t, std::size_t bus);

// Indices of islands that hold load or generation but no slack source.
std::vector<int> unsuppliedIslands(const Case& c, const Topology& t);

// "island of bus '7'" or "island of buses '7', '8', '9', '10', '11', … and 3 more".
std::string islandName(const Case& c, const Topology& t, int island);

// Throws Error(BadInput) naming the first unsupplied island (islandName).
void requireSuppliedIslands(const Case& c, const Topology& t);

} // namespace gridcarbon
