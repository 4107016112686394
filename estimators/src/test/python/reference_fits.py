"""Reference maximum-likelihood fits for the iterative estimators (Gamma, Beta, Weibull, Gumbel,
Logistic, Cauchy, StudentT).

For every (family, parameter setting, n) this script
  1. draws a seeded sample with numpy (PCG64, seed fixed per sample) and writes it, one value per
     line in round-trip repr, to ../resources/reference/fits/<id>.txt;
  2. fits it with scipy.stats (the calls the issue names):
       gamma.fit(x, floc=0)            -> shape a, rate 1/scale
       beta.fit(x, floc=0, fscale=1)   -> alpha, beta
       weibull_min.fit(x, floc=0)      -> shape c, scale
       gumbel_r.fit(x), logistic.fit(x), cauchy.fit(x) -> location, scale
       t.fit(x)                        -> dof, location, scale
  3. evaluates the log-likelihood of scipy's parameters in mpmath at 40 digits, from the exact
     double sample values and the exact double parameters scipy returned (textbook log densities,
     no code shared with Kullback);
  4. solves the likelihood equations in mpmath at 40 digits (independent of Kullback's solvers:
     mpmath.findroot on the analytic score, started from scipy's fit and from other points) and
     records that maximum-likelihood point and its log-likelihood.

Output: ../resources/reference/fits.tsv with one row per sample:
  id, family, n, truth, scipy parameters, scipy log-likelihood, mpmath MLE, mpmath log-likelihood.
Parameters are written in Kullback's parameterisation and order (Gamma(shape, rate),
Beta(alpha, beta), Weibull(shape, scale), Gumbel/Logistic/Cauchy(location, scale),
StudentT(dof, location, scale)), comma-separated. An MLE of "none" means the likelihood has no
maximum in the family's interior (the Student t dof runs off to infinity); the reason is in the
last column.

Run from this directory: python3 reference_fits.py   (scipy 1.17, mpmath 1.3, numpy 2; ~2 min)
"""

import os
import warnings

import mpmath as mp
import numpy as np
from scipy import stats

mp.mp.dps = 40
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "reference")
SAMPLES = os.path.join(OUT, "fits")

SIZES = (50, 500, 5000)

# (id stem, family, truth in Kullback's parameterisation)
SETTINGS = [
    ("gamma-2.5-1.5", "Gamma", (2.5, 1.5)),
    ("gamma-0.05-1", "Gamma", (0.05, 1.0)),
    ("gamma-500-2", "Gamma", (500.0, 2.0)),
    ("beta-2-5", "Beta", (2.0, 5.0)),
    ("beta-0.1-0.5", "Beta", (0.1, 0.5)),
    ("beta-5-0.2", "Beta", (5.0, 0.2)),
    ("weibull-1.7-3", "Weibull", (1.7, 3.0)),
    ("weibull-0.3-1", "Weibull", (0.3, 1.0)),
    ("weibull-20-5", "Weibull", (20.0, 5.0)),
    ("gumbel-1-2", "Gumbel", (1.0, 2.0)),
    ("gumbel-1000-0.01", "Gumbel", (1000.0, 0.01)),
    ("logistic-0-1", "Logistic", (0.0, 1.0)),
    ("logistic-50-3", "Logistic", (50.0, 3.0)),
    ("cauchy-0-1", "Cauchy", (0.0, 1.0)),
    ("cauchy-5-0.1-outliers", "Cauchy", (5.0, 0.1)),
    ("studentt-1.5-0-1", "StudentT", (1.5, 0.0, 1.0)),
    ("studentt-5--1-0.5", "StudentT", (5.0, -1.0, 0.5)),
    ("studentt-30-2-3", "StudentT", (30.0, 2.0, 3.0)),
]


def draw(family, truth, n, rng):
    if family == "Gamma":
        return rng.gamma(truth[0], 1 / truth[1], n)
    if family == "Beta":
        # Beta(5, 0.2) puts about 1e-3 of its mass within 1e-16 of 1, where a double rounds to
        # 1.0, outside the open support; such draws (and exact zeros) are redrawn.
        x = rng.beta(truth[0], truth[1], n)
        bad = (x <= 0) | (x >= 1)
        while bad.any():
            x[bad] = rng.beta(truth[0], truth[1], bad.sum())
            bad = (x <= 0) | (x >= 1)
        return x
    if family == "Weibull":
        return truth[1] * rng.weibull(truth[0], n)
    if family == "Gumbel":
        return rng.gumbel(truth[0], truth[1], n)
    if family == "Logistic":
        return rng.logistic(truth[0], truth[1], n)
    if family == "Cauchy":
        x = truth[0] + truth[1] * rng.standard_cauchy(n)
        # contamination: 2 % gross outliers at +-1e4, which pull the likelihood towards a
        # second mode for small n
        k = max(1, n // 50)
        x[:k] = rng.choice([-1.0, 1.0], k) * 1e4 * (1 + rng.random(k))
        rng.shuffle(x)
        return x
    if family == "StudentT":
        return truth[1] + truth[2] * rng.standard_t(truth[0], n)
    raise ValueError(family)


def scipy_fit(family, x):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if family == "Gamma":
            a, _, scale = stats.gamma.fit(x, floc=0)
            return (a, 1 / scale), (a, scale)
        if family == "Beta":
            a, b, _, _ = stats.beta.fit(x, floc=0, fscale=1)
            return (a, b), (a, b)
        if family == "Weibull":
            c, _, scale = stats.weibull_min.fit(x, floc=0)
            return (c, scale), (c, scale)
        if family == "Gumbel":
            p = stats.gumbel_r.fit(x)
            return p, p
        if family == "Logistic":
            p = stats.logistic.fit(x)
            return p, p
        if family == "Cauchy":
            p = stats.cauchy.fit(x)
            return p, p
        if family == "StudentT":
            p = stats.t.fit(x)
            return p, p
    raise ValueError(family)


# --- log-likelihoods in mpmath, from scipy's native parameters (Gamma in shape/scale) ---------

def loglik(family, xs, native):
    p = [mp.mpf(float(v)) for v in native]
    if family == "Gamma":
        k, scale = p
        return mp.fsum((k - 1) * mp.log(x) - x / scale for x in xs) - len(xs) * (
            mp.loggamma(k) + k * mp.log(scale))
    return loglik_params(family, xs, p)


def loglik_params(family, xs, p):
    """Log-likelihood at parameters p (mpf, Kullback's parameterisation except Gamma: rate)."""
    n = len(xs)
    if family == "Gamma":
        k, rate = p
        return mp.fsum((k - 1) * mp.log(x) - rate * x for x in xs) + n * (
            k * mp.log(rate) - mp.loggamma(k))
    if family == "Beta":
        a, b = p
        return mp.fsum((a - 1) * mp.log(x) + (b - 1) * mp.log(1 - x) for x in xs) - n * mp.beta_log(a, b)
    if family == "Weibull":
        k, lam = p
        return mp.fsum((k - 1) * mp.log(x / lam) - (x / lam) ** k for x in xs) + n * mp.log(k / lam)
    if family == "Gumbel":
        mu, beta = p
        return mp.fsum(-(x - mu) / beta - mp.exp(-(x - mu) / beta) for x in xs) - n * mp.log(beta)
    if family == "Logistic":
        mu, s = p
        return mp.fsum(-(x - mu) / s - 2 * mp.log1p(mp.exp(-(x - mu) / s)) for x in xs) - n * mp.log(s)
    if family == "Cauchy":
        mu, g = p
        return -mp.fsum(mp.log1p(((x - mu) / g) ** 2) for x in xs) - n * mp.log(mp.pi * g)
    if family == "StudentT":
        nu, mu, s = p
        c = mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(nu * mp.pi) / 2 - mp.log(s)
        return n * c - (nu + 1) / 2 * mp.fsum(mp.log1p(((x - mu) / s) ** 2 / nu) for x in xs)
    raise ValueError(family)


mp.beta_log = lambda a, b: mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)


# --- maximum likelihood in mpmath ------------------------------------------------------------

def mle(family, xs, start, scipy_dof_diverged=False):
    """The maximum-likelihood point (tuple of mpf) or (None, reason)."""
    n = mp.mpf(len(xs))
    if family == "Gamma":
        mean = mp.fsum(xs) / n
        s = mp.log(mean) - mp.fsum(mp.log(x) for x in xs) / n
        k = mp.findroot(lambda k: mp.log(k) - mp.digamma(k) - s, mp.mpf(start[0]), solver="newton")
        return (k, k / mean), None
    if family == "Beta":
        g1 = mp.fsum(mp.log(x) for x in xs) / n
        g2 = mp.fsum(mp.log(1 - x) for x in xs) / n
        f = [lambda a, b: mp.digamma(a) - mp.digamma(a + b) - g1,
             lambda a, b: mp.digamma(b) - mp.digamma(a + b) - g2]
        a, b = mp.findroot(f, (mp.mpf(start[0]), mp.mpf(start[1])))
        return (a, b), None
    if family == "Weibull":
        logs = [mp.log(x) for x in xs]
        mlog = mp.fsum(logs) / n
        # profile equation in the shape, with x scaled by its maximum so x^k cannot overflow
        xmax = max(xs)
        us = [x / xmax for x in xs]
        lus = [mp.log(u) for u in us]

        def g(k):
            pw = [u ** k for u in us]
            return 1 / k + mp.fsum(lus) / n - mp.fsum(p * l for p, l in zip(pw, lus)) / mp.fsum(pw)
        k = mp.findroot(g, mp.mpf(start[0]))
        lam = xmax * (mp.fsum(u ** k for u in us) / n) ** (1 / k)
        return (k, lam), None
    if family == "Gumbel":
        mean = mp.fsum(xs) / n
        xmin = min(xs)

        def g(beta):
            e = [mp.exp(-(x - xmin) / beta) for x in xs]
            return mean - mp.fsum(x * w for x, w in zip(xs, e)) / mp.fsum(e) - beta
        beta = mp.findroot(g, mp.mpf(start[1]))
        mu = xmin - beta * mp.log(mp.fsum(mp.exp(-(x - xmin) / beta) for x in xs) / n)
        return (mu, beta), None
    if family == "Logistic":
        def f(mu, s):
            z = [(x - mu) / s for x in xs]
            return [mp.fsum(mp.tanh(t / 2) for t in z), mp.fsum(t * mp.tanh(t / 2) for t in z) - n]
        mu, s = mp.findroot(f, (mp.mpf(start[0]), mp.mpf(start[1])))
        return (mu, s), None
    if family == "Cauchy":
        def f(mu, g):
            z = [(x - mu) / g for x in xs]
            return [mp.fsum(t / (1 + t * t) for t in z), mp.fsum(1 / (1 + t * t) for t in z) - n / 2]
        best = None
        med = mp.mpf(float(np.median([float(x) for x in xs])))
        q1, q3 = np.percentile([float(x) for x in xs], [25, 75])
        starts = [start, (med, (q3 - q1) / 2)]
        for q in (0.1, 0.3, 0.7, 0.9):
            starts.append((mp.mpf(float(np.percentile([float(x) for x in xs], 100 * q))), (q3 - q1) / 2))
        for st in starts:
            try:
                mu, g = mp.findroot(f, (mp.mpf(st[0]), mp.mpf(st[1])))
            except (ValueError, ZeroDivisionError):
                continue
            if g <= 0:
                continue
            ll = loglik_params("Cauchy", xs, (mu, g))
            if best is None or ll > best[0]:
                best = (ll, mu, g)
        return (best[1], best[2]), None
    if family == "StudentT":
        def score(nu, mu, s):
            z2 = [((x - mu) / s) ** 2 for x in xs]
            w = [(nu + 1) / (nu + t) for t in z2]
            return [
                mp.fsum(wi * (x - mu) for wi, x in zip(w, xs)) / s ** 2,
                mp.fsum(wi * t for wi, t in zip(w, z2)) - n,
                n * (mp.digamma((nu + 1) / 2) - mp.digamma(nu / 2) - 1 / nu)
                - mp.fsum(mp.log1p(t / nu) for t in z2) + mp.fsum(wi * t for wi, t in zip(w, z2)) / nu,
            ]
        try:
            nu, mu, s = mp.findroot(lambda a, b, c: score(a, b, c), tuple(mp.mpf(v) for v in start))
        except ValueError:
            if scipy_dof_diverged:
                return None, "no interior maximum: the likelihood increases as dof -> infinity"
            raise
        if nu <= 0 or s <= 0 or nu > 1e8:
            return None, "no interior maximum (dof -> infinity)"
        return (nu, mu, s), None
    raise ValueError(family)


def fmt(v):
    return mp.nstr(v, 25, min_fixed=-4, max_fixed=10)


def main():
    os.makedirs(SAMPLES, exist_ok=True)
    rows = []
    for index, (stem, family, truth) in enumerate(SETTINGS):
        for n in SIZES:
            seed = 20261122 + 1000 * index + n
            rng = np.random.Generator(np.random.PCG64(seed))
            x = draw(family, truth, n, rng)
            sid = f"{stem}-n{n}"
            with open(os.path.join(SAMPLES, sid + ".txt"), "w") as fh:
                fh.write(f"# {family}{truth} n={n} numpy PCG64 seed {seed}; by reference_fits.py\n")
                fh.writelines(repr(float(v)) + "\n" for v in x)
            xs = [mp.mpf(float(v)) for v in x]
            ours, native = scipy_fit(family, x)
            sll = loglik(family, xs, native)
            start = ours
            if family == "StudentT" and ours[0] > 1e3:
                start = (30.0, ours[1], ours[2])
            point, reason = mle(family, xs, start, family == "StudentT" and ours[0] > 1e6)
            if point is None:
                mle_txt, mll_txt = "none", "none"
            else:
                mll = loglik_params(family, xs, point)
                mle_txt, mll_txt = ",".join(fmt(v) for v in point), fmt(mll)
                if mll < sll - mp.mpf(10) ** -20 * abs(sll):
                    reason = "scipy's fit is higher: mpmath root is not the global maximum"
            rows.append([sid, family, str(n), ",".join(repr(float(v)) for v in truth),
                         ",".join(repr(float(v)) for v in ours), fmt(sll), mle_txt, mll_txt,
                         reason or ""])
            print("\t".join(rows[-1]), flush=True)
    with open(os.path.join(OUT, "fits.tsv"), "w") as fh:
        fh.write(f"# generated by src/test/python/reference_fits.py with scipy {__import__('scipy').__version__},"
                 f" mpmath {mp.__version__} at {mp.mp.dps} digits; do not edit\n")
        fh.write("id\tfamily\tn\ttruth\tscipy\tscipyLogLikelihood\tmle\tmleLogLikelihood\tnote\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
