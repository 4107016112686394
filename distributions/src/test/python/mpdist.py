"""Independent mpmath implementations of every continuous Kullback family, for reference values.

Each family is given by its log density and its support, written from the textbook definitions
(not from the Java code), and KL / cross-entropy are computed by mpmath's tanh-sinh quadrature at
40 digits, split at the points where the integrand is not smooth
or has its bulk. Every quadrature also returns mpmath's error estimate, which ``integrate`` checks.
"""

from mpref import mp

# 40 digits: integrands of nearly equal pairs are ~1e-9 and their integrals ~1e-18, so this
# still leaves ~20 digits in the smallest reference values, and runs 2-3x faster than 60.
mp.mp.dps = 40

EULER = mp.euler


class Family:
    def __init__(self, name, params, support, logpdf, points=()):
        self.name, self.params, self.support, self.logpdf = name, params, support, logpdf
        self.points = tuple(points)  # interior points worth splitting the integral at

    def spec(self):
        return self.name + "(" + ", ".join(
            repr(p) if isinstance(p, float) else str(p) for p in self.params) + ")"


def F(x):
    return mp.mpf(x)


def normal(m, s):
    m_, s_ = F(m), F(s)
    return Family("Normal", (m, s), (-mp.inf, mp.inf),
                  lambda x: -(x - m_) ** 2 / (2 * s_ ** 2) - mp.log(s_) - mp.log(2 * mp.pi) / 2,
                  (m_ - 10 * s_, m_ - 3 * s_, m_, m_ + 3 * s_, m_ + 10 * s_))


def lognormal(mu, sigma):
    mu_, s_ = F(mu), F(sigma)
    return Family("LogNormal", (mu, sigma), (0, mp.inf),
                  lambda x: -(mp.log(x) - mu_) ** 2 / (2 * s_ ** 2) - mp.log(x) - mp.log(s_)
                  - mp.log(2 * mp.pi) / 2,
                  tuple(mp.exp(mu_ + k * s_) for k in (-10, -3, 0, 3, 10)))


def exponential(rate):
    r = F(rate)
    return Family("Exponential", (rate,), (0, mp.inf), lambda x: mp.log(r) - r * x,
                  (1 / r, 10 / r, 40 / r))


def gamma(shape, rate):
    k, r = F(shape), F(rate)
    mean = k / r
    sd = mp.sqrt(k) / r
    pts = [p for p in (mean - 8 * sd, mean - 3 * sd, mean, mean + 3 * sd, mean + 10 * sd,
                       mean + 40 * sd + 40 / r) if p > 0]
    return Family("Gamma", (shape, rate), (0, mp.inf),
                  lambda x: k * mp.log(r) + (k - 1) * mp.log(x) - r * x - mp.loggamma(k), pts)


def beta(a, b):
    a_, b_ = F(a), F(b)
    return Family("Beta", (a, b), (0, 1),
                  lambda x: (a_ - 1) * mp.log(x) + (b_ - 1) * mp.log1p(-x) - mp.log(mp.beta(a_, b_)),
                  (a_ / (a_ + b_),))


def uniform(lo, hi):
    lo_, hi_ = F(lo), F(hi)
    return Family("Uniform", (lo, hi), (lo_, hi_), lambda x: -mp.log(hi_ - lo_))


def laplace(m, b):
    m_, b_ = F(m), F(b)
    return Family("Laplace", (m, b), (-mp.inf, mp.inf),
                  lambda x: -abs(x - m_) / b_ - mp.log(2 * b_),
                  (m_ - 40 * b_, m_ - 5 * b_, m_, m_ + 5 * b_, m_ + 40 * b_))


def gumbel(m, beta_):
    m_, b_ = F(m), F(beta_)
    def logpdf(x):
        z = (x - m_) / b_
        return -mp.log(b_) - z - mp.exp(-z)
    return Family("Gumbel", (m, beta_), (-mp.inf, mp.inf), logpdf,
                  (m_ - 5 * b_, m_ - 2 * b_, m_, m_ + 5 * b_, m_ + 40 * b_))


def weibull(k, lam):
    k_, l_ = F(k), F(lam)
    return Family("Weibull", (k, lam), (0, mp.inf),
                  lambda x: mp.log(k_ / l_) + (k_ - 1) * mp.log(x / l_) - (x / l_) ** k_,
                  tuple(l_ * t ** (1 / k_) for t in (F(1) / 100, 1, 5, 40)))


def pareto(xm, alpha):
    xm_, a_ = F(xm), F(alpha)
    return Family("Pareto", (xm, alpha), (xm_, mp.inf),
                  lambda x: mp.log(a_) + a_ * mp.log(xm_) - (a_ + 1) * mp.log(x),
                  tuple(xm_ * t ** (1 / a_) for t in (2, 100, 10 ** 4, 10 ** 8, 10 ** 16)))


def _quad(f, pts):
    value, error = mp.quad(f, pts, error=True, maxdegree=10)
    # mpmath's estimate is the difference between the last two tanh-sinh levels; demand 22
    # digits of the result (or 1e-40 absolutely, for KL values near 0): 8 orders of magnitude
    # beyond the 1e-14 bar the Java code is held to.
    if error > mp.mpf(10) ** (-22) * abs(value) + mp.mpf(10) ** (-40):
        raise ArithmeticError("quadrature did not converge: value %s, error %s" % (value, error))
    return value


def _singular_end(f, a, c, sign):
    """The integral of f over [a, a + sign*c] for an integrand with an integrable power singularity
    at a: substituting x = a + sign*c*t^10 turns x^(s-1) into a smooth t^(10s-1) for s > 0.1."""
    m = 10
    # Quadrupled precision so that a + sign*c*t^m keeps its distance to the endpoint for the
    # tanh-sinh nodes closest to t = 0.
    def g(t):
        x = a + sign * c * t ** m
        # Nodes so close to t = 0 that x rounds to the endpoint carry weight ~t^(m-1) < 1e-100.
        return 0 if x == a else f(x) * m * c * t ** (m - 1)
    with mp.workdps(4 * mp.mp.dps):
        return +_quad(g, [0, 1])


def integrate(f, a, b, points):
    pts = sorted(set([a] + [p for p in points if a < p < b] + [b]))
    total = mp.mpf(0)
    if a == 0:
        c = min(pts[1], mp.mpf(1) / 10) if len(pts) > 1 else mp.mpf(1) / 10
        c = min(c, (b - a) / 4)
        total += _singular_end(f, a, c, 1)
        pts = [a + c] + [p for p in pts if p > a + c]
    if mp.isfinite(a) and b == 1 and a >= 0:
        c = min(1 - pts[-2], mp.mpf(1) / 10) if len(pts) > 2 else mp.mpf(1) / 10
        c = min(c, (b - pts[0]) / 4)
        total += _singular_end(f, b, c, -1)
        pts = [p for p in pts if p < b - c] + [b - c]
    return total + _quad(f, pts)


# Where log p(x) < -1e5 the integrand is below e^(-1e5) times a polynomial in x: nothing at 40
# digits. Skipping such points also avoids exp(-e^(1e30))-type evaluations in far tails (Gumbel),
# which cost mpmath hundreds of digits of argument reduction.
NEGLIGIBLE = -mp.mpf(10) ** 5


def _weighted(p, g):
    """x -> p(x)·g(x, log p(x)), zero where p is negligible."""
    def f(x):
        lp = p.logpdf(x)
        return 0 if lp < NEGLIGIBLE else mp.exp(lp) * g(x, lp)
    return f


def _breaks(p, q):
    return p.points + q.points + tuple(x for x in q.support if mp.isfinite(x))


def cross_entropy(p, q):
    """H(p, q) = -E_p[log q]; +inf when p's support is not inside q's."""
    if p.support[0] < q.support[0] or p.support[1] > q.support[1]:
        return mp.inf
    a, b = p.support
    return -integrate(_weighted(p, lambda x, lp: q.logpdf(x)), a, b, _breaks(p, q))


def kl(p, q):
    if p.support[0] < q.support[0] or p.support[1] > q.support[1]:
        return mp.inf
    a, b = p.support
    return integrate(_weighted(p, lambda x, lp: lp - q.logpdf(x)), a, b, _breaks(p, q))


def entropy(p):
    a, b = p.support
    return -integrate(_weighted(p, lambda x, lp: lp), a, b, p.points)
