#!/bin/sh
# Issue 16, benchmark 2: unit commitment with cones, single-tree against multi-tree outer
# approximation, side by side in one run. The 24-period cost OPF of tests/data/ieee33-uc10.json
# (10 micro-turbines with on/off binaries and quadratic costs as rotated cones; made by
# make_uc10_case.py) with the MT binaries and with every binary, to a 1e-4 gap, and of
# cases/ieee33-der.json with every binary at the default gap; and benchmark 3, the
# planning-shaped model of planning_misocp.cpp (4 typical days, integer unit counts at paper
# 002's sites) to 1e-4. Solver seconds only.
# Usage: tests/bench/compare_misocp.sh [build/app/gridcarbon-cli] [TIME_LIMIT_S]
set -u
cli=${1:-build/app/gridcarbon-cli}
limit=${2:-300}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
row() { # case binaries gap; binaries "planning": benchmark 3's model (planning_misocp.cpp)
    for method in single-tree multi-tree; do
        if [ "$2" = planning ]; then
            "$(dirname "$cli")/../tests/bench/planning_misocp" "$root/$1" --misocp "$method" \
                --gap "$3" --time-limit "$limit" --json "$tmp/$method.json" >/dev/null 2>&1
        else
            "$cli" opf "$root/$1" --day summer --objective cost --binaries "$2" --gap "$3" \
                --no-ac --time-limit "$limit" --misocp "$method" --json "$tmp/$method.json" \
                >/dev/null 2>&1
        fi
    done
    /usr/bin/python3 - "$1" "$2" "$3" "$tmp/single-tree.json" "$tmp/multi-tree.json" <<'PY'
import json, sys
name, binaries, gap = sys.argv[1:4]
def cell(path):
    try:
        r = json.load(open(path))
    except (OSError, ValueError):
        return 'failed', None
    s = r['stats']
    g = f"{r['gap']:.1e}" if r.get('gap') is not None else 'none'
    return f"{s['seconds']:.1f} s ({r['status']}, gap {g}, {s['nodes']} nodes)", s['seconds']
(st, ts), (mt, tm) = cell(sys.argv[4]), cell(sys.argv[5])
ratio = f"{tm / ts:.2f}" if ts and tm else '-'
print(f"| {name} | {binaries} | {gap} | {st} | {mt} | {ratio} |")
PY
}
printf '| case | binaries | gap | single-tree | multi-tree | multi / single |\n|---|---|---|---|---|---:|\n'
row tests/data/ieee33-uc10.json mt 1e-4
row tests/data/ieee33-uc10.json all 1e-4
row cases/ieee33-der.json all 1e-6
row cases/ieee33-der.json planning 1e-4
