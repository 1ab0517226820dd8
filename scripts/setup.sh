#!/usr/bin/env bash
# Installs GridCarbon's build and test dependencies from Debian 12 packages.
# Idempotent: quiet when everything is there; runs apt-get update only when something is missing.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config file dpkg-dev
  # the formatting check of every C++ file (scripts/format-check.sh)
  clang-format
  # core
  libeigen3-dev libboost-graph-dev nlohmann-json3-dev libcli11-dev coinor-libclp-dev coinor-libcbc-dev
  # convex hulls of operating regions (reentrant libqhull_r)
  libqhull-dev
  # GUI (Qt6Charts' CMake package needs Qt6OpenGL, which qt6-charts-dev does not pull in)
  qt6-base-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libgl-dev libgl1-mesa-dri fonts-dejavu-core
  # the 3-D views: VTK 9.1, whose CMake package needs MPI found first
  libvtk9-dev mpi-default-dev
  # translations: lupdate/lrelease (qt6-l10n-tools), their CMake package Qt6LinguistTools
  # (qt6-tools-dev), Qt's own Chinese catalogues (qtbase_zh_CN.qm) and a CJK font, without
  # which Chinese renders as boxes under Xvfb
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n fonts-wqy-microhei
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth
  # the cvxopt cross-check of the OPF (tests/crosscheck), run by /usr/bin/python3, and the
  # CLI tests' independent readers of the CSV and MATPOWER files the CLI writes (tests/cli)
  python3 python3-cvxopt python3-numpy
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
