"""Reference KL divergences for ClosedFormVersusIntegrationTest, from their definitions with mpmath.

KL(p||q) = integral of p log(p/q) (continuous, mpmath.quad at 40 digits, split at the kinks)
or sum of p log(p/q) (discrete, mpmath.nsum). Parameters are the doubles the Java code uses.
Writes ../resources/org/kullback/examples/closed-form-pairs.csv. Run: python3 closed_form_pairs.py
"""
import os

import mpmath
from mpmath import mp, mpf, log, exp, sqrt, pi, gamma, loggamma, quad, nsum, inf, factorial

mp.dps = 40


def normal(m, s):
    m, s = mpf(m), mpf(s)
    return lambda x: exp(-(x - m) ** 2 / (2 * s * s)) / (s * sqrt(2 * pi))


def gamma_rate(k, rate):
    k, rate = mpf(k), mpf(rate)
    return lambda x: rate ** k * x ** (k - 1) * exp(-rate * x) / gamma(k)


def beta(a, b):
    a, b = mpf(a), mpf(b)
    return lambda x: x ** (a - 1) * (1 - x) ** (b - 1) * gamma(a + b) / (gamma(a) * gamma(b))


def laplace(m, b):
    m, b = mpf(m), mpf(b)
    return lambda x: exp(-abs(x - m) / b) / (2 * b)


def weibull(k, lam):
    k, lam = mpf(k), mpf(lam)
    return lambda x: k / lam * (x / lam) ** (k - 1) * exp(-(x / lam) ** k)


def kl_continuous(p, q, points):
    return quad(lambda x: p(x) * log(p(x) / q(x)), points)


def kl_poisson_geometric(lam, g):
    lam, g = mpf(lam), mpf(g)

    def term(k):
        logp = -lam + k * log(lam) - loggamma(k + 1)
        logq = log(g) + k * log(1 - g)
        return exp(logp) * (logp - logq)
    return nsum(term, [0, inf])


ROWS = [
    ("Normal(0.0, 1.0)", "Normal(1.0, 2.0)", kl_continuous(normal(0, 1), normal(1, 2), [-inf, 0, inf])),
    ("Normal(0.0, 1.0)", "Normal(1.0E-4, 1.0)", mpf(1e-4) ** 2 / 2),
    ("Gamma(2.0, 3.0)", "Exponential(1.0)", kl_continuous(gamma_rate(2, 3), gamma_rate(1, 1), [0, 1, inf])),
    ("Beta(2.0, 5.0)", "Uniform(0.0, 1.0)", kl_continuous(beta(2, 5), lambda x: mpf(1), [0, 1])),
    ("Laplace(0.0, 1.0)", "Normal(0.0, 1.0)", kl_continuous(laplace(0, 1), normal(0, 1), [-inf, 0, inf])),
    ("Weibull(1.5, 2.0)", "Gamma(2.0, 1.0)", kl_continuous(weibull(1.5, 2), gamma_rate(2, 1), [0, 2, inf])),
    ("Poisson(3.0)", "Geometric(0.3)", kl_poisson_geometric(3, 0.3)),
]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "..", "resources", "org", "kullback", "examples", "closed-form-pairs.csv")
    with open(out, "w") as f:
        f.write("# mpmath %s, %d digits; written by src/test/python/closed_form_pairs.py\n"
                % (mpmath.__version__, mp.dps))
        f.write("p\tq\tkl\n")
        for p, q, kl in ROWS:
            f.write("%s\t%s\t%s\n" % (p, q, mp.nstr(kl, 25)))


if __name__ == "__main__":
    main()
