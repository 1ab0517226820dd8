#!/bin/sh
# One cross-check: gridcarbon-cli's SOC OPF against cvxopt on the same case, day and
# objective (docs/opf.md). Usage: run_opf_crosscheck.sh CLI CASE OBJECTIVE [DAY]
set -eu
cli=$1 case=$2 objective=$3 day=${4:-}
here=$(dirname "$0")
out=$(mktemp --suffix=.json)
trap 'rm -f "$out"' EXIT
# 1e-9 on the cones: losses are small next to the flows, so the objective's relative accuracy
# is about 1e4 times looser than the cones' (see docs/performance.md).
"$cli" opf "$case" --formulation socr --objective "$objective" ${day:+--day "$day"} \
    --cone-tol 1e-9 --no-ac --json "$out" >/dev/null
/usr/bin/python3 "$here/opf_cvxopt.py" "$case" --objective "$objective" ${day:+--day "$day"} \
    --compare "$out" --rtol 1e-6
