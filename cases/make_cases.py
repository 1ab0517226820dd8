#!/usr/bin/env python3
"""Builds the bundled cases in cases/ from the MATPOWER files in tests/data/matpower, and the
two microgrids of paper 003 (microgrid-a reconstructed, microgrid-b on case69).

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


# --- microgrids of paper 003 -------------------------------------------------------------
# Paper 003 (Zhang Jiyue et al., "committed carbon emission operation region of microgrids:
# theory, construction and observation", our translation of the Chinese title), appendix
# table 1 and section 5. Every number below is documented in cases/README.md, section
# "Microgrids of paper 003".
P003_DAILY_CAP_T = 50.0        # t/day, appendix table 1
P003_GRID_TIE_MW = 5.0         # MW, tie-line limit, appendix table 1 (import and export)
P003_GRID_INTENSITY = 1.05     # t/MWh, grid purchase, appendix table 1
P003_MT_P_MIN_MW = 0.03        # MW, controllable unit output range, appendix table 1
P003_MT_P_MAX_MW = 0.10
P003_MT_RAMP_MW_PER_H = 0.06   # MW/h, ramp up and down, appendix table 1
P003_MT_INTENSITY = 0.49       # t/MWh, controllable units, appendix table 1
P003_VMIN_PU = 0.95            # appendix table 1, every bus
P003_VMAX_PU = 1.05
TYPICAL_DAY = ("typical", 365)  # one typical day standing for the whole year
TYPICAL_SEASON = "summer"       # whose load shape, wind and PV formulas the day uses
# Our choices, shared by both microgrids.
MT_Q_MAX_MVAR = 0.06           # MVAr, +/- per MT
MT_COST_PER_MWH = 600.0        # CNY/MWh, as the MT candidates of the distribution cases
GRID_VM_PU = 1.0               # slack voltage set point at the tie
GRID_SNAPSHOT_PRICE = 650.0    # CNY/MWh, grid import price without --day (flat TOU price)


def typical_day_profiles():
    """The profiles of the microgrids: one `typical` day, the summer curves of the
    distribution cases."""
    name, weight = TYPICAL_DAY

    def day(fn):
        return [{"name": name, "weight_days": weight, "values": [fn(h) for h in range(24)]}]
    return [
        {"id": "load", "quantity": "load",
         "days": day(lambda h: round(LOAD_SHAPE[TYPICAL_SEASON][h] * LOAD_SEASON[TYPICAL_SEASON],
                                     4))},
        {"id": "wind", "quantity": "wind", "days": day(lambda h: wind(TYPICAL_SEASON, h))},
        {"id": "pv", "quantity": "pv", "days": day(lambda h: pv(TYPICAL_SEASON, h))},
        {"id": "tou_purchase", "quantity": "price", "days": day(tou_price)},
        {"id": "sale", "quantity": "price", "days": day(lambda h: 400.0)},
    ]


def microgrid_economics(cap_t):
    return {"currency": "CNY", "carbon_price_per_t": 80.0, "free_carbon_quota_t": 0.0,
            "loss_price_per_mwh": 500.0, "purchase_price_profile": "tou_purchase",
            "sale_price_profile": "sale", "daily_carbon_cap_t": cap_t}


def microgrid_units(mt_buses, wt, pv_unit, wt_power_factor):
    """Grid tie not included: the controllable units (MT), the wind turbine and the PV unit.
    Snapshot outputs (p_mw, q_mvar) are 0, as in the -der cases; OPF dispatches them."""
    units = []
    for k, bus in enumerate(mt_buses, start=1):
        units.append({"id": f"MT{k}", "bus": str(bus), "kind": "mt", "fuel": "gas",
                      "control": "power", "p_mw": 0.0, "q_mvar": 0.0,
                      "p_min_mw": P003_MT_P_MIN_MW, "p_max_mw": P003_MT_P_MAX_MW,
                      "q_min_mvar": -MT_Q_MAX_MVAR, "q_max_mvar": MT_Q_MAX_MVAR,
                      "carbon_intensity_t_per_mwh": P003_MT_INTENSITY,
                      "cost_per_mwh": MT_COST_PER_MWH, "ramp_mw_per_h": P003_MT_RAMP_MW_PER_H})
    wt_bus, wt_mw = wt
    wt_q = round(wt_mw * math.tan(math.acos(wt_power_factor)), 4)
    units.append({"id": "WT1", "bus": str(wt_bus), "kind": "wt", "fuel": "wind",
                  "control": "power", "p_mw": 0.0, "q_mvar": 0.0, "p_min_mw": 0.0,
                  "p_max_mw": wt_mw, "q_min_mvar": -wt_q, "q_max_mvar": wt_q,
                  "carbon_intensity_t_per_mwh": 0.0, "profile": "wind"})
    pv_bus, pv_mw, pv_q = pv_unit
    units.append({"id": "PV1", "bus": str(pv_bus), "kind": "pv", "fuel": "solar",
                  "control": "power", "p_mw": 0.0, "q_mvar": 0.0, "p_min_mw": 0.0,
                  "p_max_mw": pv_mw, "q_min_mvar": -pv_q, "q_max_mvar": pv_q,
                  "carbon_intensity_t_per_mwh": 0.0, "profile": "pv"})
    return units


def microgrid_grid_tie(bus):
    return {"id": "GRID", "bus": str(bus), "kind": "grid", "fuel": "grid", "control": "slack",
            "p_mw": 0.0, "q_mvar": 0.0, "vm_pu": GRID_VM_PU, "va_deg": 0.0,
            "p_min_mw": -P003_GRID_TIE_MW, "p_max_mw": P003_GRID_TIE_MW,
            "q_min_mvar": -P003_GRID_TIE_MW, "q_max_mvar": P003_GRID_TIE_MW,
            "carbon_intensity_t_per_mwh": P003_GRID_INTENSITY,
            "cost_per_mwh": GRID_SNAPSHOT_PRICE}


def tree_layout(cli, case):
    """Bus coordinates from GridCarbon's tree layout (`convert --layout`), by bus id."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.json", Path(tmp) / "out.json"
        src.write_text(json.dumps(case))
        subprocess.run([cli, "convert", str(src), "-o", str(out), "--layout"],
                       check=True, stdout=subprocess.DEVNULL)
        return {b["id"]: (b["x"], b["y"]) for b in json.loads(out.read_text())["buses"]}


# --- microgrid-a ---
# Reconstructed 10 kV microgrid (the paper's network, after Peng Ke et al. 2011, is not
# available): a main feeder 1-2-3-4-5 with laterals 2-6-7, 4-8 and 3-9.
A_BASE_KV = 10.0
A_BASE_MVA = 1.0               # Zbase = 10^2 / 1 = 100 Ohm
A_R_OHM_PER_KM = 0.27          # overhead line
A_X_OHM_PER_KM = 0.35
A_B_US_PER_KM = 3.0            # charging susceptance, micro-siemens per km
A_LINES = [                    # from, to, length km
    (1, 2, 1.0), (2, 3, 1.5), (3, 4, 1.5), (4, 5, 2.0),
    (2, 6, 1.5), (6, 7, 2.0), (4, 8, 1.0), (3, 9, 1.0)]
A_RATE_HEAD_MVA = 4.0          # branch 1-2
A_RATE_MVA = 2.5               # every other branch
A_GRID_BUS = 1
A_MT_BUSES = (8, 5)            # MT1, MT2
A_WT = (9, 1.0)                # bus, rated MW
A_WT_POWER_FACTOR = 0.95       # q limits +/- tan(acos(pf)) x rated
A_PV = (6, 1.0, 0.2)           # bus, rated MW, +/- MVAr
A_LOAD_POWER_FACTOR = 0.9      # lagging
A_LOADS_MW = {2: 0.30, 3: 0.30, 4: 0.25, 5: 0.25, 6: 0.20, 7: 0.30, 8: 0.35, 9: 0.25}
A_DAILY_CAP_T = P003_DAILY_CAP_T


def microgrid_a(cli):
    zbase = A_BASE_KV ** 2 / A_BASE_MVA
    buses = sorted({b for f, t, _ in A_LINES for b in (f, t)})
    case = {"format": "gridcarbon-case", "version": 1, "name": "microgrid-a",
            "description": (f"Microgrid A of paper 003, reconstructed: a {A_BASE_KV:g} kV "
                            f"grid-connected microgrid of {len(buses)} buses with "
                            f"{len(A_MT_BUSES)} gas micro-turbines, a {A_WT[1]:g} MW wind "
                            f"turbine and {A_PV[1]:g} MW of PV under a {A_DAILY_CAP_T:g} t "
                            "daily carbon cap."),
            "source": ("Reconstruction after paper 003 (appendix table 1) and Peng Ke et al., "
                       "\"Design of a typical medium-low voltage microgrid network\", AEPS "
                       "35(18), 2011; lines, loads and sites are our choices"),
            "base_mva": A_BASE_MVA,
            "buses": [{"id": str(b), "base_kv": A_BASE_KV, "vmin_pu": P003_VMIN_PU,
                       "vmax_pu": P003_VMAX_PU} for b in buses],
            "branches": [], "loads": [], "generators": [], "storages": [], "capacitors": []}
    for k, (f, t, km) in enumerate(A_LINES, start=1):
        case["branches"].append({
            "id": f"L{k}", "from": str(f), "to": str(t), "kind": "line",
            "r_pu": round(A_R_OHM_PER_KM * km / zbase, 8),
            "x_pu": round(A_X_OHM_PER_KM * km / zbase, 8),
            "b_pu": round(A_B_US_PER_KM * 1e-6 * km * zbase, 8),
            "rate_mva": A_RATE_HEAD_MVA if (f, t) == (1, 2) else A_RATE_MVA})
    tan_phi = math.tan(math.acos(A_LOAD_POWER_FACTOR))
    for bus, p in A_LOADS_MW.items():
        case["loads"].append({"id": f"D{bus}", "bus": str(bus), "p_mw": p,
                              "q_mvar": round(p * tan_phi, 6), "profile": "load"})
    case["generators"] = [microgrid_grid_tie(A_GRID_BUS)] + microgrid_units(
        A_MT_BUSES, A_WT, A_PV, A_WT_POWER_FACTOR)
    case["profiles"] = typical_day_profiles()
    case["economics"] = microgrid_economics(A_DAILY_CAP_T)
    positions = tree_layout(cli, case)
    for b in case["buses"]:
        b["x"], b["y"] = positions[b["id"]]
    return case


# --- microgrid-b ---
# Paper 003 section 5.5: a larger microgrid on the IEEE (PG&E) 69-bus feeder.
LOAD_SCALE_B = 0.55            # of case69's loads (full load: 0.909 p.u. at bus 65)
B_MT_BUSES = (27, 65)          # MT1, MT2: the ends of the two longest feeders
B_WT = (61, 1.0)               # bus, rated MW: the largest load of the feeder
B_WT_POWER_FACTOR = A_WT_POWER_FACTOR
B_PV = (50, 1.0, 0.2)          # bus, rated MW, +/- MVAr
CAP_B = 45.0                   # t/day


def microgrid_b(cli):
    case = convert(cli, "case69")
    case["name"] = "microgrid-b"
    case["source"] = ("MATPOWER case69 (Baran & Wu 1989, PG&E), converted as for pge69; units, "
                      "limits and cap after paper 003 section 5.5 and appendix table 1")
    case["description"] = (
        "Microgrid B of paper 003 (section 5.5): the PG&E 69-bus feeder at "
        f"{100 * LOAD_SCALE_B:g} % of its load, {P003_VMIN_PU:g}-{P003_VMAX_PU:g} p.u., with a "
        f"{P003_GRID_TIE_MW:g} MW grid tie, {len(B_MT_BUSES)} gas micro-turbines, a "
        f"{B_WT[1]:g} MW wind turbine and {B_PV[1]:g} MW of PV under a {CAP_B:g} t daily "
        "carbon cap.")
    for b in case["buses"]:
        b["vmin_pu"] = P003_VMIN_PU
        b["vmax_pu"] = P003_VMAX_PU
    for load in case["loads"]:
        load["p_mw"] = round(load["p_mw"] * LOAD_SCALE_B, 6)
        load["q_mvar"] = round(load["q_mvar"] * LOAD_SCALE_B, 6)
        load["profile"] = "load"
    (grid,) = [g for g in case["generators"] if g["kind"] == "grid"]
    tie = microgrid_grid_tie(grid["bus"])
    case["generators"] = [tie] + microgrid_units(B_MT_BUSES, B_WT, B_PV, B_WT_POWER_FACTOR)
    case["profiles"] = typical_day_profiles()
    case["economics"] = microgrid_economics(CAP_B)
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
    write(microgrid_a(cli), "microgrid-a")
    write(microgrid_b(cli), "microgrid-b")


if __name__ == "__main__":
    main()
