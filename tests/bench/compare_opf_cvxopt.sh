#!/bin/sh
# Side by side, in one run: the 24-period SOC OPF of docs/opf.md solved by gridcarbon-cli
# (its default interior point; --conic outer-approximation for Clp on tangent cuts) and by
# cvxopt (interior point, tests/crosscheck/opf_cvxopt.py)
# on the same cases and objectives. Solver seconds only (model building excluded on both
# sides). GridCarbon runs at its defaults (certified gap 1e-6) unless more options are given.
# Usage: tests/bench/compare_opf_cvxopt.sh [build/app/gridcarbon-cli] [OPF OPTION ...]
set -eu
cli=${1:-build/app/gridcarbon-cli}
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '| case | objective | GridCarbon s (work) | certified gap | cvxopt s (iterations, tol) | cvxopt / GridCarbon | objective rel. diff |\n'
printf '|---|---|---:|---:|---:|---:|---:|\n'
for feeder in ieee33-der pge69-der; do
    for objective in loss cost carbon; do
        case=$root/cases/$feeder.json
        "$cli" opf "$case" --objective "$objective" --day summer --no-ac "$@" \
            --json "$tmp/ours.json" >/dev/null
        /usr/bin/python3 "$root/tests/crosscheck/opf_cvxopt.py" "$case" --objective "$objective" \
            --day summer --json "$tmp/cvx.json"
        /usr/bin/python3 "$root/tests/bench/opf_row.py" "$tmp/ours.json" "$tmp/cvx.json" "$feeder" "$objective"
    done
done
