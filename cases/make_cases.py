#!/usr/bin/env python3
"""Builds the bundled cases in cases/ from the MATPOWER files in tests/data/matpower.

Run from the repository root after building gridcarbon-cli:
    python3 cases/make_cases.py build/app/gridcarbon-cli
Every choice made here is documented in cases/README.md. The script is deterministic: the
profiles are closed-form curves, not random draws.
"""
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MATPOWER = ROOT / "tests" / "data" / "matpower"
OUT = ROOT / "cases"

# Typical days of paper 002 (spring, summer, autumn, winter) with the days of the year each
# stands for.
DAYS = [("spring", 92), ("summer", 92), ("autumn", 91), ("winter", 90)]

# Daily load shape, per unit of the day's peak: a residential/commercial feeder with a
# morning ramp, a midday plateau and an evening peak (our own values, shaped like the
# weekday curves of the IEEE Reliability Test System).
LOAD_SHAPE = {
    "spring": [0.62, 0.59, 0.57, 0.56, 0.57, 0.61, 0.69, 0.80, 0.88, 0.92, 0.94, 0.95,
               0.93, 0.91, 0.90, 0.90, 0.92, 0.96, 1.00, 0.99, 0.95, 0.87, 0.77, 0.68],
    "summer": [0.64, 0.60, 0.58, 0.56, 0.56, 0.58, 0.64, 0.76, 0.87, 0.95, 0.99, 1.00,
               0.99, 1.00, 1.00, 0.97, 0.96, 0.96, 0.97, 0.98, 0.96, 0.91, 0.82, 0.72],
    "autumn": [0.61, 0.58, 0.56, 0.55, 0.56, 0.60, 0.70, 0.81, 0.89, 0.92, 0.93, 0.93,
               0.91, 0.89, 0.88, 0.89, 0.92, 0.97, 1.00, 0.98, 0.94, 0.86, 0.76, 0.67],
    "winter": [0.67, 0.63, 0.60, 0.59, 0.59, 0.60, 0.74, 0.86, 0.95, 0.96, 0.96, 0.95,
               0.95, 0.95, 0.93, 0.94, 0.99, 1.00, 1.00, 0.96, 0.91, 0.83, 0.73, 0.63],
}
# Seasonal peak relative to the annual peak (summer air conditioning in Southwest China).
LOAD_SEASON = {"spring": 0.78, "summer": 1.00, "autumn": 0.82, "winter": 0.90}

# Wind: stronger at night than by day (paper 002, section 6.2.2), seasonal mean level.
WIND_MEAN = {"spring": 0.45, "summer": 0.30, "autumn": 0.40, "winter": 0.50}
WIND_SWING = 0.35
# PV: sunrise and sunset hours and the clear-sky peak factor of each season.
SUN = {"spring": (6.0, 19.0, 0.85), "summer": (5.5, 19.5, 0.95),
       "autumn": (6.5, 18.5, 0.80), "winter": (7.5, 17.5, 0.60)}

# Time-of-use purchase price (CNY/MWh): valley 00-07, peak 10-14 and 18-21, flat otherwise.
def tou_price(hour):
    if hour < 7 or hour == 23:
        return 310.0
    if 10 <= hour < 15 or 18 <= hour < 22:
        return 1050.0
    return 650.0


def wind(season, hour):
    value = WIND_MEAN[season] * (1.0 + WIND_SWING * math.cos(2 * math.pi * (hour - 2) / 24))
    return round(min(1.0, max(0.0, value)), 4)


def pv(season, hour):
    rise, set_, peak = SUN[season]
    t = hour + 0.5  # middle of the hour
    if t <= rise or t >= set_:
        return 0.0
    return round(peak * math.sin(math.pi * (t - rise) / (set_ - rise)) ** 1.3, 4)


def profiles():
    def days(fn):
        return [{"name": name, "weight_days": w, "values": [fn(name, h) for h in range(24)]}
                for name, w in DAYS]
    return [
        {"id": "load", "quantity": "load",
         "days": days(lambda s, h: round(LOAD_SHAPE[s][h] * LOAD_SEASON[s], 4))},
        {"id": "wind", "quantity": "wind", "days": days(wind)},
        {"id": "pv", "quantity": "pv", "days": days(pv)},
        {"id": "tou_purchase", "quantity": "price", "days": days(lambda s, h: tou_price(h))},
        {"id": "sale", "quantity": "price", "days": days(lambda s, h: 400.0)},
    ]


def convert(cli, name):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "case.json"
        subprocess.run([cli, "convert", str(MATPOWER / f"{name}.m"), "-o", str(out), "--layout"],
                       check=True, stdout=subprocess.DEVNULL)
        return json.loads(out.read_text())


GRID_INTENSITY = 0.58  # t/MWh, upstream grid (see README)
MT_INTENSITY = 0.55    # t/MWh, gas micro-turbine (see README)


def add_profiles_and_economics(case):
    case["profiles"] = profiles()
    for load in case["loads"]:
        load["profile"] = "load"
    case["economics"] = {"currency": "CNY", "carbon_price_per_t": 80.0,
                         "free_carbon_quota_t": 0.0, "loss_price_per_mwh": 500.0,
                         "purchase_price_profile": "tou_purchase",
                         "sale_price_profile": "sale"}


def make_grid(case, import_mw, export_mw):
    for g in case["generators"]:
        if g["kind"] == "grid":
            g["id"] = "GRID"
            g["fuel"] = "grid"
            g["p_min_mw"] = -export_mw
            g["p_max_mw"] = import_mw
            g["q_min_mvar"] = -import_mw
            g["q_max_mvar"] = import_mw
            g["carbon_intensity_t_per_mwh"] = GRID_INTENSITY


def candidate(kind, bus, max_mw):
    """A planning candidate site: no installed capacity, so the base power flow is unchanged."""
    profile = {"wt": "wind", "pv": "pv"}.get(kind, "")
    unit = {"id": f"{kind.upper()}{bus}", "bus": str(bus), "kind": kind, "control": "power",
            "p_mw": 0.0, "q_mvar": 0.0, "p_min_mw": 0.0, "p_max_mw": 0.0,
            "q_min_mvar": 0.0, "q_max_mvar": 0.0,
            "carbon_intensity_t_per_mwh": MT_INTENSITY if kind == "mt" else 0.0,
            "candidate": True, "candidate_max_mw": max_mw}
    if profile:
        unit["profile"] = profile
    if kind == "mt":
        unit["fuel"] = "gas"
        unit["cost_per_mwh"] = 600.0
        unit["ramp_mw_per_h"] = max_mw / 2
    if kind == "ht":
        unit["fuel"] = "hydro"
    return unit


def storage_candidate(bus, max_mw):
    return {"id": f"ES{bus}", "bus": str(bus), "energy_mwh": 0.0, "p_max_mw": 0.0,
            "soc_min": 0.1, "soc_max": 0.9, "soc_initial": 0.5,
            "eta_charge": 0.95, "eta_discharge": 0.95,
            "candidate": True, "candidate_max_mw": max_mw, "candidate_hours": 4.0}


def distribution_case(cli, source, name, description, sites, storage_sites, import_mw):
    case = convert(cli, source)
    case["name"] = name
    case["description"] = description
    make_grid(case, import_mw, import_mw)
    add_profiles_and_economics(case)
    for kind, bus, max_mw in sites:
        case["generators"].append(candidate(kind, bus, max_mw))
    case["storages"] = [storage_candidate(bus, max_mw) for bus, max_mw in storage_sites]
    return case


def ieee14(cli):
    case = convert(cli, "case14")
    case["name"] = "ieee14"
    case["description"] = ("Modified IEEE 14-bus system of paper 000: G1 coal, G2 and G4 gas, "
                           "G3 wind, G5 hydro.")
    units = {"G1": ("thermal", "coal", 0.875), "G2": ("thermal", "gas", 0.525),
             "G3": ("wt", "wind", 0.0), "G4": ("thermal", "gas", 0.520),
             "G5": ("ht", "hydro", 0.0)}
    for g in case["generators"]:
        kind, fuel, intensity = units[g["id"]]
        g["kind"] = kind
        g["fuel"] = fuel
        g["carbon_intensity_t_per_mwh"] = intensity
    add_profiles_and_economics(case)
    for g in case["generators"]:
        if g["kind"] == "wt":
            g["profile"] = "wind"
    # Paper 000, section 4: carbon price 80 CNY/t, free quota 130 t.
    case["economics"]["free_carbon_quota_t"] = 130.0
    case["economics"]["loss_price_per_mwh"] = 0.0
    return case


def install_ders(case, name, description, units, storage, capacitors):
    """The same feeder with DERs installed (for OPF and dispatch studies): every listed
    candidate site gets the given capacity; other candidates stay uninstalled."""
    case = json.loads(json.dumps(case))
    case["name"] = name
    case["description"] = description
    for g in case["generators"]:
        if g["id"] not in units:
            continue
        p_max, q_range = units[g["id"]]
        g["candidate"] = False
        g["p_max_mw"] = p_max
        g["q_min_mvar"] = -q_range
        g["q_max_mvar"] = q_range
        g.pop("candidate_max_mw", None)
        if g["kind"] == "mt":
            g["p_min_mw"] = round(0.2 * p_max, 6)
            g["ramp_mw_per_h"] = round(0.5 * p_max, 6)
    for s in case["storages"]:
        if s["id"] not in storage:
            continue
        p_max, hours = storage[s["id"]]
        s["candidate"] = False
        s["p_max_mw"] = p_max
        s["energy_mwh"] = p_max * hours
        for key in ("candidate_max_mw", "candidate_hours"):
            s.pop(key, None)
    case["capacitors"] = [{"id": f"C{bus}", "bus": str(bus), "layer": "line",
                           "q_step_mvar": q_step, "steps": steps, "steps_on": on}
                          for bus, q_step, steps, on in capacitors]
    return case


def write(case, name):
    (OUT / f"{name}.json").write_text(json.dumps(case, indent=2) + "\n")
    print(f"wrote cases/{name}.json: {len(case['buses'])} buses")


def main():
    cli = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build" / "app" / "gridcarbon-cli")
    write(ieee14(cli), "ieee14")
    # Paper 002, Figure 3 / Table 1: candidate sites and planned upper limits (MW).
    ieee33 = distribution_case(
        cli, "case33bw", "ieee33",
        "Baran & Wu 33-bus feeder with the WT/PV/HT/MT/ES candidate sites of paper 002 "
        "(no capacity installed).",
        [("wt", 3, 2.5), ("wt", 17, 2.5), ("wt", 21, 2.5), ("pv", 10, 2.5), ("pv", 24, 2.5),
         ("pv", 31, 2.5), ("ht", 6, 10.0), ("mt", 2, 7.0)],
        [(5, 1.08), (16, 1.08), (25, 1.08), (33, 1.08)], 10.0)
    write(ieee33, "ieee33")
    write(install_ders(
        ieee33, "ieee33-der",
        "Baran & Wu 33-bus feeder with DERs installed at paper 002's sites: WT 3 x 0.5 MW, "
        "PV 3 x 0.4 MW, HT 0.3 MW, MT 1.0 MW, ES 4 x 0.3 MW / 1.2 MWh; a 3 x 0.2 MVAr "
        "line-layer capacitor bank at bus 30.",
        {"WT3": (0.5, 0.2), "WT17": (0.5, 0.2), "WT21": (0.5, 0.2), "PV10": (0.4, 0.15),
         "PV24": (0.4, 0.15), "PV31": (0.4, 0.15), "HT6": (0.3, 0.15), "MT2": (1.0, 0.6)},
        {"ES5": (0.3, 4.0), "ES16": (0.3, 4.0), "ES25": (0.3, 4.0), "ES33": (0.3, 4.0)},
        [(30, 0.2, 3, 1)]),
        "ieee33-der")
    # Paper 002, Table 5.
    pge69 = distribution_case(
        cli, "case69", "pge69",
        "PG&E 69-bus feeder (Baran & Wu) with the candidate sites of paper 002 Table 5 "
        "(no capacity installed).",
        [("wt", 3, 2.5), ("wt", 11, 2.5), ("wt", 21, 2.5), ("wt", 49, 2.5), ("wt", 61, 2.5),
         ("pv", 7, 2.5), ("pv", 20, 2.5), ("pv", 31, 2.5), ("pv", 49, 2.5), ("pv", 65, 2.5),
         ("ht", 9, 15.0), ("mt", 2, 7.0), ("mt", 47, 7.0)],
        [(2, 1.08), (9, 1.08), (12, 1.08), (23, 1.08), (31, 1.08), (49, 1.08), (65, 1.08)],
        10.0)
    write(pge69, "pge69")
    write(install_ders(
        pge69, "pge69-der",
        "PG&E 69-bus feeder with DERs installed at paper 002's sites: WT 5 x 0.4 MW, "
        "PV 5 x 0.3 MW, HT 0.3 MW, MT 2 x 0.8 MW, ES 7 x 0.2 MW / 0.8 MWh; a 4 x 0.2 MVAr "
        "line-layer capacitor bank at bus 61.",
        {**{f"WT{b}": (0.4, 0.15) for b in (3, 11, 21, 49, 61)},
         **{f"PV{b}": (0.3, 0.1) for b in (7, 20, 31, 49, 65)},
         "HT9": (0.3, 0.15), "MT2": (0.8, 0.5), "MT47": (0.8, 0.5)},
        {f"ES{b}": (0.2, 4.0) for b in (2, 9, 12, 23, 31, 49, 65)},
        [(61, 0.2, 4, 2)]),
        "pge69-der")
    write(distribution_case(cli, "case85", "case85",
                            "Das, Kothari & Kalam 85-bus radial feeder (11 kV).", [], [], 5.0),
          "case85")
    write(distribution_case(cli, "case141", "case141",
                            "Khodr et al. 141-bus feeder of Caracas (12.47 kV).", [], [], 20.0),
          "case141")


if __name__ == "__main__":
    main()
