#!/usr/bin/python3
"""Independent cross-check of the SOC-relaxed multi-period OPF of docs/opf.md with cvxopt.

    opf_cvxopt.py CASE [--day NAME] [--objective loss|cost|carbon|weighted]
                  [--weights cost=1,carbon=80,loss=500] [--json OUT] [--compare OURS --rtol 1e-6]

Continuous model only (no binaries, capacitors at steps_on). Variables in p.u. on base_mva,
storage energy in p.u.·h. Solved by cvxopt.solvers.conelp with a sparse KKT solver (UMFPACK on
the reduced 2x2 system; cvxopt's built-in KKT solvers are dense when there are cones) at the
tightest of abstol = reltol = feastol = 1e-10, 3e-10, 1e-9, ... that converges ("tolerance").
Uses the system interpreter (/usr/bin/python3) where Debian's python3-cvxopt lives.
"""
import argparse, json, sys, time
import numpy as np
from cvxopt import matrix, spmatrix, sparse, solvers, umfpack

DT = 1.0  # period length, h


class Model:
    """min c'x  s.t.  A x = b,  G_l x <= h_l,  h_k - G_k x in SOC_k."""
    def __init__(self):
        self.n, self.c, self.A, self.b, self.L, self.Q = 0, {}, [], [], [], []
        self.tie = {}  # minimised too, left out of the reported objective

    def var(self): self.n += 1; return self.n - 1  # noqa: E702

    def eq(self, terms, rhs): self.A.append(terms); self.b.append(rhs)
    def le(self, terms, rhs): self.L.append((terms, rhs))
    def cone(self, rows): self.Q.append(rows)  # rows: [(terms, h)], s_j = h_j - terms_j.x
    def cost(self, i, w, tie=False):
        d = self.tie if tie else self.c
        d[i] = d.get(i, 0.0) + w

    def bound(self, i, lo, hi):  # a fixed variable becomes an equality (no empty interior)
        if lo == hi:
            return self.eq([(i, 1.0)], lo)
        self.le([(i, -1.0)], -lo); self.le([(i, 1.0)], hi)

    def solve(self, tol):
        def spm(rows, m):
            ijv = [(r, j, v) for r, terms in enumerate(rows) for j, v in terms]
            V, I, J = ([e[k] for e in ijv] for k in (2, 0, 1))
            return spmatrix(V, I, J, (m, self.n))
        qrows = [r for rows in self.Q for r in rows]
        G = spm([t for t, _ in self.L] + [t for t, _ in qrows], len(self.L) + len(qrows))
        h = matrix([float(r) for _, r in self.L] + [float(r) for _, r in qrows])
        A, b = spm(self.A, len(self.A)), matrix([float(v) for v in self.b])
        c = matrix([self.c.get(i, 0.0) + self.tie.get(i, 0.0) for i in range(self.n)])
        dims = {'l': len(self.L), 'q': [len(rows) for rows in self.Q], 's': []}
        ml, p, n = dims['l'], len(self.A), self.n

        def kkt(W):  # reduced system [G'W^-1W^-T G, A'; A, 0], factorised by UMFPACK
            I, J, V, off = list(range(ml)), list(range(ml)), list(W['di']), ml
            for beta, v in zip(W['beta'], W['v']):  # W_k^-1 = (2 Jv (Jv)' - J) / beta
                k, jv = len(v), np.array(v).ravel() * np.r_[1.0, -np.ones(len(v) - 1)]
                blk = (2.0 * np.outer(jv, jv) - np.diag(np.r_[1.0, -np.ones(k - 1)])) / beta
                ii, jj = np.meshgrid(range(off, off + k), range(off, off + k), indexing='ij')
                I += ii.ravel().tolist(); J += jj.ravel().tolist(); V += blk.ravel().tolist()
                off += k
            Wi = spmatrix(V, I, J, (off, off))
            Gs = Wi * G
            K = sparse([[Gs.T * Gs, A], [A.T, spmatrix([], [], [], (p, p))]])
            F = umfpack.numeric(K, umfpack.symbolic(K))

            def f(x, y, z):
                wz = Wi * z
                r = matrix([x + Gs.T * wz, y])
                umfpack.solve(K, F, r)
                x[:], y[:] = r[:n], r[n:]
                z[:] = Gs * x - wz
            return f

        solvers.options.update(show_progress=False, maxiters=200, abstol=tol, reltol=tol,
                               feastol=tol, refinement=1)
        t0 = time.perf_counter()
        sol = solvers.conelp(c, G, h, dims, A, b, kktsolver=kkt)
        return sol, time.perf_counter() - t0


def build(case, day, objective, weights):
    Sb = float(case.get('base_mva', 100.0))
    prof = {p['id']: {d['name']: d['values'] for d in p['days']} for p in case.get('profiles', [])}
    lens = {1} if day is None else {len(d[day]) for d in prof.values() if day in d}
    if len(lens) != 1:
        sys.exit(f"day '{day}': profile lengths {sorted(lens)}")
    T = lens.pop()

    def series(pid, default):  # profile values of the day, or `default` each period
        if day is None or not pid:
            return [default] * T
        if pid not in prof or day not in prof[pid]:
            sys.exit(f"profile '{pid}' has no day '{day}'")
        return prof[pid][day]

    live = lambda d: d.get('in_service', True) and not d.get('candidate', False)
    bus = {b['id']: b for b in case['buses']}
    buses = list(bus)
    brs = [k for k in case['branches'] if k.get('in_service', True)]
    gens = [g for g in case.get('generators', []) if live(g)]
    stos = [s for s in case.get('storages', []) if live(s)]
    caps = [c for c in case.get('capacitors', []) if c.get('in_service', True)]
    slack = {g['bus']: g.get('vm_pu', 1.0) for g in gens if g.get('control') == 'slack'}
    eco = case.get('economics', {})
    wgt = {'cost': 0.0, 'carbon': 0.0, 'loss': 0.0}
    if objective == 'weighted':
        wgt = {'cost': 1.0, 'carbon': eco.get('carbon_price_per_t', 0.0),
               'loss': eco.get('loss_price_per_mwh', 0.0), **weights}
    else:
        wgt[objective] = 1.0
    buy = series(eco.get('purchase_price_profile'), None)
    sell = series(eco.get('sale_price_profile'), 0.0)
    m, out = Model(), []
    for t in range(T):
        v = {n: m.var() for n in buses}
        P = {k['id']: m.var() for k in brs}; Q = {k['id']: m.var() for k in brs}
        L = {k['id']: m.var() for k in brs}
        pb = {n: [] for n in buses}; qb = {n: [] for n in buses}   # terms of the balance rows
        pd = {n: 0.0 for n in buses}; qd = {n: 0.0 for n in buses}  # loads (rhs)
        for n, bb in bus.items():
            lo, hi = bb.get('vmin_pu', 0.9), bb.get('vmax_pu', 1.1)
            lo, hi = (slack[n], slack[n]) if n in slack else (lo, hi)  # slack: v = vm_pu^2 instead
            m.bound(v[n], lo ** 2, hi ** 2)
            pb[n].append((v[n], -bb.get('gs_mw', 0.0) / Sb))
            qb[n].append((v[n], bb.get('bs_mvar', 0.0) / Sb))
        for c in caps:
            qb[c['bus']].append((v[c['bus']], c['q_step_mvar'] * c.get('steps_on', 0) / Sb))
        for ld in case.get('loads', []):
            a = series(ld.get('profile'), 1.0)[t]
            pd[ld['bus']] += ld['p_mw'] * a / Sb; qd[ld['bus']] += ld.get('q_mvar', 0.0) * a / Sb
        for k in brs:
            i, j, kid = k['from'], k['to'], k['id']
            r, x, bc, tau2 = k['r_pu'], k['x_pu'], k.get('b_pu', 0.0), k.get('tap', 1.0) ** 2
            m.eq([(v[j], 1.0), (v[i], -1.0 / tau2), (P[kid], 2 * r), (Q[kid], 2 * x),
                  (L[kid], -(r * r + x * x))], 0.0)
            m.cone([([(v[i], -1.0 / tau2), (L[kid], -1.0)], 0.0), ([(P[kid], -2.0)], 0.0),
                    ([(Q[kid], -2.0)], 0.0), ([(v[i], -1.0 / tau2), (L[kid], 1.0)], 0.0)])
            if k.get('rate_mva', 0.0) > 0:
                m.cone([([], k['rate_mva'] / Sb), ([(P[kid], -1.0)], 0.0), ([(Q[kid], -1.0)], 0.0)])
            pb[i].append((P[kid], -1.0)); pb[j] += [(P[kid], 1.0), (L[kid], -r)]
            qb[i] += [(Q[kid], -1.0), (v[i], bc / 2 / tau2)]
            qb[j] += [(Q[kid], 1.0), (L[kid], -x), (v[j], bc / 2)]
            m.cost(L[kid], wgt['loss'] * r * Sb * DT)
            if objective != 'loss':  # + 1e-6 x losses (MWh) picks the physical optimum
                m.cost(L[kid], 1e-6 * r * Sb * DT, tie=True)
        devs = []
        for g in gens:
            n, kind = g['bus'], g.get('kind', 'thermal')
            q = m.var()
            m.bound(q, g.get('q_min_mvar', 0.0) / Sb, g.get('q_max_mvar', 0.0) / Sb)
            qb[n].append((q, 1.0))
            rho, c1, c2 = (g.get(key, 0.0) for key in
                           ('carbon_intensity_t_per_mwh', 'cost_per_mwh', 'cost_per_mw2h'))
            if kind == 'grid':
                pi, pe = m.var(), m.var()
                m.bound(pi, 0.0, max(g.get('p_max_mw', 0.0), 0.0) / Sb)
                m.bound(pe, 0.0, max(-g.get('p_min_mw', 0.0), 0.0) / Sb)
                pb[n] += [(pi, 1.0), (pe, -1.0)]
                price = c1 if buy[t] is None else buy[t]  # no --day: the unit's cost_per_mwh
                m.cost(pi, (wgt['cost'] * price + wgt['carbon'] * rho) * Sb * DT)
                m.cost(pe, -wgt['cost'] * min(sell[t], price) * Sb * DT)  # export credit <= buy
                devs.append((g['id'], [(pi, 1.0), (pe, -1.0)], q, None))
                continue
            p = m.var()
            lo, hi = g.get('p_min_mw', 0.0), g.get('p_max_mw', 0.0)
            if kind in ('wt', 'pv'):
                lo, hi = 0.0, hi * series(g.get('profile'), 1.0)[t]
            m.bound(p, lo / Sb, hi / Sb)
            pb[n].append((p, 1.0))
            m.cost(p, (wgt['cost'] * c1 + wgt['carbon'] * rho) * Sb * DT)
            if c2 > 0 and wgt['cost'] != 0:  # z >= p^2: ||(2p, z-1)|| <= z+1
                z = m.var()
                m.cone([([(z, -1.0)], 1.0), ([(p, -2.0)], 0.0), ([(z, -1.0)], -1.0)])
                m.cost(z, wgt['cost'] * c2 * Sb * Sb * DT)
            ramp = g.get('ramp_mw_per_h', 0.0)
            if kind in ('mt', 'thermal') and ramp > 0 and t > 0:
                prev = out[t - 1][g['id']][1][0][0]
                m.le([(p, 1.0), (prev, -1.0)], ramp * DT / Sb)
                m.le([(p, -1.0), (prev, 1.0)], ramp * DT / Sb)
            devs.append((g['id'], [(p, 1.0)], q, None))
        for s in stos:
            n, E = s['bus'], s.get('energy_mwh', 0.0) / Sb
            ch, dis, e = m.var(), m.var(), m.var()
            pmax = s.get('p_max_mw', 0.0) / Sb
            m.bound(ch, 0.0, pmax); m.bound(dis, 0.0, pmax)
            smin, smax, s0 = s.get('soc_min', 0.1), s.get('soc_max', 0.9), s.get('soc_initial', 0.5)
            ec, ed = s.get('eta_charge', 0.95), s.get('eta_discharge', 0.95)
            lo = max(smin, s0) if (T > 1 and t == T - 1) else smin
            m.bound(e, lo * E, smax * E)
            terms = [(e, 1.0), (ch, -ec * DT), (dis, DT / ed)]  # e_t - e_{t-1} = (ec c - d/ed) DT
            prev = [(out[t - 1][s['id']][3], -1.0)] if t else []  # e_{-1} = soc_initial E
            m.eq(terms + prev, 0.0 if t else s0 * E)
            pb[n] += [(dis, 1.0), (ch, -1.0)]
            devs.append((s['id'], [(dis, 1.0), (ch, -1.0)], None, e))
        for n in buses:
            for terms, rhs in ((pb[n], pd[n]), (qb[n], qd[n])):
                if terms or rhs:
                    m.eq(terms, rhs)
        cones = [(v[k['from']], k.get('tap', 1.0) ** 2, P[k['id']], Q[k['id']], L[k['id']])
                 for k in brs]
        out.append({'v': v, **{d[0]: d for d in devs}, '_order': [d[0] for d in devs],
                    '_cones': cones})
    return m, out, Sb, buses


def report(sol, out, Sb, buses):
    x = np.array(sol['x']).ravel()
    lin = lambda terms: sum(x[i] * w for i, w in terms)
    periods, gap = [], 0.0
    for per in out:
        for vi, tau2, p, q, l in per['_cones']:
            gap = max(gap, x[vi] / tau2 * x[l] - x[p] ** 2 - x[q] ** 2)
        devs = []
        for did in per['_order']:
            _, pt, q, e = per[did]
            d = {'id': did, 'p_mw': lin(pt) * Sb, 'q_mvar': (x[q] * Sb if q is not None else 0.0)}
            if e is not None:
                d['energy_mwh'] = x[e] * Sb
            devs.append(d)
        periods.append({'buses': [{'id': n, 'vm_pu': float(np.sqrt(max(x[per['v'][n]], 0.0)))}
                                  for n in buses], 'devices': devs})
    return periods, gap


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('case'); ap.add_argument('--day')
    ap.add_argument('--objective', default='loss', choices=['loss', 'cost', 'carbon', 'weighted'])
    ap.add_argument('--weights', default='', help='e.g. cost=1,carbon=80,loss=500 (weighted)')
    ap.add_argument('--json'); ap.add_argument('--compare')
    ap.add_argument('--rtol', type=float, default=1e-6)
    a = ap.parse_args()
    weights = {k: float(v) for k, v in (kv.split('=') for kv in a.weights.split(',') if kv)}
    with open(a.case) as f:
        case = json.load(f)
    t0 = time.perf_counter()
    m, out, Sb, buses = build(case, a.day, a.objective, weights)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for tol in (1e-10, 3e-10, 1e-9, 3e-9, 1e-8, 1e-7):  # the tightest that converges
        try:
            sol, secs = m.solve(tol)
        except (ValueError, ArithmeticError) as e:  # cvxopt can leave the cone near the end
            sol, secs = {'status': f'failed: {e}', 'primal objective': None, 'iterations': 0}, 0.0
        if sol['status'] == 'optimal':
            break
    periods, gap = report(sol, out, Sb, buses) if sol['status'] == 'optimal' else ([], None)
    obj = sum(w * sol['x'][i] for i, w in m.c.items()) if sol['status'] == 'optimal' else None
    res = {'status': sol['status'], 'objective': obj, 'tolerance': tol, 'seconds': secs,
           'seconds_all_attempts': time.perf_counter() - t0, 'build_seconds': build_s,
           'iterations': sol['iterations'], 'variables': m.n, 'equalities': len(m.A),
           'relaxation_gap_max': gap, 'periods': periods}
    text = json.dumps(res, indent=1)
    if a.json:
        with open(a.json, 'w') as f:
            f.write(text + '\n')
    elif not a.compare:
        print(text)
    if a.compare:
        with open(a.compare) as f:
            ours = json.load(f)
        oc, oo = res['objective'], ours.get('objective')
        diff = float('inf') if None in (oo, oc) else abs(oo - oc) / (abs(oc) if oc != 0 else 1.0)
        ok = diff <= a.rtol and res['status'] == 'optimal'
        # Our proven bounds must hold cvxopt's optimum, up to cvxopt's own accuracy (its reltol,
        # and no better than 1e-9 relative: its point meets the rows to feastol only), and the
        # gap they claim must be within rtol.
        lo, up, gap = ours.get('lower_bound'), ours.get('upper_bound'), ours.get('gap')
        slack = max(tol, 1e-9) * abs(oc)
        bracketed = None not in (lo, up, gap, oc) and gap <= a.rtol and \
            lo - slack <= oc <= up + slack
        ok = ok and bracketed
        print(f"{'OK' if ok else 'MISMATCH'}: ours {oo!r} ({ours.get('status')}), cvxopt {oc!r} "
              f"({res['status']}, tol {tol:g}), rel diff {diff:.3e} (rtol {a.rtol:g}); "
              f"bounds [{lo!r}, {up!r}] gap {gap!r}: {'holds' if bracketed else 'does not hold'} "
              f"cvxopt's optimum")
        sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
