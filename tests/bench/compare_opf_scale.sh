#!/bin/sh
# Scale of the single-period SOC OPF (issue 16, benchmark 4): generated radial feeders of 1,000
# and 10,000 buses with a PV unit on every 20th bus (model/SyntheticFeeder.h), loss objective,
# solved by gridcarbon-cli at its defaults and by cvxopt (tests/crosscheck/opf_cvxopt.py) side
# by side in one run. Solver seconds only. Usage:
#   tests/bench/compare_opf_scale.sh [build directory] [BUSES ...]
set -eu
build=${1:-build}
[ $# -gt 0 ] && shift
sizes=${*:-1000 10000}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '| buses | GridCarbon s (work) | certified gap | cvxopt s (iterations, tol) | cvxopt / GridCarbon | objective rel. diff |\n'
printf '|---:|---:|---:|---:|---:|---:|\n'
for n in $sizes; do
    "$build/tests/bench/write_synthetic_feeder" "$n" 20 "$tmp/feeder.json"
    "$build/app/gridcarbon-cli" opf "$tmp/feeder.json" --objective loss --no-ac \
        --json "$tmp/ours.json" >/dev/null
    /usr/bin/python3 "$root/tests/crosscheck/opf_cvxopt.py" "$tmp/feeder.json" --objective loss \
        --json "$tmp/cvx.json"
    /usr/bin/python3 "$root/tests/bench/opf_row.py" "$tmp/ours.json" "$tmp/cvx.json" "$n"
done
