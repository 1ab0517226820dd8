#include "topology/TreeLayout.h"

#include <algorithm>

namespace gridcarbon {

std::vector<Point> treeLayout(const Case& c, const Topology& t, double spacing) {
    // Depth runs to the right, like a single-line diagram of a feeder; each leaf takes its own
    // row and a parent sits on the row of its first child, so a main feeder reads as one
    // straight line with laterals dropping below it. Rows are assigned depth-first.
    const std::size_t n = c.buses.size();
    std::vector<Point> out(n);
    std::vector<double> row(n, 0.0);
    double nextRow = 0.0;
    std::vector<std::pair<std::size_t, std::size_t>> stack; // (bus, next child index)
    for (std::size_t root : t.order) {
        if (t.parent[root])
            continue;
        stack.push_back({root, 0});
        while (!stack.empty()) {
            auto& [bus, next] = stack.back();
            const auto& kids = t.children[bus];
            if (next < kids.size()) {
                std::size_t child = kids[next++];
                stack.push_back({child, 0});
                continue;
            }
            row[bus] = kids.empty() ? nextRow++ : row[kids.front()];
            stack.pop_back();
        }
        nextRow += 1.0; // a blank row between islands
    }
    for (std::size_t i = 0; i < n; ++i)
        out[i] = Point{t.depth[i] * spacing, row[i] * spacing};
    return out;
}

void ensureLayout(Case& c) {
    const bool complete = std::all_of(c.buses.begin(), c.buses.end(),
                                      [](const Bus& b) { return b.position.has_value(); });
    if (complete)
        return;
    const Topology t = analyseTopology(c);
    const std::vector<Point> points = treeLayout(c, t);
    for (std::size_t i = 0; i < c.buses.size(); ++i)
        if (!c.buses[i].position)
            c.buses[i].position = points[i];
}

} // namespace gridcarbon
