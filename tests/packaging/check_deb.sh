#!/usr/bin/env bash
# check_deb.sh BUILD_DIR: make the .deb in a scratch dir and list what it would install.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || {
  cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
dpkg-deb -c "$deb" >"$out/list"
status=0
for f in ./usr/bin/gridcarbon-cli ./usr/bin/gridcarbon \
         ./usr/share/applications/gridcarbon.desktop \
         ./usr/share/icons/hicolor/scalable/apps/gridcarbon.svg \
         ./usr/share/gridcarbon/cases/ieee33.json ./usr/share/gridcarbon/cases/ieee14.json \
         ./usr/share/gridcarbon/cases/pge69.json ./usr/share/gridcarbon/cases/case85.json \
         ./usr/share/gridcarbon/cases/case141.json ./usr/share/gridcarbon/cases/README.md; do
  if ! grep -q " $f\$" "$out/list"; then
    echo "missing from $(basename "$deb"): $f"
    status=1
  fi
done
dpkg-deb -f "$deb" Package Version Depends
exit $status
