"""Reads the three tables of `gridcarbon-cli pf --csv PREFIX` with Python's csv module and
checks them against the JSON of the same run: every row has as many fields as its header, and
every value equals the JSON's (numbers to 1e-12 relative). Prints one line per problem naming
the file, row and column; exit status 0 when there is none.

usage: check_pf_csv.py PREFIX RESULT.json"""
import csv
import json
import math
import sys

prefix, result = sys.argv[1], sys.argv[2]
with open(result) as f:
    j = json.load(f)

problems = []


def read(table):
    name = f"{prefix}-{table}.csv"
    with open(name, newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        problems.append(f"{name}: empty")
        return name, [], []
    header, body = rows[0], rows[1:]
    for k, row in enumerate(body, start=2):
        if len(row) != len(header):
            problems.append(f"{name}: line {k} has {len(row)} fields for a header of {len(header)}")
    return name, header, body


def same_number(name, line, column, text, expected):
    try:
        value = float(text)
    except ValueError:
        problems.append(f"{name}: line {line} {column} '{text}' is not a number")
        return
    if not math.isfinite(value) or abs(value - expected) > 1e-12 * max(1.0, abs(expected)):
        problems.append(f"{name}: line {line} {column} is {text}, the JSON says {expected!r}")


def compare(table, key_column, items, columns):
    name, header, body = read(table)
    if header[:1] != [key_column]:
        problems.append(f"{name}: header starts {header[:1]}, not {key_column}")
        return
    if len(body) != len(items):
        problems.append(f"{name}: {len(body)} rows for {len(items)} items in the JSON")
    for k, (row, item) in enumerate(zip(body, items), start=2):
        fields = dict(zip(header, row))
        if fields.get(key_column) != item["id"]:
            problems.append(f"{name}: line {k} is {fields.get(key_column)}, JSON has {item['id']}")
        for column, expected in columns(item).items():
            if column not in fields:
                problems.append(f"{name}: no column {column}")
            elif isinstance(expected, str):
                if fields[column] != expected:
                    problems.append(f"{name}: line {k} {column} is {fields[column]}, not {expected}")
            else:
                same_number(name, k, column, fields[column], expected)


compare("buses", "bus", j["buses"], lambda b: {
    "vm_pu": b["vm_pu"], "va_deg": b["va_deg"],
    "energised": "1" if b.get("energised", True) else "0"})
compare("branches", "branch", j["branches"], lambda b: {
    "from": b["from"], "to": b["to"], "in_service": "1" if b["in_service"] else "0",
    **{c: b[c] for c in ("p_from_mw", "q_from_mvar", "p_to_mw", "q_to_mvar", "loss_kw",
                         "loss_kvar")}})
compare("units", "unit", j["generators"], lambda g: {"p_mw": g["p_mw"], "q_mvar": g["q_mvar"]})

for p in problems:
    print(p)
sys.exit(1 if problems else 0)
