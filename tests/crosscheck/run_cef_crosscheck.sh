#!/bin/sh
# One cross-check: gridcarbon-cli's carbon emission flow against cef_numpy.py (paper 000,
# section 2, written independently with numpy) on the same case, method and generator outputs.
# Usage: run_cef_crosscheck.sh CLI CASE METHOD [SET]   (METHOD ac|dc, SET e.g. G2=40,G3=30)
set -eu
cli=$1 case=$2 method=$3 set=${4:-}
here=$(dirname "$0")
modified=$(mktemp --suffix=.json)
out=$(mktemp --suffix=.json)
trap 'rm -f "$modified" "$out"' EXIT
/usr/bin/python3 "$here/cef_numpy.py" "$case" ${set:+--set "$set"} --method "$method" \
    --write-case "$modified" >/dev/null
"$cli" cef "$modified" --method "$method" --json "$out" >/dev/null
/usr/bin/python3 "$here/cef_numpy.py" "$modified" --method "$method" --compare "$out" --rtol 1e-6
