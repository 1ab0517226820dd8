#!/usr/bin/env bash
# Sets up, builds and launches the GridCarbon desktop application.
# Without arguments it opens the bundled IEEE 33-bus feeder; otherwise the given case file.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh gridcarbon
if (($#)); then
  exec build/app/gridcarbon "$@"
fi
exec build/app/gridcarbon cases/ieee33.json
