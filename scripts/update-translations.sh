#!/usr/bin/env bash
# Refreshes the Qt Linguist catalogues in resources/translations from the tr() strings of gui/
# and app/ (core has no Qt and no user-interface text). Run it after adding or changing a
# user-visible string, translate the entries it reports (Qt Linguist:
# `linguist resources/translations/gridcarbon_zh_CN.ts`, or edit the XML: fill <translation>
# and drop its type="unfinished"), then rebuild. The build compiles the .ts files into the
# binary (lrelease) but never rewrites them; `cmake --build build --target update_translations`
# runs this script too.
#
#   scripts/update-translations.sh           update the .ts files in place
#   scripts/update-translations.sh --check   change nothing; list every string that has no
#                                            translation yet (new in the sources, or
#                                            unfinished), and every file whose tr() wrapper
#                                            uses another context than lupdate files its
#                                            strings under; exit 1 if there is any (a CTest)
#
# LUPDATE overrides the lupdate executable (default: Debian's /usr/lib/qt6/bin/lupdate).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
dir=resources/translations
# Property labels live in core (marked with QT_TRANSLATE_NOOP, which core defines as a no-op).
sources=(gui app core/model/Properties.cpp)
# -I . resolves the project's "gui/..." includes, so that strings land in the context the code
# uses at run time (gridcarbon::gui::MainWindow, not MainWindow). No line numbers in the real
# files: they would change with every unrelated edit. Strings gone from the sources are dropped.
options=(-I . -no-obsolete -silent)
locations=none

# lupdate options per catalogue. English is the source language: only plural forms (tr() with
# a count) need an entry there.
declare -A extra=([gridcarbon_zh_CN.ts]="" [gridcarbon_en.ts]="-pluralonly")

# Prints the untranslated entries of a .ts file as "context: source" lines.
untranslated() {
  /usr/bin/python3 - "$1" <<'PY'
import sys
import xml.etree.ElementTree as ET

for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            print(f"  {context.findtext('name')}: {message.findtext('source')!r}")
PY
}

# Prints the files whose file-local `tr(const char*)` wrapper calls
# QCoreApplication::translate("CONTEXT", text) with another context than the one lupdate files
# their strings under (a .ts written with locations). lupdate names a tr() call in a member
# function after the class, and one in a free function after the enclosing namespace, so a
# wrapper used by free functions in namespace gridcarbon::gui must use "gridcarbon::gui" (or
# the calls must be Class::tr with Q_DECLARE_TR_FUNCTIONS); otherwise the Chinese catalogue has
# the strings but nothing finds them at run time.
mismatched_contexts() {
  /usr/bin/python3 - "$1" <<'PY'
import collections, os, re, sys
import xml.etree.ElementTree as ET

ts = sys.argv[1]
found = collections.defaultdict(set)
for context in ET.parse(ts).getroot().iter("context"):
    for location in context.iter("location"):
        if location.get("filename"):
            path = os.path.normpath(os.path.join(os.path.dirname(ts), location.get("filename")))
            found[os.path.relpath(path)].add(context.findtext("name"))

wrapper = re.compile(r'QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*[A-Za-z_]\w*\s*[,)]')
for path, contexts in sorted(found.items()):
    with open(path, encoding="utf-8") as source:
        wrapped = set(wrapper.findall(source.read()))
    if len(wrapped) == 1 and contexts - wrapped:
        print(f"  {path}: translates in context {next(iter(wrapped))!r}, but lupdate files its "
              f"strings under {', '.join(sorted(contexts - wrapped))!r}")
PY
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mode=${1:-update}
case "$mode" in
  update) target=$dir ;;
  --check)
    locations=absolute
    target=$scratch
    cp "$dir"/gridcarbon_*.ts "$target"/
    ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

status=0
for ts in "${!extra[@]}"; do
  # shellcheck disable=SC2086 # the extra options are words
  # lupdate warns about every class whose strings go through a file-local tr() wrapper
  # ("lacks Q_OBJECT macro"); that is how the project translates non-QObject classes.
  "$lupdate" "${options[@]}" -locations $locations ${extra[$ts]} "${sources[@]}" \
    -ts "$target/$ts" 2>"$scratch/lupdate.log" || { cat "$scratch/lupdate.log" >&2; exit 1; }
  grep -v 'lacks Q_OBJECT macro' "$scratch/lupdate.log" >&2 || true
  missing=$(untranslated "$target/$ts")
  if [[ -n "$missing" ]]; then
    echo "$ts: $(wc -l <<<"$missing") string(s) without a translation:"
    echo "$missing"
    status=1
  else
    echo "$ts: every string translated"
  fi
done
if [[ "$mode" == update ]]; then
  exit 0
fi
mismatched=$(mismatched_contexts "$target/gridcarbon_zh_CN.ts")
if [[ -n "$mismatched" ]]; then
  echo "strings that stay untranslated at run time (use the context lupdate uses):"
  echo "$mismatched"
  status=1
fi
exit $status
