"""Reference entropies, KL divergences and cross-entropies for the positive families Exponential,
Gamma, Weibull and Pareto (see mpref.py).

Parameterisations (as in Kullback): Exponential(rate), Gamma(shape k, rate b),
Weibull(shape k, scale l), Pareto(scale xm, shape a).

Textbook formulas, evaluated in mpmath from the exact double parameters:
  H(Exp(r))          = 1 - log r
  H(Gamma(k, b))     = k - log b + loggamma(k) + (1 - k) digamma(k)
  H(Weibull(k, l))   = euler (1 - 1/k) + log(l/k) + 1
  H(Pareto(xm, a))   = log(xm/a) + 1/a + 1
  KL(Exp(r1)||Exp(r2))           = log(r1/r2) + r2/r1 - 1
  KL(Gamma(k1,b1)||Gamma(k2,b2)) = (k1-k2) digamma(k1) - loggamma(k1) + loggamma(k2)
                                   + k2 (log b1 - log b2) + k1 (b2 - b1)/b1
  KL(W(k1,l1)||W(k2,l2))         = log(k1/l1^k1) - log(k2/l2^k2) + (k1-k2)(log l1 - euler/k1)
                                   + (l1/l2)^k2 gamma(k2/k1 + 1) - 1          (Bauckhage 2013)
  KL(Par(x1,a1)||Par(x2,a2))     = log(a1/a2) + a1 log x1 - a2 log x2 + (a2-a1)(log x1 + 1/a1)
                                   for x1 >= x2, else inf
Cross-entropies are written out separately as -E_p[log q]:
  H(Exp(r1), Exp(r2))     = -log r2 + r2/r1
  H(Gamma1, Gamma2)       = -k2 log b2 + loggamma(k2) - (k2-1)(digamma(k1) - log b1) + b2 k1/b1
  H(W1, W2)               = -log(k2/l2) - (k2-1)(log l1 - euler/k1 - log l2)
                            + (l1/l2)^k2 gamma(1 + k2/k1)
  H(Par1, Par2)           = -log a2 - a2 log x2 + (a2+1)(log x1 + 1/a1)   (inf if x1 < x2)
and the script asserts H(p, q) = H(p) + KL(p||q) for every row.

The KL formulas subtract terms of size k log k to leave values down to ~1e-30, so the KL and
cross-entropy rows are computed at 200 digits (entropies at 60). Each KL formula is also checked
against mpmath.quad of p (log p - log q) on a few far-apart pairs, to 1e-25, which guards against
a wrong formula being used both here and in Java.
"""

import random
from mpref import mp, spec, Table

KL_DPS = 200
t = Table("positive")
rng = random.Random(20261122)


def f(x):
    return mp.mpf(x)


# ---------------------------------------------------------------- densities (for quad checks)

def log_density(family, params, x):
    if family == "Exponential":
        (r,) = map(f, params)
        return mp.log(r) - r * x
    if family == "Gamma":
        k, b = map(f, params)
        return k * mp.log(b) + (k - 1) * mp.log(x) - b * x - mp.loggamma(k)
    if family == "Weibull":
        k, l = map(f, params)
        return mp.log(k / l) + (k - 1) * mp.log(x / l) - (x / l) ** k
    if family == "Pareto":
        xm, a = map(f, params)
        return mp.log(a) + a * mp.log(xm) - (a + 1) * mp.log(x)
    raise ValueError(family)


def quad_kl(family, p, q):
    lower = f(p[0]) if family == "Pareto" else mp.mpf(0)
    def integrand(x):
        lp = log_density(family, p, x)
        return mp.exp(lp) * (lp - log_density(family, q, x))
    return mp.quad(integrand, [lower, lower + 1, lower + 10, mp.inf])


# ---------------------------------------------------------------- entropies

def h_exponential(r):
    return 1 - mp.log(f(r))


def h_gamma(k, b):
    k, b = f(k), f(b)
    return k - mp.log(b) + mp.loggamma(k) + (1 - k) * mp.digamma(k)


def h_weibull(k, l):
    k, l = f(k), f(l)
    return mp.euler * (1 - 1 / k) + mp.log(l / k) + 1


def h_pareto(xm, a):
    xm, a = f(xm), f(a)
    return mp.log(xm / a) + 1 / a + 1


# ---------------------------------------------------------------- KL and cross-entropy

def kl_exponential(p, q):
    r1, r2 = f(p[0]), f(q[0])
    return mp.log(r1 / r2) + r2 / r1 - 1


def ce_exponential(p, q):
    r1, r2 = f(p[0]), f(q[0])
    return -mp.log(r2) + r2 / r1


def kl_gamma(p, q):
    (k1, b1), (k2, b2) = map(f, p), map(f, q)
    return ((k1 - k2) * mp.digamma(k1) - mp.loggamma(k1) + mp.loggamma(k2)
            + k2 * (mp.log(b1) - mp.log(b2)) + k1 * (b2 - b1) / b1)


def ce_gamma(p, q):
    (k1, b1), (k2, b2) = map(f, p), map(f, q)
    return (-k2 * mp.log(b2) + mp.loggamma(k2) - (k2 - 1) * (mp.digamma(k1) - mp.log(b1))
            + b2 * k1 / b1)


def kl_weibull(p, q):
    (k1, l1), (k2, l2) = map(f, p), map(f, q)
    return (mp.log(k1 / l1 ** k1) - mp.log(k2 / l2 ** k2) + (k1 - k2) * (mp.log(l1) - mp.euler / k1)
            + (l1 / l2) ** k2 * mp.gamma(k2 / k1 + 1) - 1)


def ce_weibull(p, q):
    (k1, l1), (k2, l2) = map(f, p), map(f, q)
    return (-mp.log(k2 / l2) - (k2 - 1) * (mp.log(l1) - mp.euler / k1 - mp.log(l2))
            + (l1 / l2) ** k2 * mp.gamma(1 + k2 / k1))


def kl_pareto(p, q):
    (x1, a1), (x2, a2) = map(f, p), map(f, q)
    if x1 < x2:
        return mp.inf
    return (mp.log(a1 / a2) + a1 * mp.log(x1) - a2 * mp.log(x2)
            + (a2 - a1) * (mp.log(x1) + 1 / a1))


def ce_pareto(p, q):
    (x1, a1), (x2, a2) = map(f, p), map(f, q)
    if x1 < x2:
        return mp.inf
    return -mp.log(a2) - a2 * mp.log(x2) + (a2 + 1) * (mp.log(x1) + 1 / a1)


FAMILIES = {
    "Exponential": (h_exponential, kl_exponential, ce_exponential),
    "Gamma": (h_gamma, kl_gamma, ce_gamma),
    "Weibull": (h_weibull, kl_weibull, ce_weibull),
    "Pareto": (h_pareto, kl_pareto, ce_pareto),
}


def add_entropies(family, parameter_sets):
    entropy = FAMILIES[family][0]
    for params in parameter_sets:
        t.entropy(spec(family, *params), entropy(*params))


def add_pairs(family, pairs, quad_checked=()):
    entropy, kl, ce = FAMILIES[family]
    for p, q in pairs:
        with mp.workdps(KL_DPS):
            value = kl(p, q)
            cross = ce(p, q)
            if mp.isinf(value):
                assert mp.isinf(cross)
            else:
                assert abs(cross - entropy(*p) - value) < mp.mpf(10) ** (-KL_DPS + 40)
        t.kl(spec(family, *p), spec(family, *q), value)
        t.cross_entropy(spec(family, *p), spec(family, *q), cross)
    for p, q in quad_checked:
        numeric = quad_kl(family, p, q)
        exact = kl(p, q)
        assert abs(numeric - exact) < mp.mpf(10) ** -25 * max(1, abs(exact)), (family, p, q,
                                                                             numeric, exact)


def nearly(x, relative):
    """x moved by a relative amount, rounded to a double."""
    return x * (1 + relative)


NEAR = [1e-3, 1e-8, 1e-10, 1e-12, 1e-15]

# ---------------------------------------------------------------- Exponential
exponentials = [(1.0,), (2.0,), (0.5,), (2.718281828459045,), (2.7182818284590455,),
                (2.718281828459046,), (1e-10,), (1e10,), (1e-300,), (1e300,), (3.0,)]
for _ in range(5):
    exponentials.append((10 ** rng.uniform(-4, 4),))
add_entropies("Exponential", exponentials)

pairs = [((2.0,), (2.00000002,)), ((1.0,), (1.0,)), ((1.0,), (2.0,)), ((2.0,), (1.0,)),
         ((1e-10,), (1e10,)), ((1e10,), (1e-10,)), ((1e-300,), (1e-300 * (1 + 1e-9),))]
for r in (1.0, 0.37, 5e5):
    for rel in NEAR:
        pairs.append(((r,), (nearly(r, rel),)))
for _ in range(6):
    pairs.append(((10 ** rng.uniform(-3, 3),), (10 ** rng.uniform(-3, 3),)))
add_pairs("Exponential", pairs, quad_checked=[((1.0,), (2.0,)), ((3.0,), (0.25,))])

# ---------------------------------------------------------------- Gamma
gammas = [(1.0, 1.0), (2.5, 0.5), (0.1, 1.0), (1e-3, 1.0), (1e-3, 1e3), (0.5, 2.0), (9.99, 1.0),
          (10.0, 1.0), (10.5, 3.0), (30.0, 2.0), (1e3, 1e3), (1e6, 1e6), (1e6, 1.0),
          (1e10, 1e5), (1e-6, 1.0), (3.0, 1e-200)]
for _ in range(6):
    gammas.append((10 ** rng.uniform(-3, 6), 10 ** rng.uniform(-3, 3)))
add_entropies("Gamma", gammas)

pairs = [((3.0, 1.0), (3.00000003, 1.0)), ((2.0, 3.0), (2.0, 3.0)), ((1e6, 1e6), (1e6, 1e6)),
         ((1.0, 1.0), (2.0, 1.0)), ((2.0, 1.0), (1.0, 1.0)), ((0.5, 2.0), (5.0, 0.1)),
         ((1e-3, 1.0), (1e3, 1.0)), ((1e6, 1.0), (1e-3, 2.0)), ((1e6, 1e6), (1e6 + 1.0, 1e6 + 1.0))]
for k in (1e-3, 0.1, 0.7, 1.0, 3.0, 9.5, 10.0, 12.0, 100.0, 1e4, 1e6):
    for rel in NEAR:
        pairs.append(((k, 1.0), (nearly(k, rel), 1.0)))            # shape only
        pairs.append(((k, 2.0), (k, nearly(2.0, rel))))             # rate only
        pairs.append(((k, 3.0), (nearly(k, rel), nearly(3.0, rel))))  # same mean
        pairs.append(((k, 1.5), (nearly(k, -rel), nearly(1.5, 0.5 * rel))))
for _ in range(8):
    pairs.append(((10 ** rng.uniform(-3, 6), 10 ** rng.uniform(-2, 2)),
                  (10 ** rng.uniform(-3, 6), 10 ** rng.uniform(-2, 2))))
add_pairs("Gamma", pairs, quad_checked=[((2.0, 1.0), (3.5, 0.7)), ((0.5, 2.0), (1.5, 1.0))])

# ---------------------------------------------------------------- Weibull
weibulls = [(1.0, 1.0), (2.0, 1.0), (0.5, 2.0), (5.0, 0.1), (1e-3, 1.0), (1e3, 1.0),
            (1.5, 1e-200), (3.0, 1e200), (0.1, 10.0), (50.0, 3.0), (1.0 + 1e-12, 1.0)]
for _ in range(6):
    weibulls.append((10 ** rng.uniform(-1, 2), 10 ** rng.uniform(-3, 3)))
add_entropies("Weibull", weibulls)

pairs = [((2.0, 1.0), (2.0, 1.0)), ((1.0, 1.0), (2.0, 1.0)), ((2.0, 1.0), (1.0, 1.0)),
         ((0.5, 2.0), (3.0, 0.5)), ((3.0, 0.5), (0.5, 2.0)), ((10.0, 1.0), (1.0, 10.0)),
         ((1.5, 1.0), (1.0, 1.5))]
for k in (0.5, 1.0, 2.5, 40.0):
    for rel in NEAR:
        pairs.append(((k, 1.0), (nearly(k, rel), 1.0)))
        pairs.append(((k, 2.0), (k, nearly(2.0, rel))))
        pairs.append(((k, 3.0), (nearly(k, rel), nearly(3.0, -rel))))
for _ in range(8):
    pairs.append(((10 ** rng.uniform(-0.5, 1), 10 ** rng.uniform(-1, 1)),
                  (10 ** rng.uniform(-0.5, 1), 10 ** rng.uniform(-1, 1))))
add_pairs("Weibull", pairs, quad_checked=[((2.0, 1.0), (1.5, 1.3)), ((0.7, 2.0), (1.2, 1.0))])

# ---------------------------------------------------------------- Pareto
paretos = [(1.0, 1.0), (1.0, 3.0), (2.0, 0.5), (1e-10, 5.0), (1e10, 0.1), (0.5, 1e3),
           (1e-300, 2.0), (1e300, 2.0), (3.0, 1e-3), (1.0, 4.5)]
for _ in range(6):
    paretos.append((10 ** rng.uniform(-3, 3), 10 ** rng.uniform(-1, 2)))
add_entropies("Pareto", paretos)

pairs = [((1.0, 2.0), (1.0, 2.0)), ((1.0, 2.0), (2.0, 2.0)), ((1.0, 3.0), (1.0 + 1e-12, 3.0)),
         ((2.0, 2.0), (1.0, 2.0)), ((2.0, 1.0), (1.0, 3.0)), ((5.0, 0.5), (1e-3, 10.0)),
         ((1e-300, 2.0), (1e-300, 3.0))]
for xm, a in ((1.0, 2.0), (0.3, 0.5), (7.0, 40.0)):
    for rel in NEAR:
        pairs.append(((xm, a), (xm, nearly(a, rel))))
        pairs.append(((nearly(xm, rel), a), (xm, a)))
        pairs.append(((nearly(xm, rel), a), (xm, nearly(a, -rel))))
for _ in range(8):
    x1, x2 = 10 ** rng.uniform(-2, 2), 10 ** rng.uniform(-2, 2)
    pairs.append(((max(x1, x2), 10 ** rng.uniform(-1, 1)), (min(x1, x2), 10 ** rng.uniform(-1, 1))))
add_pairs("Pareto", pairs, quad_checked=[((2.0, 3.0), (1.0, 1.5)), ((1.5, 0.8), (1.2, 2.5))])

t.write()
