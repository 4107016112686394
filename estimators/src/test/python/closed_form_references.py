"""Reference maximum-likelihood fits for the closed-form families, in 50-digit arithmetic.

For each family a sample (seeded numpy draws, rounded to 10 significant digits so the decimal
text is exactly what Java parses) and frequency weights (integers 0..3) are written with the MLE,
its log-likelihood and standard errors computed by mpmath from the textbook formulas, weighted and
unweighted. Where scipy has a fit (norm, lognorm, expon, uniform, laplace, pareto) its unweighted
estimate is checked here against the mpmath one to 1e-9, an independent sanity check of the
formulas.

Output: ../resources/closed-form/<Family>.csv with lines
  # <case>.<quantity> = <value>      (case: unweighted | weighted)
  x,w
  <x>,<w>
Run from this directory: python3 closed_form_references.py
"""
from pathlib import Path

import mpmath
import numpy as np
from scipy import stats

mpmath.mp.dps = 50
OUT = Path(__file__).resolve().parent.parent / "resources" / "closed-form"
OUT.mkdir(parents=True, exist_ok=True)
rng = np.random.default_rng(20261122)
N = 400


def mp(v):
    """The double's exact binary value (not its decimal text: near 1e6 the two differ by up to
    6e-11, which would move the Normal sd by 1e-13)."""
    return mpmath.mpf(float(v))


def weighted_median(xs, ws):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    total = sum(ws)
    cumulative = mpmath.mpf(0)
    for position, i in enumerate(order):
        cumulative += ws[i]
        if cumulative == total / 2 and position + 1 < len(order):
            return (xs[i] + xs[order[position + 1]]) / 2
        if cumulative >= total / 2:
            return xs[i]
    return xs[order[-1]]


def fit(family, xs, ws, trials=None, categories=None):
    """Returns (estimates dict, log-likelihood, standard errors dict)."""
    W = sum(ws)
    pos = [(x, w) for x, w in zip(xs, ws) if w > 0]
    if family == "Normal":
        m = sum(w * x for x, w in pos) / W
        s = mpmath.sqrt(sum(w * (x - m) ** 2 for x, w in pos) / W)
        ll = sum(w * (-mpmath.log(s) - mpmath.log(2 * mpmath.pi) / 2 - ((x - m) / s) ** 2 / 2)
                 for x, w in pos)
        return {"mean": m, "sd": s}, ll, {"mean": s / mpmath.sqrt(W), "sd": s / mpmath.sqrt(2 * W)}
    if family == "LogNormal":
        logs = [(mpmath.log(x), w) for x, w in pos]
        m = sum(w * y for y, w in logs) / W
        s = mpmath.sqrt(sum(w * (y - m) ** 2 for y, w in logs) / W)
        ll = sum(w * (-y - mpmath.log(s) - mpmath.log(2 * mpmath.pi) / 2 - ((y - m) / s) ** 2 / 2)
                 for y, w in logs)
        return {"mu": m, "sigma": s}, ll, {"mu": s / mpmath.sqrt(W), "sigma": s / mpmath.sqrt(2 * W)}
    if family == "Exponential":
        rate = W / sum(w * x for x, w in pos)
        ll = sum(w * (mpmath.log(rate) - rate * x) for x, w in pos)
        return {"rate": rate}, ll, {"rate": rate / mpmath.sqrt(W)}
    if family == "Uniform":
        a = min(x for x, _ in pos)
        b = max(x for x, _ in pos)
        ll = -W * mpmath.log(b - a)
        var = (b - a) ** 2 * W / ((W + 1) ** 2 * (W + 2))
        return {"lower": a, "upper": b}, ll, {"lower": mpmath.sqrt(var), "upper": mpmath.sqrt(var)}
    if family == "Laplace":
        m = weighted_median([x for x, _ in pos], [w for _, w in pos])
        b = sum(w * abs(x - m) for x, w in pos) / W
        ll = sum(w * (-mpmath.log(2 * b) - abs(x - m) / b) for x, w in pos)
        return {"location": m, "scale": b}, ll, {"location": b / mpmath.sqrt(W),
                                                 "scale": b / mpmath.sqrt(W)}
    if family == "Pareto":
        xm = min(x for x, _ in pos)
        alpha = W / sum(w * mpmath.log(x / xm) for x, w in pos)
        ll = sum(w * (mpmath.log(alpha) + alpha * mpmath.log(xm) - (alpha + 1) * mpmath.log(x))
                 for x, w in pos)
        t = W * alpha
        return {"scale": xm, "shape": alpha}, ll, {
            "scale": mpmath.sqrt(xm ** 2 * t / ((t - 1) ** 2 * (t - 2))),
            "shape": alpha / mpmath.sqrt(W)}
    if family == "Bernoulli":
        p = sum(w * x for x, w in pos) / W
        ll = sum(w * (mpmath.log(p) if x == 1 else mpmath.log(1 - p)) for x, w in pos)
        return {"p": p}, ll, {"p": mpmath.sqrt(p * (1 - p) / W)}
    if family == "Binomial":
        p = sum(w * x for x, w in pos) / (W * trials)
        ll = sum(w * (mpmath.log(mpmath.binomial(trials, x)) + x * mpmath.log(p)
                      + (trials - x) * mpmath.log(1 - p)) for x, w in pos)
        return {"p": p}, ll, {"p": mpmath.sqrt(p * (1 - p) / (W * trials))}
    if family == "Poisson":
        lam = sum(w * x for x, w in pos) / W
        ll = sum(w * (x * mpmath.log(lam) - lam - mpmath.loggamma(x + 1)) for x, w in pos)
        return {"rate": lam}, ll, {"rate": mpmath.sqrt(lam / W)}
    if family == "Geometric":
        S = sum(w * x for x, w in pos)
        p = W / (W + S)
        ll = sum(w * (mpmath.log(p) + x * mpmath.log(1 - p)) for x, w in pos)
        return {"p": p}, ll, {"p": mpmath.sqrt(p * p * (1 - p) / W)}
    if family == "Categorical":
        counts = [sum(w for x, w in pos if x == j) for j in range(categories)]
        probabilities = [c / W for c in counts]
        ll = sum(c * mpmath.log(q) for c, q in zip(counts, probabilities) if c > 0)
        return ({f"p{j}": q for j, q in enumerate(probabilities)}, ll,
                {f"p{j}": mpmath.sqrt(q * (1 - q) / W) for j, q in enumerate(probabilities)})
    raise ValueError(family)


def draw(family):
    if family == "Normal":
        return 1e6 + 2.5 * rng.standard_normal(N), {}
    if family == "LogNormal":
        return np.exp(0.7 + 0.4 * rng.standard_normal(N)), {}
    if family == "Exponential":
        return rng.exponential(1 / 3.5, N), {}
    if family == "Uniform":
        return rng.uniform(-2, 5, N), {}
    if family == "Laplace":
        return rng.laplace(1.5, 0.8, N), {}
    if family == "Pareto":
        return 2.0 * (1 + rng.pareto(3.0, N)), {}
    if family == "Bernoulli":
        return (rng.random(N) < 0.3).astype(float), {}
    if family == "Binomial":
        return rng.binomial(20, 0.35, N).astype(float), {"trials": 20}
    if family == "Poisson":
        return rng.poisson(3.5, N).astype(float), {}
    if family == "Geometric":
        return (rng.geometric(0.3, N) - 1).astype(float), {}
    if family == "Categorical":
        return rng.choice(4, N, p=[0.1, 0.2, 0.3, 0.4]).astype(float), {"categories": 4}
    raise ValueError(family)


def scipy_check(family, x, estimates):
    fits = {
        "Normal": lambda: dict(zip(["mean", "sd"], stats.norm.fit(x))),
        "Exponential": lambda: {"rate": 1 / stats.expon.fit(x, floc=0)[1]},
        "Uniform": lambda: (lambda loc, scale: {"lower": loc, "upper": loc + scale})(
            *stats.uniform.fit(x)),
        "Laplace": lambda: dict(zip(["location", "scale"], stats.laplace.fit(x))),
        "LogNormal": lambda: (lambda s, loc, scale: {"mu": np.log(scale), "sigma": s})(
            *stats.lognorm.fit(x, floc=0)),
    }
    if family in fits:
        for name, value in fits[family]().items():
            assert abs(value - float(estimates[name])) <= 1e-9 * abs(float(estimates[name])), \
                (family, name, value, estimates[name])


for family in ["Normal", "LogNormal", "Exponential", "Uniform", "Laplace", "Pareto", "Bernoulli",
               "Binomial", "Poisson", "Geometric", "Categorical"]:
    x, options = draw(family)
    x = np.array([float(f"{v:.10g}") for v in x])
    weights = rng.integers(0, 4, N).astype(float)
    xs = [mp(v) for v in x]
    lines = []
    for case, ws in [("unweighted", [mpmath.mpf(1)] * N), ("weighted", [mp(w) for w in weights])]:
        estimates, ll, se = fit(family, xs, ws, **options)
        if case == "unweighted":
            scipy_check(family, x, estimates)
        for name, value in estimates.items():
            lines.append(f"# {case}.{name} = {mpmath.nstr(value, 25)}")
        lines.append(f"# {case}.logLikelihood = {mpmath.nstr(ll, 25)}")
        for name, value in se.items():
            lines.append(f"# {case}.se.{name} = {mpmath.nstr(value, 25)}")
    for key, value in options.items():
        lines.append(f"# option.{key} = {value}")
    lines.append("x,w")
    lines += [f"{float(v)!r},{float(w)!r}" for v, w in zip(x, weights)]
    (OUT / f"{family}.csv").write_text("\n".join(lines) + "\n")
    print(family, "written")
