#!/usr/bin/env python3
"""Derives the constants of org.kullback.special.Polygamma's digamma kernel on [1, 2].

On [1, 2] digamma is written as

    psi(x) = (x - x0) * (Q(x - 3/2) + 1 / (x * x0)),

where x0 = 1.46163214496836... is the positive root of psi.  Subtracting 1/(x x0) removes the
pole of psi(x)/(x - x0) at x = 0 (because psi(x) = psi(x + 1) - 1/x and psi(x0 + 1) = 1/x0),
so Q is analytic up to x = -1 and a degree-16 Chebyshev interpolant reaches ~1e-17 relative.

The script prints x0 and x0 - 1 as double-double pairs and the monomial coefficients of Q
(ascending powers of s = x - 3/2), then checks the polynomial with double coefficients.
Requires mpmath (tested with 1.3).  Run: python3 digamma_root_polynomial.py
"""
import mpmath as mp

mp.mp.dps = 60
DEGREE = 16

x0 = mp.findroot(mp.digamma, mp.mpf("1.46"))


def q(s):
    x = mp.mpf("1.5") + s
    if abs(x - x0) < mp.mpf(10) ** -40:
        return mp.psi(1, x0) - 1 / (x0 * x0)
    return mp.digamma(x) / (x - x0) - 1 / (x * x0)


def split(v):
    hi = float(v)
    return hi, float(v - mp.mpf(hi))


def main():
    print("x0      =", mp.nstr(x0, 40))
    print("x0      = %r + %r" % split(x0))
    print("x0 - 1  = %r + %r" % split(x0 - 1))
    coefficients, error = mp.chebyfit(q, [-0.5, 0.5], DEGREE + 1, error=True)
    ascending = [float(c) for c in reversed(coefficients)]
    print("Chebyshev interpolation error: %s" % mp.nstr(error, 3))
    for c in ascending:
        print("    %r," % c)
    rounded = [mp.mpf(c) for c in reversed(ascending)]
    worst = mp.mpf(0)
    for i in range(4001):
        s = mp.mpf(-0.5) + mp.mpf(i) / 4000
        x = mp.mpf("1.5") + s
        exact = q(s) + 1 / (x * x0)
        approx = mp.polyval(rounded, s) + 1 / (x * x0)
        worst = max(worst, abs(approx / exact - 1))
    print("worst relative error of the bracket with double coefficients: %s" % mp.nstr(worst, 3))


if __name__ == "__main__":
    main()
