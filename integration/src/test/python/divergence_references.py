"""Reference entropies, cross-entropies and KL divergences for pairs without a closed form.

Independent of the Java code: every log density below is written out here from its textbook
formula, and every integral is computed by mpmath's tanh-sinh quadrature at 60 significant
digits (sums: exact rational-in-mpf summation to 60 digits), split at the points where the
integrand is not smooth and around the bulk. The printed values are rounded to 25 digits.

Output: ../resources/reference/divergences.csv with the columns
    p, q, kl, cross_entropy, entropy_p
(spec strings in Kullback's syntax: StudentT(dof, location, scale), Logistic(location, scale),
Gamma(shape, rate), Weibull(shape, scale), Geometric(p) on {0, 1, ...}).

Run: python3 divergence_references.py   (about a minute)
"""
import csv
import os
from mpmath import mp, mpf, log, exp, pi, loggamma, inf, quad, nsum, log1p, fabs

mp.dps = 60

# ---- log densities -------------------------------------------------------------------------


def normal(m, s):
    m, s = mpf(m), mpf(s)
    return lambda x: -((x - m) / s) ** 2 / 2 - log(s) - log(2 * pi) / 2


def student_t(nu, m, s):
    nu, m, s = mpf(nu), mpf(m), mpf(s)
    c = loggamma((nu + 1) / 2) - loggamma(nu / 2) - log(nu * pi) / 2 - log(s)
    return lambda x: c - (nu + 1) / 2 * log1p(((x - m) / s) ** 2 / nu)


def logistic(m, s):
    m, s = mpf(m), mpf(s)

    def f(x):
        z = (x - m) / s
        # symmetric form: -|z| - 2 log(1 + e^{-|z|}) - log s
        a = fabs(z)
        return -a - 2 * log1p(exp(-a)) - log(s)
    return f


def cauchy(m, s):
    m, s = mpf(m), mpf(s)
    return lambda x: -log(pi * s) - log1p(((x - m) / s) ** 2)


def laplace(m, b):
    m, b = mpf(m), mpf(b)
    return lambda x: -log(2 * b) - fabs(x - m) / b


def gumbel(m, b):
    m, b = mpf(m), mpf(b)

    def f(x):
        z = (x - m) / b
        return -log(b) - z - exp(-z)
    return f


def gamma(k, r):
    k, r = mpf(k), mpf(r)
    return lambda x: k * log(r) + (k - 1) * log(x) - r * x - loggamma(k) if x > 0 else -inf


def weibull(k, lam):
    k, lam = mpf(k), mpf(lam)
    return lambda x: log(k / lam) + (k - 1) * log(x / lam) - (x / lam) ** k if x > 0 else -inf


def lognormal(mu, s):
    mu, s = mpf(mu), mpf(s)
    return (lambda x: -log(x) - log(s) - log(2 * pi) / 2 - (log(x) - mu) ** 2 / (2 * s * s)
            if x > 0 else -inf)


def beta(a, b):
    a, b = mpf(a), mpf(b)
    c = loggamma(a + b) - loggamma(a) - loggamma(b)
    return lambda x: c + (a - 1) * log(x) + (b - 1) * log(1 - x) if 0 < x < 1 else -inf


# ---- pmfs ------------------------------------------------------------------------------------


def poisson(lam):
    lam = mpf(lam)
    return lambda k: k * log(lam) - lam - loggamma(k + 1)


def geometric(p):
    p = mpf(p)
    return lambda k: log(p) + k * log1p(-p)


def binomial(n, p):
    n, p = int(n), mpf(p)
    return lambda k: (loggamma(n + 1) - loggamma(k + 1) - loggamma(n - k + 1) + k * log(p)
                      + (n - k) * log1p(-p)) if 0 <= k <= n else -inf


def categorical(*ps):
    ps = [mpf(x) for x in ps]
    return lambda k: log(ps[int(k)]) if 0 <= k < len(ps) and ps[int(k)] > 0 else -inf


# ---- integrals -------------------------------------------------------------------------------


def continuous(lp, lq, points):
    def term(f):
        def g(x):
            a = lp(x)
            if a == -inf:
                return mpf(0)
            return exp(a) * f(x, a)
        return g

    def integral(f):
        value, error = quad(term(f), points, maxdegree=10, error=True)
        # mpmath's own error estimate; the printed values must be good to far beyond 1e-16.
        assert error < mpf(10)**-30, error
        return value
    cross = -integral(lambda x, a: lq(x))
    entropy = -integral(lambda x, a: a)
    kl = integral(lambda x, a: a - lq(x))
    return kl, cross, entropy


def discrete(lp, lq, support):
    def total(f):
        s = mpf(0)
        for k in support:
            a = lp(k)
            if a != -inf:
                s += exp(a) * f(k, a)
        return s
    kl = total(lambda k, a: a - lq(k))
    cross = -total(lambda k, a: lq(k))
    entropy = -total(lambda k, a: a)
    return kl, cross, entropy


LINE = [-inf, -100, -20, -5, -1, 0, 1, 2, 5, 20, 100, inf]
POSITIVE = [0, mpf(1) / 10**6, mpf(1) / 100, mpf(1) / 2, 1, 2, 5, 20, 100, inf]
UNIT = [0, mpf(1) / 10**6, mpf(1) / 2, 1 - mpf(1) / 10**6, 1]

CONTINUOUS = [
    ("StudentT(3, 0, 1)", student_t(3, 0, 1), "StudentT(10, 1, 2)", student_t(10, 1, 2), LINE),
    ("StudentT(5, 0, 1)", student_t(5, 0, 1), "Normal(0, 1)", normal(0, 1), LINE),
    ("Normal(0, 1)", normal(0, 1), "StudentT(5, 0, 1)", student_t(5, 0, 1), LINE),
    ("Logistic(0, 1)", logistic(0, 1), "Normal(0, 1)", normal(0, 1), LINE),
    ("Logistic(0, 1)", logistic(0, 1), "Logistic(1, 2)", logistic(1, 2), LINE),
    ("Normal(0, 1)", normal(0, 1), "Cauchy(0, 1)", cauchy(0, 1), LINE),
    ("Gamma(2, 1)", gamma(2, 1), "Normal(2, 1.5)", normal(2, 1.5), POSITIVE),
    ("StudentT(3, 0, 1)", student_t(3, 0, 1), "Normal(0, 1)", normal(0, 1), LINE),
    ("Cauchy(0, 1)", cauchy(0, 1), "StudentT(1.5, 0, 2)", student_t(1.5, 0, 2), LINE),
    ("Laplace(0, 1)", laplace(0, 1), "Logistic(0.5, 1)", logistic(0.5, 1),
     LINE[:6] + [mpf(1) / 2] + LINE[6:]),
    # Gumbel's mass below -12 is exp(-e^12) < 10^-70000: the range starts there.
    ("Gumbel(0, 1)", gumbel(0, 1), "Logistic(0, 1)", logistic(0, 1),
     [-12, -5, -1, 0, 1, 2, 5, 20, 100, inf]),
    ("LogNormal(0, 1)", lognormal(0, 1), "Weibull(1.5, 1)", weibull(1.5, 1), POSITIVE),
    ("Gamma(0.1, 1)", gamma(0.1, 1), "Weibull(0.5, 1)", weibull(0.5, 1),
     # x^(-0.9) near 0: one piece per 10 decades down to 10^-400 (mass below: 10^-40).
     [0] + [mpf(10)**-k for k in range(400, 0, -10)] + POSITIVE[2:]),
    ("Beta(0.5, 0.5)", beta(0.5, 0.5), "Weibull(2, 1)", weibull(2, 1), UNIT),
]

DISCRETE = [
    ("Geometric(0.3)", geometric(0.3), "Poisson(3)", poisson(3), range(0, 400)),
    ("Binomial(10, 0.3)", binomial(10, 0.3), "Geometric(0.25)", geometric(0.25), range(0, 11)),
    ("Categorical(0.2, 0.3, 0.5)", categorical(0.2, 0.3, 0.5), "Binomial(2, 0.6)",
     binomial(2, 0.6), range(0, 3)),
    ("Poisson(20)", poisson(20), "Geometric(0.05)", geometric(0.05), range(0, 400)),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "resources", "reference", "divergences.csv")
    rows = []
    for p, lp, q, lq, points in CONTINUOUS:
        rows.append((p, q) + continuous(lp, lq, points))
        print(rows[-1][:3])
    for p, lp, q, lq, support in DISCRETE:
        rows.append((p, q) + discrete(lp, lq, support))
        print(rows[-1][:3])
    with open(out, "w", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["p", "q", "kl", "cross_entropy", "entropy_p"])
        for p, q, kl, ce, h in rows:
            w.writerow([p, q, mp.nstr(kl, 25), mp.nstr(ce, 25), mp.nstr(h, 25)])


if __name__ == "__main__":
    main()
