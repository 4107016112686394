"""Reference entropies, KL divergences and cross-entropies for the location-scale families
LogNormal, Laplace, Logistic, Cauchy, Gumbel and Uniform (see mpref.py).

Formulas (mpmath, from the exact double parameters; the closed forms are evaluated at 400 digits
so that the cancellation for nearly equal parameters, down to differences of 1e-150 (a KL of
1e-300), leaves more than 60 correct digits):
  H(LogNormal(m, s))  = m + 1/2 + 1/2 log(2 pi s^2)
  H(Laplace(m, b))    = 1 + log(2 b)
  H(Logistic(m, s))   = log(s) + 2
  H(Cauchy(m, g))     = log(4 pi g)
  H(Gumbel(m, b))     = log(b) + euler + 1
  H(Uniform(a, b))    = log(b - a)
  KL(LN(m1,s1)||LN(m2,s2))      = log(s2/s1) + (s1^2 + (m1-m2)^2) / (2 s2^2) - 1/2
  KL(L(m1,b1)||L(m2,b2))        = log(b2/b1) + |m1-m2|/b2 + (b1/b2) exp(-|m1-m2|/b1) - 1
  KL(C(m1,g1)||C(m2,g2))        = log(((g1+g2)^2 + (m1-m2)^2) / (4 g1 g2))   (Chyzak-Nielsen 2019)
  KL(G(m1,b1)||G(m2,b2))        = log(b2/b1) + euler (b1/b2 - 1) + exp((m2-m1)/b2) Gamma(b1/b2 + 1)
                                  - 1 + (m1-m2)/b2
  KL(U(a1,b1)||U(a2,b2))        = log((b2-a2)/(b1-a1)) if [a1,b1] in [a2,b2], else inf
  H(p, q)                       = H(p) + KL(p||q)   (for Uniform: log(b2-a2) or inf)
Each KL formula is checked against mpmath.quad of p (log p - log q) on a few rows, to 1e-25.
"""

import random
from mpref import mp, spec, Table

t = Table("locscale")
rng = random.Random(20261123)
WORK = 400


def mpf(x):
    return mp.mpf(x)


# ---------------------------------------------------------------- densities (for quadrature)

def lognormal_logpdf(x, m, s):
    m, s = mpf(m), mpf(s)
    return -(mp.log(x) - m) ** 2 / (2 * s * s) - mp.log(x) - mp.log(s) - mp.log(2 * mp.pi) / 2


def laplace_logpdf(x, m, b):
    m, b = mpf(m), mpf(b)
    return -abs(x - m) / b - mp.log(2 * b)


def cauchy_logpdf(x, m, g):
    m, g = mpf(m), mpf(g)
    return -mp.log(mp.pi * g) - mp.log(1 + ((x - m) / g) ** 2)


def gumbel_logpdf(x, m, b):
    m, b = mpf(m), mpf(b)
    z = (x - m) / b
    return -z - mp.exp(-z) - mp.log(b)


def quad_kl(logp, logq, points):
    """KL by quadrature of p (log p - log q), splitting at the given points."""
    def integrand(x):
        lp = logp(x)
        if lp < -10 ** 4:
            # p(x) < 1e-4000: negligible, and exp of a huge negative number is slow in mpmath.
            return mpf(0)
        return mp.exp(lp) * (lp - logq(x))
    return mp.quad(integrand, points, maxdegree=10)


def representable(value):
    """Whether a finite reference value is within the double range (else the row is left out:
    the true value overflows, and Java's +inf would not match it)."""
    return mp.isinf(value) or abs(value) < mpf("1.7e308")


def check(name, formula, numeric):
    error = abs(formula - numeric)
    assert error < mpf("1e-25") * max(1, abs(formula)), (name, formula, numeric, error)


# ---------------------------------------------------------------- closed forms

def lognormal_entropy(m, s):
    with mp.workdps(WORK):
        m, s = mpf(m), mpf(s)
        return +(m + mpf(1) / 2 + mp.log(2 * mp.pi * s * s) / 2)


def lognormal_kl(m1, s1, m2, s2):
    with mp.workdps(WORK):
        m1, s1, m2, s2 = map(mpf, (m1, s1, m2, s2))
        return +(mp.log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - mpf(1) / 2)


def laplace_entropy(b):
    with mp.workdps(WORK):
        return +(1 + mp.log(2 * mpf(b)))


def laplace_kl(m1, b1, m2, b2):
    with mp.workdps(WORK):
        m1, b1, m2, b2 = map(mpf, (m1, b1, m2, b2))
        d = abs(m1 - m2)
        return +(mp.log(b2 / b1) + d / b2 + (b1 / b2) * mp.exp(-d / b1) - 1)


def logistic_entropy(s):
    with mp.workdps(WORK):
        return +(mp.log(mpf(s)) + 2)


def cauchy_entropy(g):
    with mp.workdps(WORK):
        return +mp.log(4 * mp.pi * mpf(g))


def cauchy_kl(m1, g1, m2, g2):
    with mp.workdps(WORK):
        m1, g1, m2, g2 = map(mpf, (m1, g1, m2, g2))
        return +mp.log(((g1 + g2) ** 2 + (m1 - m2) ** 2) / (4 * g1 * g2))


def gumbel_entropy(b):
    with mp.workdps(WORK):
        return +(mp.log(mpf(b)) + mp.euler + 1)


def gumbel_kl(m1, b1, m2, b2):
    with mp.workdps(WORK):
        m1, b1, m2, b2 = map(mpf, (m1, b1, m2, b2))
        return +(mp.log(b2 / b1) + mp.euler * (b1 / b2 - 1)
                 + mp.exp((m2 - m1) / b2) * mp.gamma(b1 / b2 + 1) - 1 + (m1 - m2) / b2)


def uniform_entropy(a, b):
    with mp.workdps(WORK):
        return +mp.log(mpf(b) - mpf(a))


def uniform_contains(outer, inner):
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def uniform_kl(a1, b1, a2, b2):
    if not uniform_contains((a2, b2), (a1, b1)):
        return mp.inf
    with mp.workdps(WORK):
        return +mp.log((mpf(b2) - mpf(a2)) / (mpf(b1) - mpf(a1)))


# ---------------------------------------------------------------- quadrature cross-checks

for (m1, s1), (m2, s2) in [((0.0, 1.0), (0.5, 1.5)), ((1.5, 0.3), (1.0, 0.4)),
                           ((-1.0, 2.0), (0.0, 0.7))]:
    numeric = quad_kl(lambda x: lognormal_logpdf(x, m1, s1), lambda x: lognormal_logpdf(x, m2, s2),
                      [0] + [mp.exp(m1 + k * s1) for k in range(-12, 13, 2)] + [mp.inf])
    check("lognormal", lognormal_kl(m1, s1, m2, s2), numeric)
for (m1, b1), (m2, b2) in [((0.0, 1.0), (0.5, 1.5)), ((2.0, 0.3), (-1.0, 2.0)),
                           ((0.0, 2.0), (0.0, 0.5))]:
    numeric = quad_kl(lambda x: laplace_logpdf(x, m1, b1), lambda x: laplace_logpdf(x, m2, b2),
                      sorted({-mp.inf, m1 - 20 * b1, min(m1, m2), max(m1, m2), m1 + 20 * b1,
                              mp.inf}))
    check("laplace", laplace_kl(m1, b1, m2, b2), numeric)
for (m1, g1), (m2, g2) in [((0.0, 1.0), (0.5, 1.5)), ((2.0, 0.3), (-1.0, 2.0))]:
    numeric = quad_kl(lambda x: cauchy_logpdf(x, m1, g1), lambda x: cauchy_logpdf(x, m2, g2),
                      [-mp.inf, -1000, min(m1, m2) - 10, m1, m2, max(m1, m2) + 10, 1000, mp.inf])
    check("cauchy", cauchy_kl(m1, g1, m2, g2), numeric)
for (m1, b1), (m2, b2) in [((0.0, 1.0), (0.5, 1.5)), ((2.0, 0.3), (-1.0, 2.0)),
                           ((0.0, 2.0), (1.0, 0.5))]:
    numeric = quad_kl(lambda x: gumbel_logpdf(x, m1, b1), lambda x: gumbel_logpdf(x, m2, b2),
                      [-mp.inf, m1 - 4 * b1, m1, m1 + 10 * b1, m1 + 60 * b1, mp.inf])
    check("gumbel", gumbel_kl(m1, b1, m2, b2), numeric)
for (a1, b1), (a2, b2) in [((0.0, 1.0), (-0.5, 2.0)), ((1.0, 1.5), (1.0, 4.0))]:
    numeric = mp.quad(lambda x: (1 / (mpf(b1) - a1)) * mp.log((mpf(b2) - a2) / (mpf(b1) - a1)),
                      [a1, b1])
    check("uniform", uniform_kl(a1, b1, a2, b2), numeric)


# ---------------------------------------------------------------- parameter sets

def near(x, relative):
    """x moved by about a relative difference, as a double."""
    return float(mpf(x) * (1 + mpf(relative)))


def scale_pairs(ordinary, spread=1.5, locations=5):
    """Pairs (location, scale) x (location, scale) shared by the location-scale families, with
    random pairs whose scales lie within 10^(+-spread) and locations within +-locations."""
    pairs = [((0.0, 1.0), (1e-9, 1.0)),
             ((0.0, 1.0), (0.0, near(1.0, 1e-8))),
             ((0.0, 1.0), (0.0, 1.0 - 2 ** -52)),
             ((3.0, 2.0), (3.0 + 1e-12, near(2.0, 3e-10))),
             ((1.5, 0.3), (near(1.5, -1e-13), near(0.3, 1e-11))),
             ((-2.0, 5.0), (near(-2.0, 1e-15), 5.0)),
             ((0.0, 1.0), (1e-15, near(1.0, -1e-15))),
             ((0.0, 1.0), (1.0, 2.0)), ((1.0, 2.0), (0.0, 1.0)),
             ((0.0, 1e-10), (0.0, 1.0)), ((0.0, 1.0), (0.0, 1e-10)),
             ((0.0, 0.1), (0.3, 0.12)), ((0.0, 1.0), (20.0, 1.0)),
             ((1e8, 1.0), (1e8 + 1.0, 1.0)),
             # H(p) is about -690 and KL about +690: the cross-entropy must not be their sum.
             ((0.0, 1e-300), (0.5, 1.0)),
             ((5.0, 1.0), (5.0, 1.0))]
    for _ in range(10):
        pairs.append(((rng.uniform(-locations, locations), 10 ** rng.uniform(-spread, spread)),
                      (rng.uniform(-locations, locations), 10 ** rng.uniform(-spread, spread))))
    return pairs + ordinary


def scales():
    return [1.0, 0.3, 2.0, 1e-10, 1e10, 1e-300, 1e300, 5e-324, 1.7976931348623157e308]


# LogNormal
lognormals = [(0.0, 1.0), (1.5, 0.3), (-3.0, 2.0), (0.0, 1e-10), (0.0, 1e10), (1e8, 1.0),
              (-1e8, 1e-300), (700.0, 1e300), (-2.5, 5e-324),
              (0.0, 0.2419707245191434)]
# Near the zero of the entropy, sigma sqrt(2 pi e) = exp(-mu), for several mu.
for m in (1.0, -3.0, 250.5, -600.25, 705.0):
    lognormals.append((m, float(mp.exp(-m) / mp.sqrt(2 * mp.pi * mp.e))))
for _ in range(6):
    lognormals.append((rng.uniform(-10, 10), 10 ** rng.uniform(-3, 3)))
for m, s in lognormals:
    t.entropy(spec("LogNormal", m, s), lognormal_entropy(m, s))
for (m1, s1), (m2, s2) in scale_pairs([((0.0, 1e-200), (0.0, 1e200)),
                                       ((-700.0, 3.0), (-700.0, near(3.0, 1e-14)))]):
    p, q = spec("LogNormal", m1, s1), spec("LogNormal", m2, s2)
    value = lognormal_kl(m1, s1, m2, s2)
    if not representable(value):
        continue
    t.kl(p, q, value)
    t.cross_entropy(p, q, lognormal_entropy(m1, s1) + value)

# Laplace
laplaces = [(0.0, b) for b in scales()] + [(2.0, float(1 / (2 * mp.e))), (-1.0, 0.18393972058572)]
for _ in range(6):
    laplaces.append((rng.uniform(-10, 10), 10 ** rng.uniform(-3, 3)))
for m, b in laplaces:
    t.entropy(spec("Laplace", m, b), laplace_entropy(b))
for (m1, b1), (m2, b2) in scale_pairs([((0.0, 1e-200), (0.0, 1e200)),
                                       ((0.0, 1e-300), (1.0, 1.0)),
                                       ((0.0, 1.0), (1e-150, 1.0))]):
    p, q = spec("Laplace", m1, b1), spec("Laplace", m2, b2)
    value = laplace_kl(m1, b1, m2, b2)
    if not representable(value):
        continue
    t.kl(p, q, value)
    t.cross_entropy(p, q, laplace_entropy(b1) + value)

# Logistic (entropy only: no closed-form KL)
logistics = [(0.0, s) for s in scales()] + [(1.0, float(mp.exp(-2))), (-4.0, 0.1353352832366127)]
for _ in range(6):
    logistics.append((rng.uniform(-10, 10), 10 ** rng.uniform(-3, 3)))
for m, s in logistics:
    t.entropy(spec("Logistic", m, s), logistic_entropy(s))

# Cauchy
cauchys = [(0.0, g) for g in scales()] + [(0.0, float(1 / (4 * mp.pi))), (3.0, 0.0795774715459477)]
for _ in range(6):
    cauchys.append((rng.uniform(-10, 10), 10 ** rng.uniform(-3, 3)))
for m, g in cauchys:
    t.entropy(spec("Cauchy", m, g), cauchy_entropy(g))
for (m1, g1), (m2, g2) in scale_pairs([((0.0, 1e-200), (0.0, 1e200)),
                                       ((0.0, 1e-300), (1e300, 1.0)),
                                       ((-1e300, 1e-10), (1e300, 1e-10))]):
    p, q = spec("Cauchy", m1, g1), spec("Cauchy", m2, g2)
    value = cauchy_kl(m1, g1, m2, g2)
    if not representable(value):
        continue
    t.kl(p, q, value)
    t.cross_entropy(p, q, cauchy_entropy(g1) + value)

# Gumbel
gumbels = [(0.0, b) for b in scales()] + [(1.0, float(mp.exp(-1 - mp.euler))),
                                          (-2.0, 0.20628416871), (0.5, 0.2062841687100507)]
for _ in range(6):
    gumbels.append((rng.uniform(-10, 10), 10 ** rng.uniform(-3, 3)))
for m, b in gumbels:
    t.entropy(spec("Gumbel", m, b), gumbel_entropy(b))
gumbel_extra = [((0.0, 1.0), (0.0, 1.6)), ((0.0, 1.0), (0.0, 2.5)), ((0.0, 1.0), (0.5, 2.0)),
                ((0.0, 1.0), (-0.5, 2.1)), ((0.0, 1.0), (-0.42278433509846713, 1.0)),
                ((0.0, 2.0), (1.0, 1.0)), ((0.0, 1.0), (0.2, 0.7)), ((0.0, 1.0), (-0.7, 0.4)),
                ((0.0, 1e-5), (0.0, 1.0)), ((0.0, 1e-200), (-3.0, 1e-190)),
                ((0.0, 1.0), (0.0, 0.9)), ((0.0, 1.0), (0.0, 1.45)),
                ((0.0, 1.0), (-0.3, near(1.0, 1e-9))), ((0.0, 1.0), (30.0, 5.0))]
# t = (m2 - m1)/b2 = -(1 - euler)(b1/b2 - 1): the two parts of x = t + log Gamma(1 + b1/b2) cancel.
for eps in (1e-3, 1e-6, 1e-9):
    b2 = float(1 / (1 + mpf(eps)))
    gumbel_extra.append(((0.0, 1.0), (float(-(1 - mp.euler) * eps * b2), b2)))
# Random pairs stay where x = t + log Gamma(1 + b1/b2) is moderate: for large x the KL is about
# e^x, and one ulp of a parameter already moves it by |x| 1e-16 relative (see GumbelDivergences).
for (m1, b1), (m2, b2) in scale_pairs(gumbel_extra, spread=0.3, locations=2):
    p, q = spec("Gumbel", m1, b1), spec("Gumbel", m2, b2)
    value = gumbel_kl(m1, b1, m2, b2)
    if not representable(value):
        continue
    t.kl(p, q, value)
    t.cross_entropy(p, q, gumbel_entropy(b1) + value)

# Uniform
uniforms = [(0.0, 1.0), (0.1, 1.1), (-3.0, 7.0), (1.0, 1.0 + 2 ** -52), (0.0, 5e-324),
            (1e8, 1e8 + 1e-8), (1e300, 1.5e300), (-1e308, 1e308),
            (-1.7976931348623157e308, 1.7976931348623157e308), (-0.5, 0.5000000000000001),
            (2.5, 3.5), (-1e-300, 1e-300), (0.3, 1.3000000000000003)]
for _ in range(6):
    a = rng.uniform(-10, 10)
    uniforms.append((a, a + 10 ** rng.uniform(-3, 3)))
for a, b in uniforms:
    t.entropy(spec("Uniform", a, b), uniform_entropy(a, b))
uniform_pairs = [((0.0, 1.0), (0.0, 1.0)), ((0.0, 1.0), (0.0, near(1.0, 1e-8))),
                 ((0.0, 1.0), (-1e-15, 1.0)), ((0.0, 1.0), (0.0, 1.0 + 2 ** -52)),
                 ((0.1, 0.7), (near(0.1, -1e-13), 0.7)), ((2.0, 3.0), (2.0, near(3.0, 1e-12))),
                 ((0.0, 1.0), (-1.0, 2.0)), ((0.0, 1.0), (0.0, 1e10)), ((0.0, 1e-300), (0.0, 1.0)),
                 ((0.0, 5e-324), (0.0, 1e-323)), ((0.0, 5e-324), (-1e308, 1e308)),
                 ((-1e308, 1e308), (-1.7976931348623157e308, 1.7976931348623157e308)),
                 ((-1e308, 1e308), (-1e308, near(1e308, 1e-15))),
                 ((0.0, 1.0), (-1.7976931348623157e308, 1.7976931348623157e308)),
                 ((1e8, 1e8 + 1e-8), (1e8 - 1e-8, 1e8 + 1e-8)),
                 ((0.0, 1.0), (0.5, 2.0)), ((0.0, 1.0), (-1.0, 0.5)), ((0.0, 2.0), (0.5, 1.0)),
                 ((0.0, 1.0), (0.0, 1.0 - 2 ** -53)), ((0.0, 1.0), (2.0, 3.0)),
                 ((-1e308, 1e308), (0.0, 1.0))]
for _ in range(6):
    a2 = rng.uniform(-10, 10)
    b2 = a2 + 10 ** rng.uniform(-1, 2)
    a1 = rng.uniform(a2, b2)
    b1 = rng.uniform(a1, b2)
    uniform_pairs.append(((a1, b1), (a2, b2)))
for (a1, b1), (a2, b2) in uniform_pairs:
    p, q = spec("Uniform", a1, b1), spec("Uniform", a2, b2)
    t.kl(p, q, uniform_kl(a1, b1, a2, b2))
    contained = uniform_contains((a2, b2), (a1, b1))
    t.cross_entropy(p, q, uniform_entropy(a2, b2) if contained else mp.inf)

t.write()
