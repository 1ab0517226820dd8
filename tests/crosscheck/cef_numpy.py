#!/usr/bin/python3
"""Independent cross-check of the carbon emission flow (CEF) engine, written from paper 000
(section 2, eqs 1-8) with numpy only; it shares no code with the C++.

    cef_numpy.py CASE [--set G2=40,G3=30] [--method ac|dc] [--write-case OUT.json]
                 [--compare CLI.json] [--cli gridcarbon-cli] [--rtol 1e-6] [--print]

Power flow (its own):
  dc  MATPOWER rundcpf: b = 1/(x*tap), phase shift injections, Gs as load, the slack takes the
      balance; r and b_pu are ignored.
  ac  dense Newton-Raphson in polar form, MATPOWER pi model (tap and shift at the from end,
      b/2 at each end), bus shunts Gs + jBs; generator control 'slack' (|V|, angle), 'voltage'
      (PV: P and |V| = vm_pu; Q limits not enforced, as MATPOWER by default), 'power' (PQ).
      Converged when the largest mismatch is below --tol p.u. (1e-10).
  One island with one slack bus; anything else fails.

CEF (proportional sharing):
  dc  eq (3): E_N = (P_N - P_B^T)^-1 P_G^T E_G, P_B[i,j] = flow i->j (>0), P_N = diag of the
      column sums of [P_B; P_G] (eq 4).
  ac  eq (5): (Au)_jj = 1, (Au)_ji = -|P_ji|/P_i for each upstream neighbour i of j, where P_ji
      is the flow of branch i-j measured at node j (its receiving end) and P_i is the gross
      nodal through-flow of i: all branch inflow measured at the node plus all generation at
      the node (= branch outflow at the node + load + shunt). Carbon through-flow
      C = Au^-1 diag(P_G) E_G; eq (6) R_ij = P_ij/P_i C_i with P_ij at the sending end;
      eq (7) R_ij^loss = P_ij^loss/P_i C_i; eq (8) E_Nj = (sum_i (R_ij - R_ij^loss) + P_Gj E_Gj)/P_j.
      With these through-flows eq (8) gives back C_j/P_j and generation = load + loss exactly
      (checked). A bus with no through-flow is dead: intensity None.
  Load emission = E_N(bus) * P_load; a generator with P < 0 counts as a load at its bus; bus
  shunt conductance (Gs, |V|^2 Gs in AC) consumes at the bus intensity and counts as loss.

Exit status: 0 when everything agrees, 1 on a mismatch against the CLI or a failed internal
check, 2 on broken input.
"""
import argparse, json, math, os, subprocess, sys, tempfile
import numpy as np

DEAD_MW = 1e-9  # through-flow below this: a dead bus
NOISE_MW = 1e-9  # both ends of a branch 'sending' less than this: no flow


class InputError(Exception):
    pass


def fail(msg):
    raise InputError(msg)


# ---------------------------------------------------------------------------------- the case
def apply_overrides(case, spec):
    """--set G2=40,G3=30: generator p_mw in MW."""
    if not spec:
        return case
    gens = {g['id']: g for g in case['generators']}
    for item in spec.split(','):
        if not item.strip():
            continue
        if '=' not in item:
            fail(f"--set: expected ID=MW, got '{item}'")
        gid, val = (s.strip() for s in item.split('=', 1))
        if gid not in gens:
            fail(f"--set: no generator '{gid}'")
        if gens[gid].get('control', 'power') == 'slack':
            print(f"warning: {gid} is the slack; its output is set by the power flow", file=sys.stderr)
        gens[gid]['p_mw'] = float(val)
    return case


class Net:
    """The compiled numerical model (per unit on base_mva, bus indices)."""

    def __init__(self, case):
        self.base = float(case['base_mva'])
        self.bus_ids = [b['id'] for b in case['buses']]
        if len(set(self.bus_ids)) != len(self.bus_ids):
            fail('duplicate bus ids')
        ix = {b: i for i, b in enumerate(self.bus_ids)}
        n = self.n = len(self.bus_ids)
        self.gs = np.array([b.get('gs_mw', 0.0) for b in case['buses']]) / self.base
        self.bs = np.array([b.get('bs_mvar', 0.0) for b in case['buses']]) / self.base
        self.br = [b for b in case['branches'] if b.get('in_service', True)]
        self.br_f = np.array([ix[b['from']] for b in self.br], dtype=int)
        self.br_t = np.array([ix[b['to']] for b in self.br], dtype=int)
        self.r = np.array([b.get('r_pu', 0.0) for b in self.br])
        self.x = np.array([b['x_pu'] for b in self.br])
        self.bc = np.array([b.get('b_pu', 0.0) for b in self.br])
        tap = np.array([b.get('tap', 1.0) for b in self.br])
        self.tap = np.where(tap == 0.0, 1.0, tap)
        self.shift = np.radians([b.get('shift_deg', 0.0) for b in self.br])
        # loads
        self.pd = np.zeros(n); self.qd = np.zeros(n)  # noqa: E702
        self.load_mw = np.zeros(n)
        for ld in case['loads']:
            if not ld.get('in_service', True):
                continue
            i = ix[ld['bus']]
            self.pd[i] += ld['p_mw'] / self.base
            self.qd[i] += ld.get('q_mvar', 0.0) / self.base
            self.load_mw[i] += ld['p_mw']
        for c in case.get('capacitors', []):
            if c.get('in_service', True) and c.get('steps_on', 0) and c.get('q_step_mvar', 0.0):
                fail(f"capacitor {c['id']} is switched on: not modelled by this cross-check")
        # generators
        self.gens = [g for g in case['generators'] if g.get('in_service', True)]
        for g in self.gens:
            if g.get('carbon_no_load_t_per_h', 0.0):
                fail(f"generator {g['id']}: carbon_no_load_t_per_h is not in the paper's CEF")
        self.gen_bus = np.array([ix[g['bus']] for g in self.gens], dtype=int)
        self.gen_ctl = [g.get('control', 'power') for g in self.gens]
        self.gen_p = np.array([g.get('p_mw', 0.0) for g in self.gens]) / self.base
        self.gen_q = np.array([g.get('q_mvar', 0.0) for g in self.gens]) / self.base
        self.gen_e = np.array([g.get('carbon_intensity_t_per_mwh', 0.0) for g in self.gens])
        slack_gens = [k for k, c in enumerate(self.gen_ctl) if c == 'slack']
        if len(slack_gens) != 1:
            fail(f'need exactly one slack generator, found {len(slack_gens)}')
        self.slack_gen = slack_gens[0]
        self.slack = self.gen_bus[self.slack_gen]
        self.vm0 = np.ones(n); self.va0 = np.zeros(n)  # noqa: E702
        self.btype = np.zeros(n, dtype=int)  # 0 PQ, 1 PV, 2 slack
        sg = self.gens[self.slack_gen]
        self.vm0[self.slack] = sg.get('vm_pu', 1.0)
        self.va0[self.slack] = math.radians(sg.get('va_deg', 0.0))
        self.btype[self.slack] = 2
        for k, g in enumerate(self.gens):
            i = self.gen_bus[k]
            if self.gen_ctl[k] == 'voltage' and self.btype[i] != 2:
                if self.btype[i] == 1 and abs(self.vm0[i] - g.get('vm_pu', 1.0)) > 1e-12:
                    fail(f"bus {self.bus_ids[i]}: conflicting voltage set-points")
                self.btype[i] = 1
                self.vm0[i] = g.get('vm_pu', 1.0)
            elif self.gen_ctl[k] not in ('slack', 'voltage', 'power'):
                fail(f"generator {g['id']}: unknown control '{self.gen_ctl[k]}'")
        self.check_island()

    def check_island(self):
        adj = [[] for _ in range(self.n)]
        for f, t in zip(self.br_f, self.br_t):
            adj[f].append(t); adj[t].append(f)  # noqa: E702
        seen, stack = {self.slack}, [self.slack]
        while stack:
            for j in adj[stack.pop()]:
                if j not in seen:
                    seen.add(j); stack.append(j)  # noqa: E702
        if len(seen) != self.n:
            lost = [self.bus_ids[i] for i in range(self.n) if i not in seen]
            fail(f'more than one island; not connected to the slack: {", ".join(lost)}')

    def injections_fixed(self):
        """Scheduled P, Q injections (p.u.) of every bus, the slack's generator left out."""
        p = -self.pd.copy(); q = -self.qd.copy()  # noqa: E702
        for k in range(len(self.gens)):
            if k != self.slack_gen:
                p[self.gen_bus[k]] += self.gen_p[k]
                if self.btype[self.gen_bus[k]] == 0:
                    q[self.gen_bus[k]] += self.gen_q[k]
        return p, q


# ------------------------------------------------------------------------------ power flows
def dc_power_flow(net):
    """MATPOWER makeBdc/rundcpf. Returns (p_from, p_to, gen_p) in MW."""
    n = net.n
    b = 1.0 / (net.x * net.tap)
    B = np.zeros((n, n))
    for k, (f, t) in enumerate(zip(net.br_f, net.br_t)):
        B[f, f] += b[k]; B[t, t] += b[k]; B[f, t] -= b[k]; B[t, f] -= b[k]  # noqa: E702
    pfinj = -b * net.shift
    pbusinj = np.zeros(n)
    np.add.at(pbusinj, net.br_f, pfinj)
    np.add.at(pbusinj, net.br_t, -pfinj)
    p, _ = net.injections_fixed()
    p = p - net.gs
    rhs = p - pbusinj
    th = np.full(n, net.va0[net.slack])
    keep = [i for i in range(n) if i != net.slack]
    rhs_k = rhs[keep] - B[np.ix_(keep, [net.slack])].ravel() * th[net.slack]
    th[keep] = np.linalg.solve(B[np.ix_(keep, keep)], rhs_k)
    pf = b * (th[net.br_f] - th[net.br_t]) + pfinj
    inj = B @ th + pbusinj  # net injection at every bus
    gen_p = net.gen_p.copy()
    gen_p[net.slack_gen] = inj[net.slack] - p[net.slack]
    return pf * net.base, -pf * net.base, gen_p * net.base


def ybus(net):
    n = net.n
    ys = 1.0 / (net.r + 1j * net.x)
    t = net.tap * np.exp(1j * net.shift)
    ytt = ys + 0.5j * net.bc
    yff = ytt / (t * np.conj(t))
    yft = -ys / np.conj(t)
    ytf = -ys / t
    Y = np.zeros((n, n), dtype=complex)
    for k, (f, to) in enumerate(zip(net.br_f, net.br_t)):
        Y[f, f] += yff[k]; Y[to, to] += ytt[k]; Y[f, to] += yft[k]; Y[to, f] += ytf[k]  # noqa: E702
    Y[np.diag_indices(n)] += net.gs + 1j * net.bs
    return Y, (yff, yft, ytf, ytt)


def ac_power_flow(net, tol=1e-10, max_iter=30):
    """Newton-Raphson, polar. Returns (p_from, p_to, gen_p, V, iterations) in MW."""
    Y, (yff, yft, ytf, ytt) = ybus(net)
    p_sch, q_sch = net.injections_fixed()
    pv = np.where(net.btype == 1)[0]
    pq = np.where(net.btype == 0)[0]
    pvpq = np.r_[pv, pq]
    vm, va = net.vm0.copy(), net.va0.copy()
    V = vm * np.exp(1j * va)

    def mismatch(V):
        S = V * np.conj(Y @ V)
        return np.r_[S.real[pvpq] - p_sch[pvpq], S.imag[pq] - q_sch[pq]]

    F = mismatch(V)
    it = 0
    while np.max(np.abs(F), initial=0.0) >= tol:
        if it >= max_iter:
            fail(f'AC power flow did not converge in {max_iter} iterations '
                 f'(mismatch {np.max(np.abs(F)):.3e} p.u.)')
        I = Y @ V
        dS_dVm = np.diag(V) @ np.conj(Y @ np.diag(V / np.abs(V))) + np.diag(np.conj(I) * V / np.abs(V))
        dS_dVa = 1j * np.diag(V) @ np.conj(np.diag(I) - Y @ np.diag(V))
        J = np.block([[dS_dVa.real[np.ix_(pvpq, pvpq)], dS_dVm.real[np.ix_(pvpq, pq)]],
                      [dS_dVa.imag[np.ix_(pq, pvpq)], dS_dVm.imag[np.ix_(pq, pq)]]])
        dx = -np.linalg.solve(J, F)
        va[pvpq] += dx[:len(pvpq)]
        vm[pq] += dx[len(pvpq):]
        V = vm * np.exp(1j * va)
        F = mismatch(V)
        it += 1
    Vf, Vt = V[net.br_f], V[net.br_t]
    sf = Vf * np.conj(yff * Vf + yft * Vt)
    st = Vt * np.conj(ytf * Vf + ytt * Vt)
    S = V * np.conj(Y @ V)
    gen_p = net.gen_p.copy()
    gen_p[net.slack_gen] = S.real[net.slack] - p_sch[net.slack]
    return sf.real * net.base, st.real * net.base, gen_p * net.base, V, it


# ------------------------------------------------------------------------------------- CEF
def branch_directions(net, pf, pt):
    """Sending end, P at the sending end, P at the receiving end (MW, both >= 0)."""
    m = len(net.br)
    send = np.zeros(m, dtype=int); recv = np.zeros(m, dtype=int)  # noqa: E702
    ps = np.zeros(m); pr = np.zeros(m)  # noqa: E702
    for k in range(m):
        if max(pf[k], pt[k]) > 0.0 and min(pf[k], pt[k]) >= 0.0 and max(pf[k], pt[k]) <= NOISE_MW:
            pf[k] = pt[k] = 0.0  # rounding on a lossless branch that carries nothing
        if pf[k] >= 0.0 and pt[k] <= 0.0:
            send[k], recv[k], ps[k], pr[k] = net.br_f[k], net.br_t[k], pf[k], -pt[k]
        elif pt[k] >= 0.0 and pf[k] <= 0.0:
            send[k], recv[k], ps[k], pr[k] = net.br_t[k], net.br_f[k], pt[k], -pf[k]
        else:
            fail(f"branch {net.br[k]['id']}: power enters at both ends ({pf[k]:.6g}, "
                 f"{pt[k]:.6g} MW); proportional sharing is undefined")
    return send, recv, ps, pr


def cef(net, method, pf, pt, gen_p, V=None):
    n = net.n
    send, recv, ps, pr = branch_directions(net, pf, pt)
    loss = ps - pr
    # generation: P_G^T (per bus) and diag(P_G) E_G (per bus); P < 0 is a load
    pg_bus = np.zeros(n); ge_bus = np.zeros(n); neg_gen = np.zeros(n)  # noqa: E702
    for k in range(len(net.gens)):
        i = net.gen_bus[k]
        if gen_p[k] >= 0.0:
            pg_bus[i] += gen_p[k]
            ge_bus[i] += gen_p[k] * net.gen_e[k]
        else:
            neg_gen[i] -= gen_p[k]
    # gross nodal through-flow: inflow measured at the node + generation at the node
    inflow = np.zeros(n)
    np.add.at(inflow, recv, pr)
    P = inflow + pg_bus
    outflow = np.zeros(n)
    np.add.at(outflow, send, ps)
    vm2 = np.ones(n) if method == 'dc' else np.abs(V) ** 2
    shunt = net.gs * net.base * vm2
    balance = P - (outflow + net.load_mw + neg_gen + shunt)
    if np.max(np.abs(balance)) > 1e-6 * max(1.0, np.max(P)):
        worst = int(np.argmax(np.abs(balance)))
        fail(f'nodal balance broken at bus {net.bus_ids[worst]}: {balance[worst]:.3e} MW')
    live = P > DEAD_MW
    if method == 'dc':
        # eq (3)-(4): P_B[i,j] = flow i->j; P_N = diag(column sums of [P_B; P_G])
        PB = np.zeros((n, n))
        np.add.at(PB, (send, recv), ps)
        PN = np.diag(PB.sum(axis=0) + pg_bus)
        M = PN - PB.T
        M[~live, :] = 0.0
        M[~live, ~live] = 1.0
        E = np.linalg.solve(M, np.where(live, ge_bus, 0.0))
        C = E * P
    else:
        # eq (5): (Au)_ji = -|P_ji| / P_i, i upstream of j
        Au = np.eye(n)
        for k in range(len(net.br)):
            i, j = send[k], recv[k]
            if live[i] and pr[k] > 0.0:
                Au[j, i] -= pr[k] / P[i]
        C = np.linalg.solve(Au, ge_bus)  # e_i^T Au^-1 diag(P_G) E_G: carbon through node i
        E = np.where(live, C / np.where(live, P, 1.0), 0.0)
    # eq (6), (7): at the sending end; eq (8): nodal intensity from what arrives
    R = np.array([ps[k] / P[send[k]] * C[send[k]] if live[send[k]] else 0.0
                  for k in range(len(net.br))])
    Rloss = np.array([loss[k] / P[send[k]] * C[send[k]] if live[send[k]] else 0.0
                      for k in range(len(net.br))])
    arriving = np.zeros(n)
    np.add.at(arriving, recv, R - Rloss)
    EN = np.where(live, (arriving + ge_bus) / np.where(live, P, 1.0), 0.0)
    if np.max(np.abs(EN - E)) > 1e-10 * max(1.0, np.max(np.abs(E))):
        fail(f'eq (8) disagrees with eq ({3 if method == "dc" else 5}): '
             f'{np.max(np.abs(EN - E)):.3e} t/MWh')
    load_em = EN * (net.load_mw + neg_gen)
    shunt_em = EN * shunt
    res = {
        'method': method,
        'buses': [{'id': net.bus_ids[i],
                   'carbon_intensity_t_per_mwh': float(EN[i]) if live[i] else None,
                   'through_flow_mw': float(P[i]), 'load_mw': float(net.load_mw[i]),
                   'load_emission_t_per_h': float(load_em[i])} for i in range(n)],
        'branches': [{'id': b['id'], 'from': b['from'], 'to': b['to'],
                      'sending_bus': net.bus_ids[send[k]],
                      'p_sending_mw': float(ps[k]), 'p_receiving_mw': float(pr[k]),
                      'carbon_intensity_t_per_mwh': float(EN[send[k]]) if live[send[k]] else None,
                      'carbon_flow_t_per_h': float(R[k]),
                      'carbon_flow_receiving_t_per_h': float(R[k] - Rloss[k]),
                      'loss_emission_t_per_h': float(Rloss[k])}
                     for k, b in enumerate(net.br)],
        'total_generation_emission_t_per_h': float(np.sum(ge_bus)),
        'total_load_emission_t_per_h': float(np.sum(load_em)),
        'total_loss_emission_t_per_h': float(np.sum(Rloss) + np.sum(shunt_em)),  # Gs is a loss
        'total_shunt_emission_t_per_h': float(np.sum(shunt_em)),
        'generators': [{'id': g['id'], 'p_mw': float(gen_p[k])} for k, g in enumerate(net.gens)],
    }
    gen_t = res['total_generation_emission_t_per_h']
    out_t = res['total_load_emission_t_per_h'] + res['total_loss_emission_t_per_h']
    res['conservation_rel'] = abs(gen_t - out_t) / max(abs(gen_t), 1e-300)
    return res


def solve(case, method, tol):
    net = Net(case)
    if method == 'dc':
        pf, pt, gen_p = dc_power_flow(net)
        return net, cef(net, method, pf, pt, gen_p)
    pf, pt, gen_p, V, it = ac_power_flow(net, tol)
    res = cef(net, method, pf, pt, gen_p, V)
    res['pf'] = {'iterations': it,
                 'buses': [{'id': b, 'vm_pu': float(abs(V[i])), 'va_deg': float(np.degrees(np.angle(V[i])))}
                           for i, b in enumerate(net.bus_ids)],
                 'branches': [{'id': br['id'], 'p_from_mw': float(pf[k]), 'p_to_mw': float(pt[k])}
                              for k, br in enumerate(net.br)]}
    return net, res


# --------------------------------------------------------------------------------- compare
class Comparison:
    def __init__(self, rtol):
        self.rtol, self.bad, self.worst = rtol, [], (0.0, '')
        self.count = 0

    def close(self, what, ours, theirs, scale):
        """Relative difference, against max(|ours|, |theirs|, 1e-6 * category scale)."""
        self.count += 1
        if ours is None or theirs is None:
            if ours is not None or theirs is not None:
                self.bad.append(f'{what}: ours {ours}, CLI {theirs}')
            return
        if not isinstance(theirs, (int, float)) or isinstance(theirs, bool):
            self.bad.append(f'{what}: CLI gives {theirs!r}')
            return
        d = abs(ours - theirs) / max(abs(ours), abs(theirs), 1e-6 * scale, 1e-300)
        if d > self.worst[0]:
            self.worst = (d, f'{what}: ours {ours:.12g}, CLI {theirs:.12g}')
        if d > self.rtol:
            self.bad.append(f'{what}: ours {ours:.12g}, CLI {theirs:.12g} (rel {d:.3e})')


def compare(ours, theirs, rtol):
    cmp_ = Comparison(rtol)
    for key in ('buses', 'branches'):
        if key not in theirs:
            cmp_.bad.append(f"CLI JSON has no '{key}'")
            return cmp_
    ib = {b['id']: b for b in theirs['buses']}
    ir = {b['id']: b for b in theirs['branches']}
    e_scale = max([abs(b['carbon_intensity_t_per_mwh'] or 0.0) for b in ours['buses']] + [1e-12])
    l_scale = max([abs(b['load_emission_t_per_h']) for b in ours['buses']] + [1e-12])
    r_scale = max([abs(b['carbon_flow_t_per_h']) for b in ours['branches']] + [1e-12])
    p_scale = max([abs(b['p_sending_mw']) for b in ours['branches']] + [1e-12])
    notes = []
    for b in ours['buses']:
        t = ib.get(b['id'])
        if t is None:
            cmp_.bad.append(f"bus {b['id']}: missing from the CLI JSON")
            continue
        if b['carbon_intensity_t_per_mwh'] is None and t.get('carbon_intensity_t_per_mwh') is not None:
            # a dead bus: no energy, no emission; the CLI may state a convention value there
            notes.append(f"bus {b['id']} has no through-flow: ours null, CLI "
                         f"{t.get('carbon_intensity_t_per_mwh')} ({t.get('intensity_source')})")
        else:
            cmp_.close(f"bus {b['id']} carbon_intensity_t_per_mwh", b['carbon_intensity_t_per_mwh'],
                       t.get('carbon_intensity_t_per_mwh'), e_scale)
        cmp_.close(f"bus {b['id']} load_emission_t_per_h", b['load_emission_t_per_h'],
                   t.get('load_emission_t_per_h'), l_scale)
    for b in ours['branches']:
        t = ir.get(b['id'])
        if t is None:
            cmp_.bad.append(f"branch {b['id']}: missing from the CLI JSON")
            continue
        if b['p_sending_mw'] > 1e-6 * p_scale:
            if t.get('sending_bus') not in (None, b['sending_bus']):
                cmp_.bad.append(f"branch {b['id']}: sending bus ours {b['sending_bus']}, "
                                f"CLI {t.get('sending_bus')}")
            cmp_.close(f"branch {b['id']} carbon_intensity_t_per_mwh", b['carbon_intensity_t_per_mwh'],
                       t.get('carbon_intensity_t_per_mwh'), e_scale)
        for key, scale in (('carbon_flow_t_per_h', r_scale),
                           ('carbon_flow_receiving_t_per_h', r_scale),
                           ('loss_emission_t_per_h', r_scale)):
            cmp_.close(f"branch {b['id']} {key}", b[key], t.get(key), scale)
        cmp_.close(f"branch {b['id']} p_sending_mw", b['p_sending_mw'], t.get('p_sending_mw'), p_scale)
    g_scale = ours['total_generation_emission_t_per_h']
    for key in ('total_generation_emission_t_per_h', 'total_load_emission_t_per_h',
                'total_loss_emission_t_per_h'):
        cmp_.close(key, ours[key], theirs.get(key), g_scale)
    # the through-flow is a definition, not a result: report a difference, do not fail on it
    for b in ours['buses']:
        t = ib.get(b['id'], {}).get('through_flow_mw')
        if isinstance(t, (int, float)) and abs(t - b['through_flow_mw']) > 1e-6 * max(1.0, abs(t)):
            notes.append(f"bus {b['id']} through_flow_mw: ours {b['through_flow_mw']:.9g}, CLI {t:.9g}")
    return cmp_, notes


# ------------------------------------------------------------------------------------ main
def print_table(case_name, results):
    methods = [r['method'] for r in results]
    print(f'{case_name}: nodal carbon intensity, t/MWh')
    print(f"{'bus':<16}" + ''.join(f'{m.upper():>12}' for m in methods))
    for rows in zip(*(r['buses'] for r in results)):
        cells = ''.join(f"{'dead':>12}" if b['carbon_intensity_t_per_mwh'] is None
                        else f"{b['carbon_intensity_t_per_mwh']:>12.6g}" for b in rows)
        print(f"{rows[0]['id']:<16}{cells}")
    for key, label in (('total_generation_emission_t_per_h', 'generation t/h'),
                       ('total_load_emission_t_per_h', 'load t/h'),
                       ('total_loss_emission_t_per_h', 'loss t/h')):
        print(f'{label:<16}' + ''.join(f'{r[key]:>12.6g}' for r in results))
    print('generators, MW: ' + '; '.join(
        f"{r['method']}: " + ', '.join(f"{g['id']}={g['p_mw']:.6g}" for g in r['generators'])
        for r in results))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('case')
    ap.add_argument('--set', default='', help='generator outputs, e.g. G2=40,G3=30 (MW)')
    ap.add_argument('--method', choices=['ac', 'dc'], default='ac')
    ap.add_argument('--tol', type=float, default=1e-10, help='AC power flow mismatch, p.u.')
    ap.add_argument('--write-case', metavar='OUT', help='write the modified case JSON')
    ap.add_argument('--json', metavar='OUT', help="write this script's result as JSON")
    ap.add_argument('--compare', metavar='CLI_JSON', help='compare with gridcarbon-cli cef --json')
    ap.add_argument('--cli', metavar='EXE', help='run EXE cef on the modified case and compare')
    ap.add_argument('--rtol', type=float, default=1e-6)
    ap.add_argument('--print', action='store_true', help='table of DC and AC nodal intensities')
    a = ap.parse_args()
    try:
        with open(a.case) as fh:
            case = apply_overrides(json.load(fh), a.set)
        if a.write_case:
            with open(a.write_case, 'w') as fh:
                json.dump(case, fh, indent=1)
        if a.print:
            both = [solve(case, m, a.tol)[1] for m in ('dc', 'ac')]
            print_table(case.get('name', a.case) + (f' ({a.set})' if a.set else ''), both)
        net, ours = solve(case, a.method, a.tol)
    except InputError as e:
        print(f'cef_numpy: {e}', file=sys.stderr)
        return 2
    ok = True
    print(f"{a.method}: generation {ours['total_generation_emission_t_per_h']:.9g} t/h, "
          f"load {ours['total_load_emission_t_per_h']:.9g}, loss {ours['total_loss_emission_t_per_h']:.9g}, "
          f"conservation rel {ours['conservation_rel']:.2e}")
    if ours['conservation_rel'] > 1e-9:
        print('FAIL: generation != load + loss in our own result')
        ok = False
    if a.json:
        with open(a.json, 'w') as fh:
            json.dump(ours, fh, indent=1)
    theirs_path = a.compare
    tmp = []
    if a.cli:
        fd, case_path = tempfile.mkstemp(suffix='.json'); os.close(fd)  # noqa: E702
        fd, theirs_path = tempfile.mkstemp(suffix='.json'); os.close(fd)  # noqa: E702
        tmp = [case_path, theirs_path]
        with open(case_path, 'w') as fh:
            json.dump(case, fh, indent=1)
        run = subprocess.run([a.cli, 'cef', case_path, '--method', a.method, '--json', theirs_path],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            print(f'FAIL: {a.cli} cef exited with {run.returncode}: {run.stderr.strip()}')
            for p in tmp:
                os.unlink(p)
            return 1
    try:
        if theirs_path:
            with open(theirs_path) as fh:
                theirs = json.load(fh)
            c, notes = compare(ours, theirs, a.rtol)
            for s in notes:
                print(f'note (definition, not checked): {s}')
            print(f'compared {c.count} values with the CLI; worst relative difference '
                  f'{c.worst[0]:.3e} ({c.worst[1] or "-"})')
            for s in c.bad:
                print(f'MISMATCH {s}')
            if c.bad:
                ok = False
    finally:
        for p in tmp:
            os.unlink(p)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
