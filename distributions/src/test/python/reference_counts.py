"""Reference entropies, KL divergences and cross-entropies for Binomial and Poisson (see mpref.py).

Everything is an exact finite (or exactly truncated) sum over the support at 60 digits, from the
exact double parameters, with log-probabilities from mpmath's loggamma:
  log Bin(k; n, p)   = lnG(n+1) - lnG(k+1) - lnG(n-k+1) + k log p + (n-k) log(1-p)
  log Pois(k; lam)   = k log lam - lam - lnG(k+1)
  log Geom(k; p)     = log p + k log(1-p)            (failures before the first success)
  H(p)               = -sum_k p_k log p_k
  KL(p||q)           = sum_k p_k (log p_k - log q_k)   (inf if q_k = 0 where p_k > 0)
  H(p, q)            = H(p) + KL(p||q)
Sums run outwards from the mode until the probabilities fall below 1e-80 (the rest is far below
the 30 digits written). The textbook closed forms KL(Pois||Pois) = l1 log(l1/l2) + l2 - l1 and
KL(Bin(n,a)||Bin(n,b)) = n [a log(a/b) + (1-a) log((1-a)/(1-b))] are used for the rows where the
sum would take too long, and checked against the sums here (asserted to 1e-25).
"""

import random
from mpref import mp, spec, Table

t = Table("counts")
CUTOFF = mp.log(mp.mpf(10) ** -80)


def log_binomial(n, p, k):
    p = mp.mpf(p)
    if k < 0 or k > n:
        return mp.mpf("-inf")
    if p == 0:
        return mp.mpf(0) if k == 0 else mp.mpf("-inf")
    if p == 1:
        return mp.mpf(0) if k == n else mp.mpf("-inf")
    return (mp.loggamma(n + 1) - mp.loggamma(k + 1) - mp.loggamma(n - k + 1)
            + k * mp.log(p) + (n - k) * mp.log1p(-p))


def log_poisson(lam, k):
    lam = mp.mpf(lam)
    if k < 0:
        return mp.mpf("-inf")
    if lam == 0:
        return mp.mpf(0) if k == 0 else mp.mpf("-inf")
    return k * mp.log(lam) - lam - mp.loggamma(k + 1)


def log_geometric(p, k):
    p = mp.mpf(p)
    if k < 0:
        return mp.mpf("-inf")
    if p == 1:
        return mp.mpf(0) if k == 0 else mp.mpf("-inf")
    return mp.log(p) + k * mp.log1p(-p)


def support(logp, mode, upper):
    """The k (from the mode outwards) whose log-probability is above the cutoff."""
    ks = []
    k = mode
    while k <= upper and logp(k) > CUTOFF:
        ks.append(k)
        k += 1
    k = mode - 1
    while k >= 0 and logp(k) > CUTOFF:
        ks.append(k)
        k -= 1
    return ks


def binomial(n, p):
    mode = min(n, int(mp.floor((n + 1) * mp.mpf(p))))
    logp = lambda k: log_binomial(n, p, k)
    return logp, support(logp, mode, n)


def poisson(lam):
    logp = lambda k: log_poisson(lam, k)
    return logp, support(logp, int(mp.floor(mp.mpf(lam))), 10 ** 18)


def entropy(dist):
    logp, ks = dist
    values = [logp(k) for k in ks]
    return -mp.fsum(mp.exp(v) * v for v in values)


def kl(p_dist, q_logp):
    logp, ks = p_dist
    terms = []
    for k in ks:
        lp, lq = logp(k), q_logp(k)
        if lq == mp.mpf("-inf"):
            return mp.mpf("inf")
        terms.append(mp.exp(lp) * (lp - lq))
    return mp.fsum(terms)


def bernoulli_kl(a, b):
    a, b = mp.mpf(a), mp.mpf(b)
    if a == b:
        return mp.mpf(0)
    total = mp.mpf(0)
    for x, y in ((a, b), (1 - a, 1 - b)):
        if x > 0:
            if y == 0:
                return mp.mpf("inf")
            total += x * mp.log(x / y)
    return total


def poisson_kl_formula(l1, l2):
    l1, l2 = mp.mpf(l1), mp.mpf(l2)
    if l1 == l2:
        return mp.mpf(0)
    if l1 == 0:
        return l2
    if l2 == 0:
        return mp.mpf("inf")
    return l1 * mp.log(l1 / l2) + l2 - l1


def close(a, b, tolerance=mp.mpf(10) ** -25):
    if mp.isinf(a) or mp.isinf(b):
        return a == b
    return abs(a - b) <= tolerance * max(abs(b), mp.mpf(10) ** -300)


# Cross-checks of the closed forms against the sums.
for l1, l2 in [(3.5, 4.25), (10.0, 9.0), (0.5, 20.0)]:
    assert close(poisson_kl_formula(l1, l2), kl(poisson(l1), lambda k: log_poisson(l2, k)))
for n, a, b in [(10, 0.3, 0.35), (50, 0.02, 0.5), (7, 0.9, 0.999)]:
    assert close(n * bernoulli_kl(a, b), kl(binomial(n, a), lambda k: log_binomial(n, b, k)))


def nudge(x, relative):
    """The double nearest x (1 + relative)."""
    return float(mp.mpf(x) * (1 + mp.mpf(relative)))


rng = random.Random(20261122)

# ---- Poisson entropies -------------------------------------------------------------------
poisson_entropy_cache = {}


def poisson_entropy(lam):
    if lam not in poisson_entropy_cache:
        poisson_entropy_cache[lam] = mp.mpf(0) if lam == 0 else entropy(poisson(lam))
    return poisson_entropy_cache[lam]


for lam in [0.0, 1e-10, 1e-5, 0.1, 1.0, 3.5, 10.0, 99.5, 999.0, 1000.0, 1001.0, 2500.0, 1e4,
            1e5, 1e6]:
    t.entropy(spec("Poisson", lam), poisson_entropy(lam))

# ---- Binomial entropies ------------------------------------------------------------------
binomial_entropy_cache = {}


def binomial_entropy(n, p):
    key = (n, p)
    if key not in binomial_entropy_cache:
        point = n == 0 or p in (0.0, 1.0)
        binomial_entropy_cache[key] = mp.mpf(0) if point else entropy(binomial(n, p))
    return binomial_entropy_cache[key]


for n, p in [(0, 0.3), (10, 0.0), (10, 1.0), (1, 0.5), (10, 0.3), (20, 0.999), (1000, 0.01),
             (4000, 0.5), (4100, 0.5), (100000, 0.001), (1000000, 0.5), (1000000, 0.01),
             (10000000, 0.25), (1000000000, 1e-9), (1000000000, 1e-6)]:
    t.entropy(spec("Binomial", n, p), binomial_entropy(n, p))

# ---- Poisson || Poisson ------------------------------------------------------------------
poisson_pairs = [(3.5, 3.5), (0.0, 0.0), (0.0, 2.0), (2.0, 0.0), (1e4, 1e4),
                 (3.5, nudge(3.5, 1e-8)), (3.5, nudge(3.5, -1e-11)), (1e4, nudge(1e4, 1e-13)),
                 (1e-10, nudge(1e-10, 1e-15)), (1.0, 1.0 + 2 ** -52), (1e-10, 2e-10),
                 (100.0, 1.0), (1.0, 100.0), (1e-10, 1e4), (1e4, 1e-10), (1e6, nudge(1e6, 1e-9)),
                 (0.25, 0.2500000001)]
for _ in range(8):
    poisson_pairs.append((10 ** rng.uniform(-3, 4), 10 ** rng.uniform(-3, 4)))
for l1, l2 in poisson_pairs:
    p, q = spec("Poisson", l1), spec("Poisson", l2)
    value = poisson_kl_formula(l1, l2)
    t.kl(p, q, value)
    t.cross_entropy(p, q, value + poisson_entropy(l1))

# ---- Binomial || Binomial ----------------------------------------------------------------
binomial_pairs = [((10, 0.3), (10, 0.3)), ((0, 0.3), (0, 0.7)), ((10, 0.3), (10, nudge(0.3, 1e-8))),
                  ((10, 0.3), (10, nudge(0.3, -1e-12))), ((1000, 0.01), (1000, nudge(0.01, 1e-15))),
                  ((1000000, 0.5), (1000000, 0.5 + 2 ** -53)), ((20, 0.999), (20, nudge(0.999, 1e-10))),
                  ((5, 0.0), (5, 0.2)), ((5, 0.2), (5, 0.0)), ((5, 1.0), (5, 0.9)), ((5, 0.9), (5, 1.0)),
                  ((0, 0.3), (7, 0.2)), ((10, 0.0), (3, 0.5)), ((10, 1.0), (12, 0.5)),
                  ((10, 1.0), (9, 0.5)), ((10, 0.3), (9, 0.3)), ((10, 0.3), (20, 0.3)),
                  ((10, 0.3), (11, 0.9)), ((100, 0.2), (101, 0.2)), ((1000, 0.01), (1001, 0.01)),
                  ((1000, 0.5), (1200, 0.45)), ((10000, 0.3), (10001, nudge(0.3, 1e-9))),
                  ((1000000, 0.5), (1000001, 0.5)), ((1000000, 0.5), (1001000, 0.5)),
                  ((100000000, 0.3), (100000001, 0.3)), ((100000000, 0.3), (100000100, nudge(0.3, 1e-12))),
                  ((10, 1e-10), (10, 3e-10)),
                  ((10, 0.5), (10, 1e-12)), ((10, 1 - 1e-12), (10, 0.5)), ((1000000000, 0.5), (1000000000, nudge(0.5, 1e-14)))]
for _ in range(6):
    n1 = rng.randint(1, 200)
    binomial_pairs.append(((n1, rng.random()), (n1 + rng.randint(0, 50), rng.random())))
for (n1, a), (n2, b) in binomial_pairs:
    p, q = spec("Binomial", n1, a), spec("Binomial", n2, b)
    if n1 == n2 and (n1 > 10000 or (n1 > 0 and a not in (0.0, 1.0))):
        value = n1 * bernoulli_kl(a, b)
    elif n1 == 0 or a in (0.0, 1.0):
        k0 = 0 if (n1 == 0 or a == 0) else n1
        value = -log_binomial(n2, b, k0)
    else:
        value = kl(binomial(n1, a), lambda k: log_binomial(n2, b, k))
    t.kl(p, q, value)
    t.cross_entropy(p, q, value + binomial_entropy(n1, a))

# ---- Binomial || Poisson -----------------------------------------------------------------
mixed_pairs = [((1000, 0.01), 10.0), ((100000, 0.0001), 10.0), ((1000000000, 1e-9), 1.0),
               ((1000000, 1e-5), 10.0), ((1000000, 1e-5), nudge(10.0, 1e-9)),
               ((10, 0.5), 5.0), ((10, 0.5), 1.0), ((1, 0.5), 0.5), ((0, 0.5), 3.0),
               ((5, 0.0), 2.0), ((5, 1.0), 2.0), ((5, 0.3), 0.0), ((0, 0.3), 0.0),
               ((20, 0.999), 19.98), ((10000, 0.001), 10.0), ((10000, 0.5), 5000.0),
               ((1000000, 0.5), 500000.0), ((100, 0.05), 1e-10), ((100, 0.05), 1e3),
               ((1000000000, 1e-8), 10.0)]
for _ in range(4):
    n1 = rng.randint(1, 500)
    mixed_pairs.append(((n1, rng.random()), 10 ** rng.uniform(-1, 2.5)))
for (n1, a), lam in mixed_pairs:
    p, q = spec("Binomial", n1, a), spec("Poisson", lam)
    if n1 == 0 or a in (0.0, 1.0):
        k0 = 0 if (n1 == 0 or a == 0) else n1
        value = -log_poisson(lam, k0)
    else:
        value = kl(binomial(n1, a), lambda k: log_poisson(lam, k))
    t.kl(p, q, value)
    t.cross_entropy(p, q, value + binomial_entropy(n1, a))

# ---- Poisson || Geometric ----------------------------------------------------------------
for lam, p in [(0.5, 0.6), (7.0, 0.1)]:
    ce = -mp.log(mp.mpf(p)) - lam * mp.log1p(-mp.mpf(p))
    assert close(ce, poisson_entropy(lam) + kl(poisson(lam), lambda k: log_geometric(p, k)))
geometric_pairs = [(1e-8, 1 / (1 + 1e-8)), (1e-8, 0.5), (1.0, 0.5), (3.5, nudge(1 / 4.5, 1e-9)),
                   (1e4, nudge(1 / (1 + 1e4), 1e-12)), (1e4, 0.5), (0.0, 0.3), (0.0, 1.0),
                   (2.0, 1.0), (1e-10, 1.0), (100.0, 0.01), (100.0, 0.9), (1e-3, 1e-3),
                   (1e6, nudge(1 / (1 + 1e6), 1e-8)), (0.5, 1 - 1e-12), (3.0, 1e-300), (0.3, 0.7),
                   (1e-5, 1 - 1e-5), (1e-5, 0.99999), (25.0, 0.04), (1e-10, nudge(1 / (1 + 1e-10), -1e-15))]
for _ in range(5):
    geometric_pairs.append((10 ** rng.uniform(-3, 3), 10 ** rng.uniform(-3, 0)))
for lam, p in geometric_pairs:
    ps, qs = spec("Poisson", lam), spec("Geometric", p)
    value = -log_geometric(p, 0) if lam == 0 else kl(poisson(lam), lambda k: log_geometric(p, k))
    t.kl(ps, qs, value)
    t.cross_entropy(ps, qs, value + poisson_entropy(lam))

t.write()
