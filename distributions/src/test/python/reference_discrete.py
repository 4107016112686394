"""Reference entropies, KL divergences and cross-entropies for Bernoulli, Categorical and Geometric
(see mpref.py).

Formulas (mpmath at 60 digits, from the exact double parameters; 1 - p is formed exactly and
0 log 0 = 0):
  Bernoulli(a):      H = -a log a - (1-a) log(1-a)
                     KL(a||b) = a log(a/b) + (1-a) log((1-a)/(1-b))
                     H(a, b)  = -a log b - (1-a) log(1-b)
  Categorical(g):    p_i = g_i / sum_j g_j with the printed doubles g_i (normalised at 800 digits);
                     H = -sum p_i log p_i, KL = sum_{p_i>0} p_i log(p_i/q_i), H(p,q) = -sum p_i log q_i
  Geometric(a):      P(k) = a (1-a)^k, k = 0, 1, ...
                     H = (-(1-a) log(1-a) - a log a) / a
                     KL(a||b) = log(a/b) + ((1-a)/a) log((1-a)/(1-b))
                     H(a, b)  = -log b - ((1-a)/a) log(1-b)
KL and cross-entropy are +inf when p puts mass where q has none. For nearly equal parameters
(relative differences down to 1e-15) the sums cancel by up to 30 digits, leaving 30 at 60 digits.
The Geometric closed forms are checked against direct summation of the series for a few rows.
"""

import random
from mpref import mp, spec, Table

t = Table("discrete")
INF = mp.inf


def exact_complement(p):
    """1 - p for a double p, without rounding."""
    return mp.fsub(1, mp.mpf(p), exact=True)


def xlogy(x, y):
    """x log y with 0 log y = 0 (also for y = 0)."""
    return mp.mpf(0) if x == 0 else x * mp.log(y)


def support_violated(p_masses, q_masses):
    return any(a > 0 and b == 0 for a, b in zip(p_masses, q_masses))


def kl_masses(ps, qs):
    if support_violated(ps, qs):
        return INF
    # log a - log b, not log(a/b): a ratio like 1/(1 - 1e-300) rounds to 1 at 60 digits.
    return mp.fsum(a * (mp.log(a) - mp.log(b)) for a, b in zip(ps, qs) if a > 0)


def cross_entropy_masses(ps, qs):
    if support_violated(ps, qs):
        return INF
    return mp.fsum(-xlogy(a, b) for a, b in zip(ps, qs))


def entropy_masses(ps):
    return mp.fsum(-xlogy(a, a) for a in ps)


# ---------------------------------------------------------------- Bernoulli

def bernoulli_masses(p):
    return [exact_complement(p), mp.mpf(p)]


# Check that exact_complement and mp.log keep the digits of log(1 - 1e-300).
assert abs(mp.log(exact_complement(1e-300)) / (-mp.mpf(1e-300) - mp.mpf(1e-300) ** 2 / 2) - 1) < mp.mpf(10) ** -50

rng = random.Random(20261122)
bernoullis = [0.0, 1.0, 1e-300, 1e-12, 0.5, 1 - 1e-12, 0.3, 0.1, 0.9, 1e-5, 0.999,
              1 - 2 ** -53, 0.5 + 2 ** -52, 2 ** -1000]
for _ in range(4):
    bernoullis.append(rng.random())
for p in bernoullis:
    t.entropy(spec("Bernoulli", p), entropy_masses(bernoulli_masses(p)))

bernoulli_pairs = [(0.5, 0.500000001),          # KL ≈ 2.0e-18
                   (0.5, 0.5 - 2 ** -52),
                   (0.3, 0.3 * (1 + 1e-12)), (0.3, 0.3 * (1 - 1e-15)),
                   (1e-10, 1e-10 * (1 + 1e-8)), (1 - 1e-6, 1 - 1e-6 + 2 ** -52),
                   (0.75, 0.75 + 1e-13), (0.5 - 2 ** -54, 0.5 + 2 ** -53),
                   (0.0, 0.5),                   # log 2
                   (1.0, 0.5), (0.0, 0.0), (1.0, 1.0), (0.3, 0.3), (0.0, 1e-300),
                   (0.5, 0.0), (0.5, 1.0), (0.0, 1.0), (1.0, 0.0), (1e-300, 0.0),
                   (0.1, 0.9), (0.9, 0.1), (1e-300, 0.5), (0.5, 1e-300), (1e-12, 1e-6),
                   (1 - 1e-12, 0.5), (0.5, 1 - 1e-12), (0.2, 0.6)]
for _ in range(6):
    bernoulli_pairs.append((rng.random(), rng.random()))
for a, b in bernoulli_pairs:
    ps, qs = bernoulli_masses(a), bernoulli_masses(b)
    p, q = spec("Bernoulli", a), spec("Bernoulli", b)
    t.kl(p, q, kl_masses(ps, qs))
    t.cross_entropy(p, q, cross_entropy_masses(ps, qs))

# ---------------------------------------------------------------- Categorical


def categorical_masses(g):
    # Normalised at 800 digits: a sum like 1 + 1e-300 needs about 300 digits to be exact, and
    # p_1 = 1/(1 + 1e-300) must keep its distance from 1 for log p_1 = -1e-300 to come out.
    with mp.workdps(800):
        total = mp.fsum(mp.mpf(x) for x in g)
        return [mp.mpf(x) / total for x in g]


def categorical_spec(g):
    # spec() prints floats by repr, so Java reads back the very same doubles.
    return spec("Categorical", *g)


def normalised(weights):
    total = sum(weights)
    return [w / total for w in weights]


def random_categorical(k, zeros=0, tiny=0):
    """Random probabilities of k categories, of which `zeros` are 0 and `tiny` are 1e-100..1e-300."""
    weights = [rng.random() for _ in range(k)]
    special = rng.sample(range(k), zeros + tiny)
    for i in special:
        weights[i] = 0.0
    probabilities = normalised(weights)
    for i in special[zeros:]:
        probabilities[i] = 10.0 ** -rng.randint(100, 300)
    return probabilities


def moved(g, i, j, relative):
    """g with mass relative·g[i] moved from category i to category j (sum kept up to rounding)."""
    h = list(g)
    delta = g[i] * relative
    h[i] = g[i] - delta
    h[j] = g[j] + delta
    return h


categoricals = [[0.2, 0.3, 0.5], [1.0], [0.5, 0.5], [0.0, 0.25, 0.0, 0.75, 0.0],
                [1e-300, 1.0], [1e-12, 1 - 1e-12], [0.02] * 50, [0.1] * 10,
                random_categorical(2), random_categorical(5, zeros=1),
                random_categorical(20, zeros=3, tiny=2), random_categorical(50, zeros=5, tiny=5),
                random_categorical(50), [2 ** -60, 0.5, 0.5 - 2 ** -60]]
for g in categoricals:
    assert abs(sum(g) - 1) <= 1e-12 * len(g)
    t.entropy(categorical_spec(g), entropy_masses(categorical_masses(g)))

c5 = random_categorical(5)
c20 = random_categorical(20, zeros=3, tiny=2)
c50 = random_categorical(50, zeros=5, tiny=5)
categorical_pairs = [([0.5, 0.5], [0.500000001, 0.499999999]),
                     ([0.2, 0.3, 0.5], moved([0.2, 0.3, 0.5], 0, 2, 1e-8)),
                     ([0.2, 0.3, 0.5], moved([0.2, 0.3, 0.5], 1, 0, 1e-12)),
                     (c5, moved(c5, 1, 3, 1e-10)), (c5, moved(c5, 4, 0, 1e-15)),
                     (c20, moved(c20, [i for i in range(20) if c20[i] > 0.01][0],
                                 [i for i in range(20) if c20[i] > 0.01][1], 1e-9)),
                     (c50, moved(c50, [i for i in range(50) if c50[i] > 0.01][2],
                                 [i for i in range(50) if c50[i] > 0.01][3], 1e-13)),
                     ([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]), (c50, c50), ([1.0], [1.0]),
                     ([0.0, 0.25, 0.0, 0.75, 0.0], [0.1, 0.2, 0.3, 0.2, 0.2]),
                     ([0.1, 0.2, 0.3, 0.2, 0.2], [0.0, 0.25, 0.0, 0.75, 0.0]),
                     ([0.5, 0.5], [1.0, 0.0]), ([1.0, 0.0], [0.5, 0.5]),
                     ([1e-300, 1.0], [1e-301, 1.0]), ([1e-300, 1.0], [0.5, 0.5]),
                     ([0.5, 0.5], [1e-300, 1.0]), ([1e-12, 1 - 1e-12], [1e-11, 1 - 1e-11]),
                     ([0.02] * 50, c50), (c50, [0.02] * 50), (c20, random_categorical(20)),
                     ([0.2, 0.3, 0.5], [0.5, 0.3, 0.2])]
for _ in range(4):
    k = rng.randint(2, 30)
    categorical_pairs.append((random_categorical(k, zeros=rng.randint(0, 1)), random_categorical(k)))
for g, h in categorical_pairs:
    assert abs(sum(h) - 1) <= 1e-12 * len(h)
    ps, qs = categorical_masses(g), categorical_masses(h)
    p, q = categorical_spec(g), categorical_spec(h)
    t.kl(p, q, kl_masses(ps, qs))
    t.cross_entropy(p, q, cross_entropy_masses(ps, qs))

# ---------------------------------------------------------------- Geometric


def geometric_entropy(a):
    a = mp.mpf(a)
    c = exact_complement(a)
    return (-xlogy(c, c) - a * mp.log(a)) / a


def geometric_kl(a, b):
    if b == 1.0 and a < 1.0:
        return INF
    ca, cb = exact_complement(a), exact_complement(b)
    a, b = mp.mpf(a), mp.mpf(b)
    return mp.log(a) - mp.log(b) + (0 if ca == 0 else (ca / a) * (mp.log(ca) - mp.log(cb)))


def geometric_cross_entropy(a, b):
    if b == 1.0 and a < 1.0:
        return INF
    ca, cb = exact_complement(a), exact_complement(b)
    a, b = mp.mpf(a), mp.mpf(b)
    return -mp.log(b) - (0 if ca == 0 else (ca / a) * mp.log(cb))


def geometric_series(a, b, term):
    """sum_k term(P_a(k), P_b(k)) by direct summation until the tail is below 1e-70."""
    ca, cb = exact_complement(a), exact_complement(b)
    a, b = mp.mpf(a), mp.mpf(b)
    total, k = mp.mpf(0), 0
    while True:
        pa, pb = a * ca ** k, b * cb ** k
        total += term(pa, pb)
        k += 1
        if ca ** k < mp.mpf(10) ** -75:
            return total


for a, b in [(0.3, 0.7), (0.5, 0.25), (0.9, 0.95), (0.3, 0.3 * (1 + 1e-9))]:
    by_series = geometric_series(a, b, lambda pa, pb: pa * mp.log(pa / pb))
    assert abs(by_series - geometric_kl(a, b)) <= mp.mpf(10) ** -25 * abs(by_series), (a, b)
    by_series = geometric_series(a, b, lambda pa, pb: -pa * mp.log(pb))
    assert abs(by_series - geometric_cross_entropy(a, b)) <= mp.mpf(10) ** -25 * by_series
    by_series = geometric_series(a, a, lambda pa, pb: -pa * mp.log(pa))
    assert abs(by_series - geometric_entropy(a)) <= mp.mpf(10) ** -25 * by_series

geometrics = [1e-300, 1e-100, 1e-12, 1e-8, 1e-4, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999,
              1 - 1e-12, 1 - 2 ** -53, 1.0]
for _ in range(3):
    geometrics.append(rng.random())
for a in geometrics:
    t.entropy(spec("Geometric", a), geometric_entropy(a))

geometric_pairs = [(0.5, 0.500000001), (0.3, 0.3 * (1 + 1e-12)), (0.3, 0.3 * (1 - 1e-15)),
                   (1e-12, 1e-12 * (1 + 1e-8)), (1e-4, 1e-4 * (1 - 1e-10)),
                   (0.9, 0.9 + 1e-14), (1 - 1e-6, 1 - 1e-6 + 2 ** -52),
                   (1.0, 0.5), (1.0, 1e-300), (1.0, 1.0), (0.5, 0.5), (1e-12, 1e-12),
                   (0.5, 1.0), (1e-12, 1.0), (0.1, 0.9), (0.9, 0.1), (1e-300, 0.5),
                   (0.5, 1e-300), (1e-12, 1e-6), (1 - 1e-12, 0.5), (0.5, 1 - 1e-12),
                   (0.2, 0.6)]
for _ in range(6):
    geometric_pairs.append((rng.random(), rng.random()))
for a, b in geometric_pairs:
    p, q = spec("Geometric", a), spec("Geometric", b)
    t.kl(p, q, geometric_kl(a, b))
    t.cross_entropy(p, q, geometric_cross_entropy(a, b))

t.write()
