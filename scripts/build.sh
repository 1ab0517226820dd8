#!/usr/bin/env bash
# Configures and builds GridCarbon in ./build (Ninja, ccache when present; warnings are errors).
# Extra arguments are CMake targets; none builds everything.
set -euo pipefail
cd "$(dirname "$0")/.."
# Paths inside the tree count as relative, and the working directory recorded in debug info
# does not count, so that another clone of the project reuses the compiler cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
if [[ ! -f build/build.ninja ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGRIDCARBON_WERROR=ON >/dev/null
fi
jobs=$(nproc 2>/dev/null || echo 2)
if (($#)); then
  cmake --build build --parallel "$jobs" --target "$@"
else
  cmake --build build --parallel "$jobs"
fi
