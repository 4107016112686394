"""Reference entropies, KL divergences and cross-entropies for Beta and StudentT (see mpref.py).

Formulas (mpmath, from the exact double parameters):
  H(Beta(a, b))   = log B(a,b) - (a-1) psi(a) - (b-1) psi(b) + (a+b-2) psi(a+b)
  KL(Beta(a1,b1) || Beta(a2,b2))
                  = log B(a2,b2) - log B(a1,b1) + (a1-a2) psi(a1) + (b1-b2) psi(b1)
                    + (a2-a1+b2-b1) psi(a1+b1)
  H(p, q)         = log B(a2,b2) - (a2-1)(psi(a1) - psi(a1+b1)) - (b2-1)(psi(b1) - psi(a1+b1))
  H(StudentT(nu, mu, s))
                  = (nu+1)/2 (psi((nu+1)/2) - psi(nu/2)) + log(sqrt(nu) B(nu/2, 1/2)) + log s
Each is the textbook expression evaluated directly: no series, no rearrangement. Nearly equal and
huge parameters (1e15) make these expressions cancel by up to 50 digits, so this script works at
120 digits instead of mpref's default 60. StudentT-StudentT has no closed form and no rows.

The formulas are cross-checked by numerical integration (mpmath.quad) of -p log p and
p (log p - log q) for a few ordinary rows, asserted to 1e-25.
"""

import random
from mpref import mp, spec, Table

mp.mp.dps = 120
HALF = mp.mpf(1) / 2


def log_beta(a, b):
    return mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)


def beta_entropy(a, b):
    a, b = mp.mpf(a), mp.mpf(b)
    return (log_beta(a, b) - (a - 1) * mp.digamma(a) - (b - 1) * mp.digamma(b)
            + (a + b - 2) * mp.digamma(a + b))


def beta_kl(a1, b1, a2, b2):
    a1, b1, a2, b2 = map(mp.mpf, (a1, b1, a2, b2))
    return (log_beta(a2, b2) - log_beta(a1, b1) + (a1 - a2) * mp.digamma(a1)
            + (b1 - b2) * mp.digamma(b1) + (a2 - a1 + b2 - b1) * mp.digamma(a1 + b1))


def beta_cross_entropy(a1, b1, a2, b2):
    a1, b1, a2, b2 = map(mp.mpf, (a1, b1, a2, b2))
    return (log_beta(a2, b2) - (a2 - 1) * (mp.digamma(a1) - mp.digamma(a1 + b1))
            - (b2 - 1) * (mp.digamma(b1) - mp.digamma(a1 + b1)))


def student_entropy(nu, s):
    nu, s = mp.mpf(nu), mp.mpf(s)
    return ((nu + 1) / 2 * (mp.digamma((nu + 1) / 2) - mp.digamma(nu / 2))
            + mp.log(mp.sqrt(nu)) + log_beta(nu / 2, HALF) + mp.log(s))


def beta_log_density(a, b):
    """log p as a function of x and y = 1 - x (both passed, so neither loses digits)."""
    a, b = mp.mpf(a), mp.mpf(b)
    c = log_beta(a, b)
    return lambda x, y: (a - 1) * mp.log(x) + (b - 1) * mp.log(y) - c


def student_log_density(nu, m, s):
    nu, m, s = mp.mpf(nu), mp.mpf(m), mp.mpf(s)
    c = mp.log(mp.sqrt(nu)) + log_beta(nu / 2, HALF) + mp.log(s)
    return lambda x: -(nu + 1) / 2 * mp.log(1 + ((x - m) / s) ** 2 / nu) - c


def beta_quad(g, a, b):
    """The integral of g over (0, 1) for a Beta(a, b) integrand, substituting x = t^m near 0 and
    1 - x = t^n near 1 so that the endpoint behaviour x^(a-1), (1-x)^(b-1) becomes smooth."""
    m, n = max(1, int(mp.ceil(2 / a))), max(1, int(mp.ceil(2 / b)))
    half = HALF
    left = mp.quad(lambda t: g(t ** m, 1 - t ** m) * m * t ** (m - 1),
                   [0, half ** (mp.mpf(1) / m)])
    right = mp.quad(lambda t: g(1 - t ** n, t ** n) * n * t ** (n - 1),
                    [0, half ** (mp.mpf(1) / n)])
    return left + right


def check_by_quadrature():
    """-E_p log p and E_p log(p/q) by tanh-sinh quadrature, against the formulas."""
    with mp.workdps(40):
        for a, b in [(2.0, 5.0), (0.5, 0.5), (0.1, 3.0), (7.5, 1.25)]:
            lp = beta_log_density(a, b)
            h = beta_quad(lambda x, y: -mp.exp(lp(x, y)) * lp(x, y), a, b)
            assert abs(h - beta_entropy(a, b)) < mp.mpf(10) ** -25, (a, b)
        for (a1, b1), (a2, b2) in [((2.0, 5.0), (3.0, 4.0)), ((0.5, 0.5), (2.0, 2.0)),
                                   ((0.1, 3.0), (1.5, 0.7)), ((7.5, 1.25), (7.0, 1.5))]:
            lp, lq = beta_log_density(a1, b1), beta_log_density(a2, b2)
            kl = beta_quad(lambda x, y: mp.exp(lp(x, y)) * (lp(x, y) - lq(x, y)), a1, b1)
            assert abs(kl - beta_kl(a1, b1, a2, b2)) < mp.mpf(10) ** -25, (a1, b1, a2, b2)
            ce = beta_quad(lambda x, y: -mp.exp(lp(x, y)) * lq(x, y), a1, b1)
            assert abs(ce - beta_cross_entropy(a1, b1, a2, b2)) < mp.mpf(10) ** -25
        for nu, m, s in [(1.0, 0.0, 1.0), (5.0, 1.5, 2.0), (2.5, -1.0, 0.5)]:
            lp = student_log_density(nu, m, s)
            h = mp.quad(lambda x: -mp.exp(lp(x)) * lp(x),
                        [-mp.inf, m - 10 * s, m - s, m, m + s, m + 10 * s, mp.inf])
            assert abs(h - student_entropy(nu, s)) < mp.mpf(10) ** -25, (nu, m, s)


check_by_quadrature()
t = Table("betat")
rng = random.Random(20261122)

betas = [(0.5, 0.5), (2.0, 5.0), (100000.0, 300000.0), (0.1, 3.0), (0.001, 0.001), (1.0, 1.0),
         (1.0 + 1e-8, 1.0), (1.0, 1.0 - 3e-12), (10000000.0, 10000000.0), (0.001, 2.0),
         (3.0, 100000.0), (50.0, 0.5), (1.5, 1.0), (1e15, 2e15), (9.5, 10.5), (0.5, 1e6)]
for _ in range(8):
    betas.append((10 ** rng.uniform(-3, 4), 10 ** rng.uniform(-3, 4)))
for a, b in betas:
    t.entropy(spec("Beta", a, b), beta_entropy(a, b))

students = [(1.0, 0.0, 1.0), (2.5, 1.5, 0.3), (5.0, -3.0, 20.0), (30.0, 0.0, 1.0),
            (1e8, 2.0, 1.0), (1e15, 0.0, 1.0), (1e15, 0.0, 0.24197072451914337),
            (0.001, 0.0, 1.0), (0.3, 4.0, 1e-10), (19.999999999999996, 0.0, 1.0),
            (20.0, 0.0, 1.0), (100.0, -1.0, 1e10), (1e8, 0.0, 1e-300), (2.0, 0.0, 1.0)]
for _ in range(6):
    students.append((10 ** rng.uniform(-2, 6), rng.uniform(-10, 10), 10 ** rng.uniform(-3, 3)))
for nu, m, s in students:
    t.entropy(spec("StudentT", nu, m, s), student_entropy(nu, s))

pairs = [((2.0, 5.0), (2.0, 5.0)),                       # p == q: exactly 0
         ((2.0, 5.0), (2.0 + 2e-15, 5.0)),
         ((2.0, 5.0), (2.0, 5.0 * (1 + 1e-12))),
         ((0.5, 0.5), (0.5 * (1 + 1e-8), 0.5 * (1 - 1e-8))),
         ((0.1, 3.0), (0.1, 3.0 * (1 + 1e-10))),
         ((0.001, 2.0), (0.001, 2.0 * (1 + 1e-9))),       # skewed: a << b, only b moves
         ((100000.0, 300000.0), (100000.0 * (1 + 1e-15), 300000.0)),
         ((100000.0, 300000.0), (100000.0 * (1 + 1e-8), 300000.0 * (1 + 1e-8))),
         ((100000.0, 300000.0), (100000.0 * (1 + 1e-3), 300000.0 * (1 - 1e-3))),
         ((10000000.0, 10000000.0), (10000000.0 * (1 + 1e-13), 10000000.0)),
         ((1e15, 2e15), (1e15 * (1 + 1e-15), 2e15 * (1 + 1e-15))),
         ((3.0, 100000.0), (3.0, 100000.0 * (1 + 1e-11))),
         ((12.0, 9.0), (12.0 * (1 + 1e-15), 9.0 * (1 + 1e-15))),
         ((2.0, 5.0), (5.0, 2.0)), ((0.5, 0.5), (50.0, 0.5)),
         ((0.001, 0.001), (1.0, 1.0)), ((1.0, 1.0), (0.001, 0.001)),
         ((100000.0, 300000.0), (1.0, 1.0)), ((1.0, 1.0), (100000.0, 300000.0)),
         ((5.8816078200291395, 68.86189039941586), (0.0016393508971172582, 0.004008899733744836)),
         ((1e7, 1e7), (0.5, 2.0))]
for _ in range(10):
    pairs.append(((10 ** rng.uniform(-3, 6), 10 ** rng.uniform(-3, 6)),
                  (10 ** rng.uniform(-3, 6), 10 ** rng.uniform(-3, 6))))
for _ in range(6):
    a, b = 10 ** rng.uniform(-3, 6), 10 ** rng.uniform(-3, 6)
    f = 10 ** rng.uniform(-15, -3)
    pairs.append(((a, b), (a * (1 + f * rng.uniform(-1, 1)), b * (1 + f * rng.uniform(-1, 1)))))
for (a1, b1), (a2, b2) in pairs:
    p, q = spec("Beta", a1, b1), spec("Beta", a2, b2)
    t.kl(p, q, beta_kl(a1, b1, a2, b2))
    t.cross_entropy(p, q, beta_cross_entropy(a1, b1, a2, b2))

t.write()
