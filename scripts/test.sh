#!/usr/bin/env bash
# Sets up, checks the formatting, builds (warnings as errors) and runs the whole GridCarbon test
# suite: the core's unit and CLI tests again under AddressSanitizer and UndefinedBehaviorSanitizer
# (scripts/sanitize.sh), then unit, CLI end-to-end, GUI under Xvfb, fuzz-corpus replay and
# packaging. Exit status is ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/format-check.sh
bash scripts/build.sh
bash scripts/sanitize.sh
cd build
# GUI tests need a display: run the whole suite inside one virtual X server. -noreset
# keeps the server up between clients; otherwise it resets whenever the last one leaves
# and a test connecting at that moment fails.
exec xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" ctest --output-on-failure --parallel 2 --timeout 600
