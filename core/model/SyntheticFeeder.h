#pragma once
// A generated radial feeder of any size for benchmarks and stress tests: one grid
// connection, branches attached to recent buses (so laterals are long, as on real feeders),
// a load on every bus. Same bus count and seed give the same case.
#include "model/Case.h"

namespace gridcarbon {

struct SyntheticFeederOptions {
    int buses = 1000;
    unsigned seed = 1;
    double total_load_mw = 5.0;
    // Series impedance of a typical segment; each branch draws 0.5..1.5 times this.
    double segment_r_pu = 4e-4;
    double segment_x_pu = 3e-4;
    // Every der_every-th bus (0: none) gets a PV unit of der_share times the mean load per bus
    // times der_every, with reactive power up to half its rating either way: something for an
    // OPF to dispatch, whose loss optimum has its reactive power inside the limits.
    int der_every = 0;
    double der_share = 0.6;
};

Case syntheticRadialFeeder(const SyntheticFeederOptions& options);

} // namespace gridcarbon
