"""Reference entropies, KL divergences and cross-entropies for MultivariateNormal (see mpref.py).

Formulas (mpmath matrices, from the exact double parameters):
  H(N(m, S))               = 1/2 log det(2 pi e S)
  KL(N(m1,S1) || N(m2,S2)) = 1/2 [tr(S2^-1 S1) + (m2-m1)' S2^-1 (m2-m1) - d + log(det S2 / det S1)]
  H(p, q)                  = 1/2 [d log 2 pi + log det S2 + tr(S2^-1 S1) + (m1-m2)' S2^-1 (m1-m2)]
computed with mp.inverse and mp.det (LU), independent of the Cholesky route of the Java code.
The pairs include covariances perturbed by relative 1e-8..1e-15 and by single ulps, also at
condition number 1e12 (where a perturbation along the large eigenvector gives KL ~ 3e-33).
The KL formula cancels about 2 log10(1/eps) digits for covariances perturbed by eps, and loses
log10 of the condition number in the inverse, so KL and H(p, q) are evaluated at 130 digits
(60 for everything else). The formulas are cross-checked against mp.quad integration of
p (log p - log q) for a 1-D and a 2-D pair.

Spec strings write every number with Python's repr inside brackets, e.g.
MultivariateNormal([0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]]), which Java parses to the same doubles.
"""

import math
import random
from mpref import mp, Table

t = Table("mvn")
rng = random.Random(20261123)


def vector(v):
    return "[" + ", ".join(repr(float(x)) for x in v) + "]"


def spec(m, s):
    return "MultivariateNormal(" + vector(m) + ", [" + ", ".join(vector(row) for row in s) + "])"


def entropy(s):
    return mp.log(mp.det(2 * mp.pi * mp.e * mp.matrix(s))) / 2


def kl(m1, s1, m2, s2):
    with mp.workdps(130):
        d = len(m1)
        inv2 = mp.inverse(mp.matrix(s2))
        delta = mp.matrix(m2) - mp.matrix(m1)
        trace = sum((inv2 * mp.matrix(s1))[i, i] for i in range(d))
        quadratic = (delta.T * inv2 * delta)[0, 0]
        value = (trace + quadratic - d + mp.log(mp.det(mp.matrix(s2)) / mp.det(mp.matrix(s1)))) / 2
        return +value


def cross_entropy(m1, s1, m2, s2):
    with mp.workdps(130):
        d = len(m1)
        inv2 = mp.inverse(mp.matrix(s2))
        delta = mp.matrix(m1) - mp.matrix(m2)
        trace = sum((inv2 * mp.matrix(s1))[i, i] for i in range(d))
        quadratic = (delta.T * inv2 * delta)[0, 0]
        return +((d * mp.log(2 * mp.pi) + mp.log(mp.det(mp.matrix(s2))) + trace + quadratic) / 2)


def log_density(m, s):
    """x -> log N(x; m, s), with the inverse and determinant computed once (scalar arithmetic,
    which mp.quad calls many times)."""
    d = len(m)
    inv = mp.inverse(mp.matrix(s))
    inv = [[inv[i, j] for j in range(d)] for i in range(d)]
    constant = mp.log((2 * mp.pi) ** d * mp.det(mp.matrix(s))) / 2
    mean = [mp.mpf(x) for x in m]

    def at(x):
        r = [x[i] - mean[i] for i in range(d)]
        return -mp.fsum(r[i] * inv[i][j] * r[j] for i in range(d) for j in range(d)) / 2 - constant
    return at


def kl_by_quadrature(m1, s1, m2, s2):
    """KL as the integral of p (log p - log q) at 30 digits, over p's mean +- 14 marginal standard
    deviations (the mass outside is below 1e-42), cut at the mean."""
    with mp.workdps(30):
        log_p, log_q = log_density(m1, s1), log_density(m2, s2)

        def integrand(*x):
            lp = log_p(x)
            return mp.exp(lp) * (lp - log_q(x))
        ranges = [[m1[i] - 14 * mp.sqrt(s1[i][i]), m1[i], m1[i] + 14 * mp.sqrt(s1[i][i])]
                  for i in range(len(m1))]
        return mp.quad(integrand, *ranges)


def random_orthogonal(d):
    a = mp.matrix(d, d)
    for i in range(d):
        for j in range(d):
            a[i, j] = rng.gauss(0, 1)
    q, _ = mp.qr(a)
    return q


def covariance(eigenvalues):
    """Q diag(eigenvalues) Q' for a random rotation Q, rounded to doubles, exactly symmetric,
    checked positive definite."""
    d = len(eigenvalues)
    q = random_orthogonal(d)
    full = q * mp.diag([mp.mpf(e) for e in eigenvalues]) * q.T
    s = [[float(full[min(i, j), max(i, j)]) for j in range(d)] for i in range(d)]
    mp.cholesky(mp.matrix(s))  # raises unless positive definite
    return s


def random_covariance(d, spread=10.0):
    return covariance([spread ** rng.uniform(-1, 1) for _ in range(d)])


def random_mean(d, scale=3.0):
    return [rng.uniform(-scale, scale) for _ in range(d)]


def perturbed(s, eps):
    """s with every entry scaled by 1 + eps r, r uniform in [-1, 1], kept exactly symmetric."""
    d = len(s)
    out = [row[:] for row in s]
    for i in range(d):
        for j in range(i + 1):
            out[i][j] = out[j][i] = float(mp.mpf(s[i][j]) * (1 + eps * rng.uniform(-1, 1)))
    mp.cholesky(mp.matrix(out))
    return out


def nudged(s, i, j):
    """s with entry (i, j) and its mirror moved up by one ulp."""
    out = [row[:] for row in s]
    out[i][j] = out[j][i] = math.nextafter(s[i][j], math.inf)
    mp.cholesky(mp.matrix(out))
    return out


# Entropies: dimensions 1-5, ill-conditioned, extreme scales, nearly singular, near zero.
c0 = float(1 / (2 * mp.pi * mp.e))  # a variance whose 1-D entropy is ~1e-17
entropies = [
    ([0.0], [[1.0]]),
    ([1.5], [[c0]]),
    ([0.0, 0.0], [[c0, 0.0], [0.0, c0]]),
    ([0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]]),
    ([0.0, 0.0], [[1e-300, 0.0], [0.0, 1e-300]]),
    ([0.0, 0.0, 0.0], [[1e300, 0.0, 0.0], [0.0, 1e300, 0.0], [0.0, 0.0, 1e300]]),
    ([0.0, 0.0], [[1.0, 0.999999], [0.999999, 1.0]]),
    ([0.0, 0.0], [[1e6, 0.0], [0.0, 1e-6]]),
    (random_mean(3), covariance([1e-6, 1.0, 1e6])),
    (random_mean(5), covariance([1e-6, 1e-3, 1.0, 1e3, 1e6])),
    (random_mean(4), covariance([1e-6, 1e-6, 1e6, 1e6])),
    (random_mean(5), covariance([1e-4, 1e-2, 1.0, 1e2, 1e4])),
]
for d in range(1, 6):
    entropies.append((random_mean(d), random_covariance(d)))
# Entropy near zero in 2-D: eigenvalues c and 1/((2 pi e)^2 c), so det(2 pi e S) ~ 1.
entropies.append(([0.0, 0.0], covariance([10.0, float(1 / ((2 * mp.pi * mp.e) ** 2 * 10))])))
for m, s in entropies:
    t.entropy(spec(m, s), entropy(s))

# KL and cross-entropy pairs.
s3 = random_covariance(3)
s5 = random_covariance(5)
ill3 = covariance([1e-6, 1.0, 1e6])
ill5 = covariance([1e-6, 1e-3, 1.0, 1e3, 1e6])
m3, m5 = random_mean(3), random_mean(5)
# Eigenvalues ~1e6 and ~1e-6 on the diagonals; adding one ulp of the entries to all four keeps
# the small eigenvalue and moves only the large one, by a relative 1.2e-16: KL ~ 1e-33 at
# condition number 1e12.
a = float((mp.mpf(10) ** 6 + mp.mpf(10) ** -6) / 2)
b = float((mp.mpf(10) ** 6 - mp.mpf(10) ** -6) / 2)
along_large = [[a, b], [b, a]]
u = math.ulp(a)
along_large_nudged = [[a + u, b + u], [b + u, a + u]]
assert a + u - a == u and b + u - b == u
pairs = [
    ((m3, s3), (m3, s3)),                                      # p == q: exactly 0
    ((m5, ill5), (m5, ill5)),
    (([0.0], [[1.0]]), ([1e-9], [[1.0]])),                     # 1-D, as the Normal rows
    (([0.0], [[1.0]]), ([1.0], [[4.0]])),
    (([0.0], [[2.25]]), ([0.0], [[2.25 * (1 + 2 ** -40)]])),
    ((m3, s3), ([x + 1e-9 for x in m3], s3)),                  # means nearly equal
    ((m3, s3), (m3, perturbed(s3, 1e-8))),                     # covariances nearly equal
    ((m3, s3), (m3, perturbed(s3, 1e-10))),
    ((m5, s5), (m5, perturbed(s5, 1e-12))),
    ((m5, s5), ([x * (1 + 1e-12) for x in m5], perturbed(s5, 1e-11))),
    (([0.0, 0.0], [[1.0, 0.5], [0.5, 2.0]]), ([0.0, 0.0], [[1.0, 0.5], [0.5, 2.0 + 2e-12]])),
    ((m3, ill3), (m3, perturbed(ill3, 1e-12))),                # ill-conditioned, nearly equal
    ((m5, ill5), (m5, perturbed(ill5, 1e-15))),
    ((m3, ill3), ([x + 1e-10 for x in m3], ill3)),
    ((m5, s5), (m5, nudged(s5, 2, 2))),                        # one entry one ulp apart
    ((m5, ill5), (m5, nudged(ill5, 3, 1))),
    ((m3, ill3), (m3, nudged(ill3, 0, 0))),
    (([0.0, 0.0], along_large), ([0.0, 0.0], along_large_nudged)),
    ((m3, ill3), (random_mean(3), s3)),                        # ill-conditioned, far apart
    ((m3, s3), (m3, ill3)),
    (([0.0, 0.0], [[1e-100, 0.0], [0.0, 1e-100]]),             # extreme scales
     ([1.0, 1.0], [[1e100, 0.0], [0.0, 1e100]])),
    (([0.0, 0.0], [[1e100, 0.0], [0.0, 1e100]]), ([0.0, 0.0], [[1e-100, 0.0], [0.0, 1e-100]])),
    (([0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]]), ([50.0, -50.0], [[1.0, 0.0], [0.0, 1.0]])),
    (([0.0, 0.0], [[1.0, 0.99], [0.99, 1.0]]), ([0.0, 0.0], [[1.0, -0.99], [-0.99, 1.0]])),
]
for d in [1, 2, 2, 3, 3, 4, 4, 5, 5, 5]:
    pairs.append(((random_mean(d), random_covariance(d)), (random_mean(d), random_covariance(d))))
for (m1, s1), (m2, s2) in pairs:
    p, q = spec(m1, s1), spec(m2, s2)
    value = kl(m1, s1, m2, s2)
    if (m1, s1) == (m2, s2):
        assert abs(value) < mp.mpf("1e-100")  # rounding at 130 digits; KL(p, p) is exactly 0
        value = mp.mpf(0)
    h = cross_entropy(m1, s1, m2, s2)
    assert abs(h - entropy(s1) - value) < mp.mpf("1e-50") * (1 + abs(h))  # H(p,q) = H(p) + KL
    t.kl(p, q, value)
    t.cross_entropy(p, q, h)

# Guard against a wrong formula on both sides: integrate p (log p - log q) for two pairs.
for (m1, s1), (m2, s2) in [(([0.5], [[2.0]]), ([-1.0], [[0.7]])),
                           (([0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]]),
                            ([0.5, 0.0], [[1.5, -0.3], [-0.3, 0.8]]))]:
    formula = kl(m1, s1, m2, s2)
    quadrature = kl_by_quadrature(m1, s1, m2, s2)
    assert abs(formula - quadrature) < mp.mpf("1e-25") * abs(formula), (formula, quadrature)

t.write()
