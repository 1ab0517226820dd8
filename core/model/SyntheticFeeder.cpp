#include "model/SyntheticFeeder.h"

#include "util/Error.h"

#include <algorithm>
#include <random>

namespace gridcarbon {

Case syntheticRadialFeeder(const SyntheticFeederOptions& o) {
    if (o.buses < 2)
        throw badInput("a synthetic feeder needs at least 2 buses");
    // Hand-rolled draws instead of std::uniform_*_distribution, whose output differs between
    // standard libraries: the same seed must give the same feeder everywhere.
    std::mt19937_64 rng(o.seed);
    const auto unit = [&rng] {
        return static_cast<double>(rng() >> 11) * 0x1.0p-53;
    };

    Case c;
    c.name = "synthetic-" + std::to_string(o.buses);
    c.description = "Generated radial feeder (seed " + std::to_string(o.seed) + ")";
    c.base_mva = 10.0;
    c.buses.reserve(o.buses);
    c.branches.reserve(o.buses - 1);
    c.loads.reserve(o.buses - 1);
    const double meanLoad = o.total_load_mw / (o.buses - 1);
    for (int i = 0; i < o.buses; ++i) {
        c.buses.push_back(Bus{.id = std::to_string(i + 1), .base_kv = 12.66});
        if (i == 0)
            continue;
        // Attach to one of the 30 most recent buses: long laterals, moderate branching.
        const int window = std::min(i, 30);
        const int parent = i - 1 - static_cast<int>(unit() * window);
        c.branches.push_back(Branch{.id = "L" + std::to_string(i),
                                    .from = c.buses[parent].id,
                                    .to = c.buses[i].id,
                                    .r_pu = o.segment_r_pu * (0.5 + unit()),
                                    .x_pu = o.segment_x_pu * (0.5 + unit())});
        const double p = meanLoad * (0.5 + unit());
        c.loads.push_back(Load{
            .id = "D" + std::to_string(i + 1), .bus = c.buses[i].id, .p_mw = p, .q_mvar = 0.5 * p});
    }
    c.generators.push_back(Generator{.id = "GRID",
                                     .bus = "1",
                                     .kind = GeneratorKind::Grid,
                                     .control = Control::Slack,
                                     .vm_pu = 1.0,
                                     .p_min_mw = -100,
                                     .p_max_mw = 100,
                                     .q_min_mvar = -100,
                                     .q_max_mvar = 100,
                                     .carbon_intensity_t_per_mwh = 0.8});
    if (o.der_every > 0)
        for (int i = o.der_every; i < o.buses; i += o.der_every) {
            const double rating = o.der_share * meanLoad * o.der_every;
            c.generators.push_back(Generator{.id = "PV" + std::to_string(i + 1),
                                             .bus = c.buses[i].id,
                                             .kind = GeneratorKind::PV,
                                             .control = Control::Power,
                                             .p_mw = rating,
                                             .p_min_mw = 0.0,
                                             .p_max_mw = rating,
                                             .q_min_mvar = -0.5 * rating,
                                             .q_max_mvar = 0.5 * rating});
        }
    return c;
}

} // namespace gridcarbon
