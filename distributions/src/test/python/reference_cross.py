"""Reference KL divergences and cross-entropies for the cross-family closed forms (see mpref.py).

Every value is computed by 40-digit tanh-sinh quadrature of p·(log p − log q) and of −p·log q
over p's support, from the independent log densities in mpdist.py: no closed-form formula is
shared with the Java code. Rows where the integral diverges (Pareto tails against light-tailed q)
are written as inf by the stated analytic argument; rows where p's support is not inside q's are
inf by definition. Bernoulli→Poisson is an exact finite sum.

Run: python3 reference_cross.py   (about 20 minutes; uses all cores)
"""

import sys
from multiprocessing import Pool
from mpref import mp, Table, fmt
import mpdist as d

E = 1e-9  # a relative perturbation for nearly equal members of coinciding families

PAIRS = {
    "Exponential→Gamma": [(d.exponential(1.0), d.gamma(1.0, 1.0)),
                          (d.exponential(2.0), d.gamma(1.0 + E, 2.0)),
                          (d.exponential(2.0), d.gamma(1.0, 2.0 * (1 + 1e-12))),
                          (d.exponential(0.5), d.gamma(1.0 - 3e-11, 0.5 * (1 - 2e-10))),
                          (d.exponential(1.0), d.gamma(2.0, 1.0)),
                          (d.exponential(0.5), d.gamma(0.3, 2.0)),
                          (d.exponential(3.0), d.gamma(5.0, 0.1)),
                          (d.exponential(1e-3), d.gamma(2.0, 1e-3)),
                          (d.exponential(1e3), d.gamma(0.5, 1e3)),
                          (d.exponential(1.0), d.gamma(1e3, 1e3))],
    "Exponential→Normal": [(d.exponential(1.0), d.normal(0.0, 1.0)),
                           (d.exponential(2.0), d.normal(0.5, 0.5)),
                           (d.exponential(1e-3), d.normal(1e3, 1e3)),
                           (d.exponential(10.0), d.normal(-1.0, 3.0)),
                           (d.exponential(1.0), d.normal(1.0, 1.0)),
                           (d.exponential(0.25), d.normal(100.0, 0.5))],
    "Exponential→Gumbel": [(d.exponential(1.0), d.gumbel(0.0, 1.0)),
                           (d.exponential(2.0), d.gumbel(0.5, 0.5)),
                           (d.exponential(0.1), d.gumbel(10.0, 10.0)),
                           (d.exponential(5.0), d.gumbel(-1.0, 3.0)),
                           (d.exponential(1.0), d.gumbel(3.0, 0.2)),
                           (d.exponential(1e-2), d.gumbel(-100.0, 50.0))],
    "Gamma→Exponential": [(d.gamma(1.0, 1.0), d.exponential(1.0)),
                          (d.gamma(1.0 + E, 2.0), d.exponential(2.0)),
                          (d.gamma(1.0, 2.0), d.exponential(2.0 * (1 + 1e-12))),
                          (d.gamma(2.0, 1.0), d.exponential(1.0)),
                          (d.gamma(0.1, 1.0), d.exponential(3.0)),
                          (d.gamma(5.0, 2.0), d.exponential(0.3)),
                          (d.gamma(1e3, 1e3), d.exponential(1.0)),
                          (d.gamma(0.5, 1e-3), d.exponential(1e-2))],
    "Gamma→Normal": [(d.gamma(2.0, 1.0), d.normal(2.0, 1.5)),
                     (d.gamma(1.0, 1.0), d.normal(0.0, 1.0)),
                     (d.gamma(0.3, 2.0), d.normal(1.0, 3.0)),
                     (d.gamma(1e3, 1.0), d.normal(1e3, 31.6)),
                     (d.gamma(5.0, 0.01), d.normal(-3.0, 100.0)),
                     (d.gamma(9.0, 3.0), d.normal(3.0, 1.0)),
                     (d.gamma(1e4, 100.0), d.normal(100.0, 1.0))],
    "Gamma→Gumbel": [(d.gamma(2.0, 1.0), d.gumbel(1.0, 1.0)),
                     (d.gamma(0.5, 2.0), d.gumbel(0.0, 1.0)),
                     (d.gamma(10.0, 1.0), d.gumbel(9.0, 3.0)),
                     (d.gamma(1.0, 0.1), d.gumbel(5.0, 10.0)),
                     (d.gamma(3.0, 5.0), d.gumbel(-1.0, 0.5)),
                     (d.gamma(1e2, 1e2), d.gumbel(1.0, 0.1))],
    "Beta→Uniform": [(d.beta(1.0, 1.0), d.uniform(0.0, 1.0)),
                     (d.beta(1.0 + E, 1.0), d.uniform(0.0, 1.0)),
                     (d.beta(1.0 - 1e-12, 1.0 + 1e-12), d.uniform(0.0, 1.0)),
                     (d.beta(2.0, 5.0), d.uniform(0.0, 1.0)),
                     (d.beta(0.5, 0.5), d.uniform(0.0, 1.0)),
                     (d.beta(3.0, 0.2), d.uniform(-1.0, 2.0)),
                     (d.beta(1e3, 2e3), d.uniform(-0.5, 1.0)),
                     (d.beta(2.0, 2.0), d.uniform(0.1, 1.0)),
                     (d.beta(2.0, 2.0), d.uniform(0.0, 0.9)),
                     # Added for the cross-family Beta group: a wider interval near the coincidence.
                     (d.beta(1.0 + E, 1.0), d.uniform(-1e-12, 1.0))],
    "Beta→Normal": [(d.beta(2.0, 5.0), d.normal(0.3, 0.2)),
                    (d.beta(0.5, 0.5), d.normal(0.5, 1.0)),
                    (d.beta(1.0, 1.0), d.normal(0.0, 1.0)),
                    (d.beta(1e3, 1e3), d.normal(0.5, 0.011)),
                    (d.beta(0.2, 3.0), d.normal(-1.0, 0.1)),
                    (d.beta(4.0, 1.0), d.normal(10.0, 5.0)),
                    # Added for the cross-family Beta group: nearly normal betas against normals
                    # with their mean and (rounded) sd, where KL is the negentropy, ~3/(4s²).
                    (d.beta(1e6, 1e6), d.normal(0.5, 0.00035355330220495924)),
                    (d.beta(1e4, 3e4), d.normal(0.25, 0.0021650364466746547)),
                    (d.beta(2.0, 5.0), d.normal(0.2857142857142857, 0.15971914124998499)),
                    (d.beta(30.0, 70.0), d.normal(0.3, 0.0456))],
    "Beta→Exponential": [(d.beta(2.0, 5.0), d.exponential(3.0)),
                         (d.beta(0.5, 0.5), d.exponential(1.0)),
                         (d.beta(1.0, 1.0), d.exponential(1e-3)),
                         (d.beta(1e3, 1e3), d.exponential(2.0)),
                         (d.beta(0.2, 3.0), d.exponential(50.0)),
                         (d.beta(4.0, 1.0), d.exponential(0.5)),
                         # Added for the cross-family Beta group: Beta(1, b) -> Exp(b).
                         (d.beta(1.0, 1e5), d.exponential(1e5)),
                         (d.beta(1.0, 20.0), d.exponential(21.0))],
    "Beta→Gamma": [(d.beta(2.0, 5.0), d.gamma(2.0, 5.0)),
                   (d.beta(0.5, 0.5), d.gamma(0.5, 1.0)),
                   (d.beta(1.0, 1.0), d.gamma(1.0, 1.0)),
                   (d.beta(1e3, 1e3), d.gamma(1e3, 2e3)),
                   (d.beta(0.2, 3.0), d.gamma(0.2, 3.0)),
                   (d.beta(4.0, 1.0), d.gamma(3.0, 0.5)),
                   # Added for the cross-family Beta group: Beta(a, b) -> Gamma(a, b) as b grows.
                   (d.beta(2.0, 1e4), d.gamma(2.0, 10002.0)),
                   (d.beta(0.5, 1e6), d.gamma(0.5, 1e6)),
                   (d.beta(3.0, 50.0), d.gamma(3.1, 52.0))],
    "Uniform→Normal": [(d.uniform(0.0, 1.0), d.normal(0.0, 1.0)),
                       (d.uniform(-1.0, 2.0), d.normal(0.5, 0.3)),
                       (d.uniform(1e3, 1e3 + 1e-3), d.normal(1e3, 1.0)),
                       (d.uniform(-1e6, 1e6), d.normal(0.0, 1e6)),
                       (d.uniform(5.0, 6.0), d.normal(-5.0, 2.0)),
                       (d.uniform(-1e-9, 1e-9), d.normal(0.0, 1e-9)),
                       (d.uniform(-1e300, 1e300), d.normal(0.0, 1e300))],
    "Uniform→Exponential": [(d.uniform(0.0, 1.0), d.exponential(1.0)),
                            (d.uniform(2.0, 3.0), d.exponential(0.5)),
                            (d.uniform(0.0, 1e3), d.exponential(1e-3)),
                            (d.uniform(1e-9, 2e-9), d.exponential(1e9)),
                            (d.uniform(-1.0, 2.0), d.exponential(1.0)),
                            (d.uniform(1.0, 1e6), d.exponential(3.0)),
                            (d.uniform(1e6, 1e6 + 1e-3), d.exponential(1e-6))],
    "Uniform→Gamma": [(d.uniform(0.0, 1.0), d.gamma(1.0, 1.0)),
                      (d.uniform(0.0, 1.0), d.gamma(0.5, 2.0)),
                      (d.uniform(0.0, 2.0), d.gamma(3.0, 1.0)),
                      (d.uniform(1.0, 5.0), d.gamma(2.0, 0.5)),
                      (d.uniform(10.0, 11.0), d.gamma(1e2, 10.0)),
                      (d.uniform(-1.0, 1.0), d.gamma(2.0, 1.0)),
                      (d.uniform(1.0, 1.0 + 1e-9), d.gamma(1e6, 1e6)),
                      (d.uniform(2.0, 2.0 + 1e-12), d.gamma(3.0, 1.0)),
                      (d.uniform(0.0, 1e-3), d.gamma(0.01, 1.0)),
                      (d.uniform(0.5, 7.0), d.gamma(0.3, 0.1)),
                      (d.uniform(0.001, 0.002), d.gamma(500.0, 1.0))],
    "Uniform→Beta": [(d.uniform(0.0, 1.0), d.beta(1.0, 1.0)),
                     (d.uniform(0.0, 1.0), d.beta(1.0 + E, 1.0)),
                     (d.uniform(0.0, 1.0), d.beta(1.0 + 1e-12, 1.0 - 1e-12)),
                     (d.uniform(0.0, 1.0), d.beta(2.0, 5.0)),
                     (d.uniform(0.25, 0.75), d.beta(0.5, 0.5)),
                     (d.uniform(0.0, 0.5), d.beta(3.0, 0.2)),
                     (d.uniform(0.9, 1.0), d.beta(2.0, 2.0)),
                     (d.uniform(0.5, 1.5), d.beta(2.0, 2.0)),
                     (d.uniform(1e-9, 2e-9), d.beta(0.5, 2.0)),
                     # Added for the cross-family Beta group: intervals near [0, 1], a narrow
                     # interval, and one at the subnormal end.
                     (d.uniform(0.0, 1 - 1e-12), d.beta(1.0 + E, 1.0)),
                     (d.uniform(1e-10, 1.0), d.beta(1.0, 1.0 + E)),
                     (d.uniform(0.3, 0.3 + 1e-9), d.beta(2.0, 3.0)),
                     (d.uniform(0.0, 1e-300), d.beta(0.5, 2.0))],
    "Uniform→Gumbel": [(d.uniform(0.0, 1.0), d.gumbel(0.0, 1.0)),
                       (d.uniform(-3.0, 3.0), d.gumbel(1.0, 2.0)),
                       (d.uniform(10.0, 20.0), d.gumbel(0.0, 0.5)),
                       (d.uniform(-1e3, 1e3), d.gumbel(0.0, 1e3)),
                       (d.uniform(-5.0, -4.0), d.gumbel(0.0, 1.0)),
                       (d.uniform(0.0, 1e-6), d.gumbel(1e-6, 1e-6)),
                       (d.uniform(1e3, 1e3 + 1e-9), d.gumbel(1e3, 1.0))],
    "Uniform→Pareto": [(d.uniform(1.0, 2.0), d.pareto(1.0, 3.0)),
                       (d.uniform(2.0, 10.0), d.pareto(1.0, 0.5)),
                       (d.uniform(5.0, 6.0), d.pareto(5.0, 1.0)),
                       (d.uniform(1e3, 1e6), d.pareto(1.0, 2.0)),
                       (d.uniform(0.5, 2.0), d.pareto(1.0, 3.0)),
                       (d.uniform(1.0, 1.0 + 1e-9), d.pareto(1.0, 1e3)),
                       (d.uniform(1e6, 1e6 + 1.0), d.pareto(1.0, 0.01))],
    "Uniform→Laplace": [(d.uniform(0.0, 1.0), d.laplace(0.0, 1.0)),
                        (d.uniform(-1.0, 1.0), d.laplace(0.0, 1.0)),
                        (d.uniform(-1.0, 3.0), d.laplace(0.5, 2.0)),
                        (d.uniform(2.0, 3.0), d.laplace(0.0, 0.1)),
                        (d.uniform(-1e3, -1e2), d.laplace(0.0, 1e2)),
                        (d.uniform(-1e-9, 1e-9), d.laplace(1e-9, 1e-9)),
                        (d.uniform(5.0, 5.0 + 1e-9), d.laplace(5.0 + 2e-10, 1.0))],
    "Normal→Laplace": [(d.normal(0.0, 1.0), d.laplace(0.0, 1.0)),
                       (d.normal(1.0, 2.0), d.laplace(0.0, 1.0)),
                       (d.normal(0.0, 1e-3), d.laplace(0.0, 1e-3)),
                       (d.normal(-5.0, 0.5), d.laplace(3.0, 2.0)),
                       (d.normal(0.0, 1.0), d.laplace(40.0, 1.0)),
                       (d.normal(1e3, 10.0), d.laplace(1e3, 10.0)),
                       (d.normal(0.0, 1e-6), d.laplace(1.0, 1e3))],
    "Normal→Gumbel": [(d.normal(0.0, 1.0), d.gumbel(0.0, 1.0)),
                      (d.normal(1.0, 2.0), d.gumbel(0.0, 1.0)),
                      (d.normal(0.0, 1e-3), d.gumbel(0.0, 1e-3)),
                      (d.normal(-5.0, 0.5), d.gumbel(3.0, 2.0)),
                      (d.normal(0.5772156649015329, 1.2825498301618641), d.gumbel(0.0, 1.0)),
                      (d.normal(10.0, 1.0), d.gumbel(0.0, 3.0))],
    "Laplace→Normal": [(d.laplace(0.0, 1.0), d.normal(0.0, 1.0)),
                       (d.laplace(1.0, 2.0), d.normal(0.0, 1.0)),
                       (d.laplace(0.0, 1e-3), d.normal(0.0, 1e-3)),
                       (d.laplace(-5.0, 0.5), d.normal(3.0, 2.0)),
                       (d.laplace(0.0, 0.7071067811865476), d.normal(0.0, 1.0)),
                       (d.laplace(1e3, 10.0), d.normal(1e3, 10.0))],
    "Gumbel→Normal": [(d.gumbel(0.0, 1.0), d.normal(0.0, 1.0)),
                      (d.gumbel(1.0, 2.0), d.normal(0.0, 1.0)),
                      (d.gumbel(0.0, 1e-3), d.normal(0.0, 1e-3)),
                      (d.gumbel(-5.0, 0.5), d.normal(3.0, 2.0)),
                      (d.gumbel(0.0, 1.0), d.normal(0.5772156649015329, 1.2825498301618641)),
                      (d.gumbel(1e3, 10.0), d.normal(1e3, 10.0))],
    "Pareto→Exponential": [(d.pareto(1.0, 3.0), d.exponential(1.0)),
                           (d.pareto(2.0, 1.5), d.exponential(0.1)),
                           (d.pareto(0.1, 10.0), d.exponential(5.0)),
                           (d.pareto(1e3, 2.0), d.exponential(1e-3)),
                           (d.pareto(1.0, 1.0), d.exponential(1.0)),
                           (d.pareto(1.0, 0.5), d.exponential(2.0))],
    "Pareto→Gamma": [(d.pareto(1.0, 3.0), d.gamma(2.0, 1.0)),
                     (d.pareto(2.0, 1.5), d.gamma(0.5, 0.1)),
                     (d.pareto(0.1, 10.0), d.gamma(3.0, 5.0)),
                     (d.pareto(1e3, 2.0), d.gamma(1.0, 1e-3)),
                     (d.pareto(1.0, 1.0), d.gamma(2.0, 1.0)),
                     (d.pareto(1.0, 0.5), d.gamma(2.0, 2.0))],
    "Pareto→Normal": [(d.pareto(1.0, 3.0), d.normal(0.0, 1.0)),
                      (d.pareto(2.0, 2.5), d.normal(3.0, 2.0)),
                      (d.pareto(0.1, 10.0), d.normal(0.1, 0.05)),
                      (d.pareto(1e3, 5.0), d.normal(1e3, 1e3)),
                      (d.pareto(1.0, 2.0), d.normal(0.0, 1.0)),
                      (d.pareto(1.0, 0.5), d.normal(0.0, 1.0))],
    "LogNormal→Gamma": [(d.lognormal(0.0, 1.0), d.gamma(1.0, 1.0)),
                        (d.lognormal(1.0, 0.5), d.gamma(4.0, 1.5)),
                        (d.lognormal(-2.0, 0.1), d.gamma(100.0, 700.0)),
                        (d.lognormal(3.0, 2.0), d.gamma(0.5, 0.01)),
                        (d.lognormal(0.0, 1e-3), d.gamma(1e6, 1e6)),
                        (d.lognormal(5.0, 1.0), d.gamma(2.0, 1.0))],
    "Gamma→LogNormal": [(d.gamma(1.0, 1.0), d.lognormal(0.0, 1.0)),
                        (d.gamma(4.0, 1.5), d.lognormal(1.0, 0.5)),
                        (d.gamma(100.0, 700.0), d.lognormal(-2.0, 0.1)),
                        (d.gamma(0.5, 0.01), d.lognormal(3.0, 2.0)),
                        (d.gamma(0.1, 1.0), d.lognormal(-5.0, 3.0)),
                        (d.gamma(2.0, 1.0), d.lognormal(5.0, 1.0)),
                        # the log-normal with the mean and variance of log X: KL ≈ 1/(12k)
                        (d.gamma(1e4, 1e4),
                         d.lognormal(-5.00008333333325e-05, 0.010000250005208202))],
    "Exponential→Weibull": [(d.exponential(1.0), d.weibull(1.0, 1.0)),
                            (d.exponential(2.0), d.weibull(1.0 + E, 0.5)),
                            (d.exponential(2.0), d.weibull(1.0, 0.5 * (1 + 1e-12))),
                            (d.exponential(1.0), d.weibull(2.0, 1.0)),
                            (d.exponential(0.5), d.weibull(0.5, 3.0)),
                            (d.exponential(1e-3), d.weibull(1.5, 1e3)),
                            (d.exponential(1e3), d.weibull(5.0, 1e-3))],
    "Weibull→Exponential": [(d.weibull(1.0, 1.0), d.exponential(1.0)),
                            (d.weibull(1.0 + E, 0.5), d.exponential(2.0)),
                            (d.weibull(1.0, 0.5), d.exponential(2.0 * (1 + 1e-12))),
                            (d.weibull(2.0, 1.0), d.exponential(1.0)),
                            (d.weibull(0.5, 3.0), d.exponential(0.5)),
                            (d.weibull(1.5, 1e3), d.exponential(1e-3)),
                            (d.weibull(5.0, 1e-3), d.exponential(1e3))],
    "Weibull→Gamma": [(d.weibull(1.0, 1.0), d.gamma(1.0, 1.0)),
                      (d.weibull(1.0 + E, 0.5), d.gamma(1.0, 2.0)),
                      (d.weibull(1.0, 0.5), d.gamma(1.0 - 1e-12, 2.0)),
                      (d.weibull(2.0, 1.0), d.gamma(2.0, 2.0)),
                      (d.weibull(0.5, 3.0), d.gamma(0.5, 0.1)),
                      (d.weibull(1.5, 1e3), d.gamma(2.0, 1e-3)),
                      (d.weibull(5.0, 1e-3), d.gamma(30.0, 3e4)),
                      # near the curve where the two families are closest (KL ~ 0.08 from terms ~ 1)
                      (d.weibull(2.0, 1.0), d.gamma(3.0, 2.7)),
                      (d.weibull(0.5, 1.0), d.gamma(0.36, 0.3)),
                      (d.weibull(1.0 + 1e-10, 1.0), d.gamma(1.0 - 1e-10, 1.0 + 1e-10))],
}

# Integrals that diverge, by the tail of p against log q: Pareto(·, a) has E[X] = ∞ for a ≤ 1
# (so −E[log q] = ∞ for Exponential and Gamma q, whose −log q grows linearly) and E[X²] = ∞ for
# a ≤ 2 (Normal q, whose −log q grows quadratically).
def divergent(name, p):
    if not name.startswith("Pareto→"):
        return False
    a = p.params[1]
    return (name in ("Pareto→Exponential", "Pareto→Gamma") and a <= 1) or \
           (name == "Pareto→Normal" and a <= 2)


JOBS = [(name, p, q) for name, pairs in PAIRS.items() for p, q in pairs]


def compute(index):
    name, p, q = JOBS[index]
    if divergent(name, p):
        return name, p.spec(), q.spec(), mp.inf, mp.inf
    try:
        return name, p.spec(), q.spec(), d.kl(p, q), d.cross_entropy(p, q)
    except ArithmeticError as e:
        raise ArithmeticError("%s %s %s: %s" % (name, p.spec(), q.spec(), e)) from None


# Which reference file a pair's rows go to: one per group of p-families, so that each group's
# closed forms can land with its own table.
def group(name):
    p = name.split("→")[0]
    if p in ("Normal", "Laplace", "Gumbel") or (p == "Uniform" and name != "Uniform→Beta"):
        return "cross-locscale"
    if p in ("Exponential", "Gamma", "LogNormal", "Weibull", "Pareto"):
        return "cross-positive"
    return "cross-beta"  # Beta→·, Uniform→Beta, Bernoulli→Poisson


def bernoulli_poisson():
    rows = []
    # (1e-300, 1e-300) is not among them: its KL, about p²/2 = 5e-601, is below the double range.
    for p, lam in [(0.3, 0.3), (0.5, 1.0), (0.0, 2.0), (1.0, 2.0), (1e-9, 1e-9), (0.999, 5.0),
                   (0.01, 0.0100000001), (0.7, 1e-6), (1e-150, 1e-150), (1e-300, 3e-300),
                   (0.2, 0.22314355131420976)]:
        # 700 digits, so that 1 - p is exact also for p = 1e-300 (at 40 digits it rounds to 1,
        # and the terms of size p·λ and p² are lost).
        with mp.workdps(700):
            pm, lm = mp.mpf(p), mp.mpf(lam)
            terms_p = [(0, 1 - pm), (1, pm)]
            kl = mp.fsum(w * (mp.log(w) - (k * mp.log(lm) - lm)) for k, w in terms_p if w != 0)
            ce = mp.fsum(-w * (k * mp.log(lm) - lm) for k, w in terms_p if w != 0)
        rows.append(("Bernoulli→Poisson", "Bernoulli(%r)" % p, "Poisson(%r)" % lam, kl, ce))
    return rows


if __name__ == "__main__":
    only = sys.argv[1] if len(sys.argv) > 1 else None  # e.g. "Gamma→Normal", for a quick look
    indices = [i for i, job in enumerate(JOBS) if only is None or job[0] == only]
    with Pool() as pool:
        results = pool.map(compute, indices, chunksize=1)
    if only is not None:
        for name, p, q, kl, ce in results:
            print(name, p, q, mp.nstr(kl, 20), mp.nstr(ce, 20))
        sys.exit(0)
    tables = {}
    for name, p, q, kl, ce in results + bernoulli_poisson():
        t = tables.setdefault(group(name), Table(group(name), "reference_cross.py"))
        t.kl(p, q, kl)
        t.cross_entropy(p, q, ce)
    for t in tables.values():
        t.write()
