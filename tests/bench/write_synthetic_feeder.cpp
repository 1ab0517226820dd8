// Writes a generated radial feeder (model/SyntheticFeeder.h) as a case file, for the scale
// benchmark of the SOC OPF (compare_opf_scale.sh), where cvxopt needs the same case on disk.
// Usage: write_synthetic_feeder BUSES DER_EVERY OUT.json
#include "io/CaseJson.h"
#include "io/TextFile.h"
#include "model/SyntheticFeeder.h"

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: write_synthetic_feeder BUSES DER_EVERY OUT.json\n");
        return 2;
    }
    gridcarbon::SyntheticFeederOptions o;
    o.buses = std::stoi(argv[1]);
    o.der_every = std::stoi(argv[2]);
    o.seed = 7;
    gridcarbon::writeTextFileAtomic(
        argv[3], gridcarbon::writeCaseJson(gridcarbon::syntheticRadialFeeder(o)));
    return 0;
}
