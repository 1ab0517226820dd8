#include "topology/Topology.h"

#include "util/Error.h"
#include "util/Text.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

#include <unordered_map>

namespace gridcarbon {
namespace {

struct EdgeData {
    std::size_t branch = 0;
};
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                    boost::no_property, EdgeData>;
using Vertex = Graph::vertex_descriptor;

// Records parent bus and parent branch of every vertex the search reaches by a tree edge.
class TreeRecorder : public boost::default_bfs_visitor {
public:
    explicit TreeRecorder(Topology& t) : t_(t) {}
    void tree_edge(Graph::edge_descriptor e, const Graph& g) const {
        Vertex u = boost::source(e, g), v = boost::target(e, g);
        t_.parent[v] = u;
        t_.parent_branch[v] = g[e].branch;
        t_.children[u].push_back(v);
        t_.depth[v] = t_.depth[u] + 1;
    }
    void discover_vertex(Vertex v, const Graph&) const { t_.order.push_back(v); }

private:
    Topology& t_;
};

} // namespace

Topology analyseTopology(const Case& c) {
    const std::size_t n = c.buses.size();
    const auto index = busIndexMap(c);

    Graph g(n);
    std::vector<std::size_t> edgesPerBus(n, 0);
    for (std::size_t k = 0; k < c.branches.size(); ++k) {
        const Branch& br = c.branches[k];
        auto f = index.find(br.from), t = index.find(br.to);
        if (f == index.end() || t == index.end())
            throw badInput("branch '" + br.id + "': unknown bus '" +
                           (f == index.end() ? br.from : br.to) + "'");
        if (br.in_service)
            boost::add_edge(f->second, t->second, EdgeData{k}, g);
    }

    Topology t;
    t.island.assign(n, 0);
    t.island_count = n == 0 ? 0 : static_cast<int>(boost::connected_components(g, &t.island[0]));
    t.island_sources.assign(t.island_count, {});
    for (const Generator& gen : c.generators)
        if (gen.in_service && gen.control == Control::Slack) {
            auto it = index.find(gen.bus);
            if (it == index.end())
                throw badInput("generator '" + gen.id + "': unknown bus '" + gen.bus + "'");
            auto& sources = t.island_sources[t.island[it->second]];
            if (std::find(sources.begin(), sources.end(), it->second) == sources.end())
                sources.push_back(it->second);
        }

    // A forest is radial when every island has exactly (buses - 1) edges.
    std::vector<std::size_t> busesIn(t.island_count, 0), edgesIn(t.island_count, 0);
    for (std::size_t i = 0; i < n; ++i)
        ++busesIn[t.island[i]];
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        ++edgesIn[t.island[boost::source(*e, g)]];
    t.radial = true;
    for (int k = 0; k < t.island_count; ++k)
        t.radial = t.radial && edgesIn[k] + 1 == busesIn[k];

    t.parent.assign(n, std::nullopt);
    t.parent_branch.assign(n, std::nullopt);
    t.children.assign(n, {});
    t.depth.assign(n, 0);
    t.order.reserve(n);
    std::vector<boost::default_color_type> colour(n, boost::white_color);
    auto colourMap =
        boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, g));
    TreeRecorder recorder(t);
    std::vector<bool> rooted(t.island_count, false);
    const auto searchFrom = [&](std::size_t root) {
        if (rooted[t.island[root]])
            return;
        rooted[t.island[root]] = true;
        boost::breadth_first_visit(g, root, boost::visitor(recorder).color_map(colourMap));
    };
    for (const auto& sources : t.island_sources)
        if (!sources.empty())
            searchFrom(sources.front());
    for (std::size_t i = 0; i < n; ++i)
        searchFrom(i);
    return t;
}

std::vector<std::size_t> upstreamPath(const Topology& t, std::size_t bus) {
    std::vector<std::size_t> path{bus};
    while (t.parent[path.back()])
        path.push_back(*t.parent[path.back()]);
    return path;
}

std::vector<int> unsuppliedIslands(const Case& c, const Topology& t) {
    std::vector<bool> active(t.island_count, false);
    const auto index = busIndexMap(c);
    const auto mark = [&](const std::string& bus) {
        auto it = index.find(bus);
        if (it != index.end())
            active[t.island[it->second]] = true;
    };
    for (const Load& l : c.loads)
        if (l.p_mw != 0.0 || l.q_mvar != 0.0)
            mark(l.bus);
    // A unit that injects nothing (a planning candidate, a unit at zero) and a capacitor bank
    // (a shunt, like a bus's own bs_mvar) do not need a source: their island may be dead.
    for (const Generator& g : c.generators)
        if (g.in_service && (g.control != Control::Power || g.p_mw != 0.0 || g.q_mvar != 0.0))
            mark(g.bus);
    for (const Storage& s : c.storages)
        if (s.in_service && s.p_mw != 0.0)
            mark(s.bus);
    std::vector<int> out;
    for (int k = 0; k < t.island_count; ++k)
        if (active[k] && t.island_sources[k].empty())
            out.push_back(k);
    return out;
}

std::string islandName(const Case& c, const Topology& t, int island) {
    std::vector<std::string> buses;
    for (std::size_t i = 0; i < c.buses.size(); ++i)
        if (t.island[i] == island)
            buses.push_back("'" + c.buses[i].id + "'");
    return (buses.size() == 1 ? "island of bus " : "island of buses ") +
           listWithMore(buses, kItemsShown);
}

void requireSuppliedIslands(const Case& c, const Topology& t) {
    const std::vector<int> unsupplied = unsuppliedIslands(c, t);
    if (!unsupplied.empty())
        throw badInput(islandName(c, t, unsupplied.front()) +
                       " has load or generation but no slack source (grid connection)");
}

} // namespace gridcarbon
