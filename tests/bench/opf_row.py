#!/usr/bin/python3
"""One Markdown table row of an OPF benchmark, ours against cvxopt, from their JSON files:

    opf_row.py OURS.json CVXOPT.json LABEL [LABEL ...]

prints | LABEL ... | our seconds (interior-point iterations, or LP solves and cuts) | certified gap | cvxopt seconds (iterations,
tolerance) | cvxopt / ours | objective relative difference |.
"""
import json, sys

ours, cvx = (json.load(open(p)) for p in sys.argv[1:3])
s = ours['stats']
diff = abs(ours['objective'] - cvx['objective']) / abs(cvx['objective'])
gap = f"{ours['gap']:.1e}" if ours.get('gap') is not None else "none"
labels = ' | '.join(sys.argv[3:])
work = f"{s['interior_point_iterations']} it." if s.get('interior_point_iterations') else \
    f"{s['lp_solves']} LPs, {s['cuts']} cuts"
print(f"| {labels} | {s['seconds']:.3f} ({work}) | {gap} | "
      f"{cvx['seconds']:.3f} ({cvx['iterations']}, {cvx['tolerance']:g}) | "
      f"{cvx['seconds'] / s['seconds']:.2f} | {diff:.1e} |")
