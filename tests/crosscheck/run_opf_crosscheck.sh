#!/bin/sh
# One cross-check: gridcarbon-cli's SOC OPF against cvxopt on the same case, day and
# objective (docs/opf.md). Usage: run_opf_crosscheck.sh CLI CASE OBJECTIVE [DAY]
set -eu
cli=$1 case=$2 objective=$3 day=${4:-}
here=$(dirname "$0")
out=$(mktemp --suffix=.json)
trap 'rm -f "$out"' EXIT
# At the defaults: the certified gap of 1e-6 is what makes the loss objective right to 1e-6,
# and the bounds it reports must hold cvxopt's optimum.
"$cli" opf "$case" --formulation socr --objective "$objective" ${day:+--day "$day"} \
    --no-ac --json "$out" >/dev/null
/usr/bin/python3 "$here/opf_cvxopt.py" "$case" --objective "$objective" ${day:+--day "$day"} \
    --compare "$out" --rtol 1e-6
