"""A plain reading of a MATPOWER case file's numeric matrices, independent of GridCarbon's
importer: every `mpc.NAME = [ ... ];` block, comments dropped, rows split at ';' or line ends,
fields at white space or commas. Prints them as JSON: {"baseMVA": x, "version": "2",
"matrices": {"bus": [[...], ...], "gen": ..., "branch": ...}}.

usage: parse_matpower.py CASE.m"""
import json
import re
import sys

text = open(sys.argv[1]).read()
code = "\n".join(line.split("%", 1)[0] for line in text.splitlines())

matrices = {}
for name, body in re.findall(r"mpc\.(\w+)\s*=\s*\[(.*?)\]\s*;", code, re.S):
    rows = []
    for row in re.split(r"[;\n]", body):
        fields = [f for f in re.split(r"[\s,]+", row.strip()) if f]
        if fields:
            rows.append([float(f) for f in fields])
    matrices[name] = rows

base = re.search(r"mpc\.baseMVA\s*=\s*([^;\s]+)\s*;", code)
version = re.search(r"mpc\.version\s*=\s*'([^']*)'\s*;", code)
function = re.match(r"\s*function\s+mpc\s*=\s*(\w+)", text)
print(json.dumps({"function": function.group(1) if function else None,
                  "baseMVA": float(base.group(1)) if base else None,
                  "version": version.group(1) if version else None,
                  "matrices": matrices}))
