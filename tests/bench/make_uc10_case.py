#!/usr/bin/python3
"""Writes the unit-commitment benchmark case of issue 16 (benchmark 2): cases/ieee33-der.json
with its micro-turbine replaced by 10 MT-like units spread over the feeder, each with a minimum
output when on (an on/off binary with --binaries mt), linear and quadratic fuel costs (the
quadratic part becomes a rotated cone), a ramp limit and a no-load emission. Deterministic.

    make_uc10_case.py cases/ieee33-der.json tests/data/ieee33-uc10.json
"""
import json, sys

case = json.load(open(sys.argv[1]))
case['name'] = 'ieee33-uc10'
case['description'] = 'IEEE 33 with DERs and 10 micro-turbines (unit-commitment benchmark)'
case['generators'] = [g for g in case['generators'] if g['kind'] != 'mt']
for k, bus in enumerate([2, 5, 8, 12, 15, 19, 22, 25, 28, 32]):
    case['generators'].append({
        'id': f'MT{bus}', 'bus': str(bus), 'kind': 'mt', 'control': 'power', 'fuel': 'gas',
        'p_mw': 0.0, 'q_mvar': 0.0,
        'p_min_mw': round(0.08 + 0.01 * k, 3), 'p_max_mw': round(0.30 + 0.03 * k, 3),
        'q_min_mvar': -0.15, 'q_max_mvar': 0.15,
        'cost_per_mwh': 380.0 + 25.0 * ((3 * k) % 10),
        'cost_per_mw2h': 150.0 + 40.0 * ((7 * k) % 10),
        'carbon_intensity_t_per_mwh': 0.5, 'carbon_no_load_t_per_h': 0.01,
        'ramp_mw_per_h': 0.2, 'candidate': False})
with open(sys.argv[2], 'w') as f:
    json.dump(case, f, indent=1)
    f.write('\n')
