#!/usr/bin/env bash
# Builds the core library, the CLI and their unit and end-to-end tests with AddressSanitizer
# and UndefinedBehaviorSanitizer in ./build-asan (no GUI, no benchmarks), warnings as errors,
# and runs those tests. Any sanitizer finding fails its test.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f build-asan/build.ninja ]]; then
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" -DGRIDCARBON_SANITIZE=ON -DGRIDCARBON_WERROR=ON \
    -DGRIDCARBON_GUI=OFF -DGRIDCARBON_BENCH=OFF >/dev/null
fi
jobs=$(nproc 2>/dev/null || echo 2)
cmake --build build-asan --parallel "$jobs" --target gridcarbon_unit_tests gridcarbon_cli_tests
cd build-asan
# Leak checking stays on; a leak fails the test as any other finding does.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --output-on-failure --parallel "$jobs" --timeout 900 -R '^(unit|cli)\.'
