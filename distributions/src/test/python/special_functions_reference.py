#!/usr/bin/env python3
"""Reference values for org.kullback.special, computed with mpmath at 50 significant digits.

Writes ../resources/reference/special-functions.csv with the columns

    function,x,y,value

x and y are Python reprs of the exact double inputs (y is empty for one-argument functions);
value is the mathematically exact result of the function at those doubles, rounded to 25
significant digits.  The code under test is never used to produce these values.

Requires mpmath (tested with 1.3).  Run from any directory:

    python3 distributions/src/test/python/special_functions_reference.py
"""
import math
import os
import random

import mpmath as mp

mp.mp.dps = 50
random.seed(20240611)

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "reference",
                      "special-functions.csv")

ROOT = mp.findroot(mp.digamma, mp.mpf("1.46"))
EULER_GAMMA = mp.euler


def m(v):
    """The exact value of a double as an mpf."""
    return mp.mpf(v)


def precise(f, *args):
    """f(*args) to at least 40 correct digits.

    Several references cancel catastrophically (log1p(x) - x at x = 1e-300, Stirling's remainder
    at 1e300, log B(1e300, 0.5)), so the working precision is doubled until two successive
    results agree to 40 digits (a zero must persist up to the highest precision).
    """
    previous = None
    for dps in (60, 120, 240, 480, 960, 1920):
        with mp.workdps(dps):
            value = f(*args)
        agree = previous is not None and abs(value - previous) <= abs(value) * mp.mpf(10) ** -40
        if value != 0 and agree:
            return value
        previous = value
    if value == 0:
        return value
    raise ArithmeticError("no agreement for %s%r" % (f.__name__, args))


def log_uniform(low_exponent, high_exponent):
    return 10.0 ** random.uniform(low_exponent, high_exponent)


def neighbours(v, count):
    """v and the `count` doubles on either side of it."""
    out = [v]
    up = down = v
    for _ in range(count):
        up = math.nextafter(up, math.inf)
        down = math.nextafter(down, -math.inf)
        out += [up, down]
    return out


# ----------------------------------------------------------------------------------------------
# Functions (all evaluated on the exact double inputs)

def digamma(x):
    return mp.digamma(m(x))


def trigamma(x):
    x = m(x)
    if x < 0:
        # mpmath recurses up from large negative arguments very slowly; the reflection formula
        # psi1(x) + psi1(1 - x) = pi^2 / sin^2(pi x) is exact, and the working precision absorbs
        # its cancellation.
        return mp.pi ** 2 / mp.sin(mp.pi * x) ** 2 - mp.psi(1, 1 - x)
    return mp.psi(1, x)


def inverse_digamma(y):
    y = m(y)
    # Minka's initial guess, then Newton in 50-digit arithmetic (psi is increasing and concave).
    x = mp.exp(y) + mp.mpf("0.5") if y >= mp.mpf("-2.22") else -1 / (y + EULER_GAMMA)
    for _ in range(200):
        step = (mp.digamma(x) - y) / mp.psi(1, x)
        while x - step <= 0:
            step /= 2
        x -= step
        if abs(step) < abs(x) * mp.mpf(10) ** -45:
            break
    assert abs(mp.digamma(x) - y) <= mp.mpf(10) ** -40 * max(1, abs(y)), y
    return x


def log_gamma_1p(x):
    return mp.loggamma(1 + m(x))


def log_gamma_correction(x):
    x = m(x)
    return mp.loggamma(x) - ((x - mp.mpf("0.5")) * mp.log(x) - x + mp.log(2 * mp.pi) / 2)


def log_beta(a, b):
    a, b = m(a), m(b)
    return mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)


def log1pmx(x):
    return mp.log1p(m(x)) - m(x)


def log1mexp(x):
    return mp.log(-mp.expm1(m(x)))


def log1pexp(x):
    return mp.log1p(mp.exp(m(x)))


def expm1mx(x):
    return mp.expm1(m(x)) - m(x)


def log_sum_exp(a, b):
    return mp.log(mp.exp(m(a)) + mp.exp(m(b)))


# ----------------------------------------------------------------------------------------------
# Inputs

def polygamma_arguments():
    xs = [1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-15, 1e-10, 1e-5, 1e-3, 0.01, 0.1, 0.25, 0.5,
          0.75, 0.9, 0.99, 1.0, 1.01, 1.1, 1.25, 1.5, 1.75, 1.9, 1.99, 2.0, 2.01, 2.5, 3.0, 4.5,
          5.0, 7.25, 9.0, 9.99, 10.0, 10.01, 12.5, 20.0, 50.0, 100.0, 1e3, 1e4, 1e5, 1e6, 1e8,
          1e10, 1e15, 1e20, 1e50, 1e100, 1e200, 1e300, 1.7976931348623157e308]
    xs += [math.nextafter(1.0, 0.0), math.nextafter(1.0, 2.0), math.nextafter(2.0, 0.0),
           math.nextafter(2.0, 3.0), math.nextafter(10.0, 0.0)]
    xs += [log_uniform(-300, 300) for _ in range(60)]
    xs += [log_uniform(-3, 3) for _ in range(60)]
    xs += [random.uniform(0.0, 20.0) for _ in range(60)]
    return xs


def digamma_arguments():
    xs = polygamma_arguments()
    root = float(ROOT)
    xs += neighbours(root, 4)
    for k in range(8, 16):
        for sign in (1.0, -1.0):
            xs.append(root + sign * 10.0 ** -k)
            xs.append(root + sign * 3.3 * 10.0 ** -k)
    xs += [random.uniform(1.0, 2.0) for _ in range(30)]
    return xs


def negative_arguments():
    xs = [-1e-300, -1e-10, -1e-3, -0.1, -0.5, -0.9, -1.5, -2.5, -1.0 + 1e-9, -1.0 - 1e-9,
          -3.0 + 1e-12, -9.75, -10.5, -100.5, -1e5 - 0.25, -1e5 - 0.5, -1e10 - 0.5, -1234567.125]
    xs += [-random.uniform(0.0, 50.0) for _ in range(40)]
    xs += [-log_uniform(-3, 8) for _ in range(20)]
    return [x for x in xs if x != math.floor(x)]


def inverse_digamma_arguments():
    ys = [-1e10, -1e8, -1e6, -1e4, -1000.0, -100.0, -20.0, -10.0, -5.0, -2.5, -2.22, -2.0,
          -1.0, -0.5772156649015329, -0.5, -0.1, -1e-5, -1e-10, 0.0, 1e-10, 1e-5, 0.1, 0.5, 1.0,
          2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 300.0, 500.0, 700.0, 709.0]
    ys += [random.uniform(-5.0, 5.0) for _ in range(40)]
    ys += [random.uniform(-50.0, 700.0) for _ in range(30)]
    ys += [-log_uniform(0, 10) for _ in range(30)]
    return ys


def log_gamma_1p_arguments():
    xs = [-0.999999, -0.99, -0.9, -0.75, -0.5, -0.25, -0.1, -0.01, -1e-5, -1e-10, -1e-20, -1e-45,
          -1e-100, 1e-300, 1e-100, 1e-50, 1e-45, 1e-40, 1e-30, 1e-20, 1e-16, 1e-10, 1e-7, 1e-5,
          1e-3, 0.01, 0.1, 0.5, 1.0, 1.5, 2.0, 3.5, 10.0, 100.0, 1e5]
    xs += [1.0 + k * 2.0 ** -52 for k in (-4, -1, 1, 4)]
    xs += [1.0 + sign * 10.0 ** -k for k in (4, 8, 12) for sign in (-1.0, 1.0)]
    xs += [random.choice((-1.0, 1.0)) * log_uniform(-320, -0.31) for _ in range(60)]
    xs += [random.uniform(-0.99, 1.5) for _ in range(60)]
    xs += [log_uniform(0, 10) for _ in range(20)]
    return xs


def log_gamma_correction_arguments():
    xs = [1e-300, 1e-10, 1e-3, 0.1, 0.25, 0.4999, 0.5, 0.75, 0.999,
          1.0, 1.5, 2.0, 3.0, 5.0, 7.5, 9.0, 9.999, 10.0, 10.5, 15.0, 100.0, 1e3, 1e5, 1e8,
          1e10, 1e15, 1e20, 1e50, 1e100, 1e150, 1e200, 1e300]
    xs += [random.uniform(1.0, 10.0) for _ in range(40)]
    xs += [log_uniform(1, 300) for _ in range(40)]
    xs += [random.uniform(0.0, 1.0) for _ in range(20)]
    return xs


def log_beta_arguments():
    pairs = [(1e5, 3e5), (1e6, 1e6), (1e10, 1e-3), (1e-3, 1e10), (0.5, 0.5), (1e-10, 1.0),
             (1.0, 2.0), (2.0, 3.0), (0.3, 7.0), (9.5, 9.5), (10.0, 10.0), (10.0, 1e15),
             (1e15, 1e15), (1e15, 1e-10), (1e-10, 1e-10), (1e-10, 1e15), (10.0, 1e10),
             (100.0, 200.0), (5.0, 1e3), (0.1, 1e12), (1e12, 12.5), (3.0, 1e5), (1e-5, 1e-5),
             (4.636880687384258e8, 0.10950755994423363), (1e300, 1e300), (1e300, 0.5)]
    pairs += [(log_uniform(-10, 15), log_uniform(-10, 15)) for _ in range(200)]
    pairs += [(random.uniform(0.0, 20.0), random.uniform(0.0, 20.0)) for _ in range(40)]
    pairs += [(log_uniform(-10, 1), log_uniform(1, 15)) for _ in range(60)]
    return pairs


def log_beta_near_zero_arguments():
    """Pairs close to the curve B(p, q) = 1, where log B changes sign.

    There the relative error is unbounded for any method in double precision; the tests hold
    these rows to an absolute bar.
    """
    pairs = [(1.0, 1.0), (1.0, 1.0 + 2.0 ** -30), (1.0 - 2.0 ** -30, 1.0), (2.0, 0.5)]
    for _ in range(40):
        p = random.uniform(0.08, 1.0)
        guess = max(1.5, float(mp.gamma(p) ** (1 / mp.mpf(p))))
        q = float(mp.findroot(lambda t: log_beta(p, t), guess))
        pairs.append((p, q * (1.0 + random.uniform(-1e-3, 1e-3))))
    return pairs


def log1pmx_arguments():
    xs = [math.nextafter(-1.0, 0.0), -0.999999, -0.99, -0.9, -0.75, -0.5, -0.4, -0.25, -0.1,
          -1e-3, -1e-5, -1e-10, -1e-20, -1e-300, 1e-300, 1e-20, 1e-10, 1e-5, 1e-3, 0.1, 0.25,
          0.4, 0.5, 0.75, 1.0, 1.5, 2.0, 10.0, 1e3, 1e10, 1e100, 1e300]
    xs += [random.choice((-1.0, 1.0)) * log_uniform(-20, -0.31) for _ in range(60)]
    xs += [random.uniform(-0.999, 3.0) for _ in range(60)]
    xs += [log_uniform(0, 300) for _ in range(20)]
    return xs


def log1mexp_arguments():
    ln2 = math.log(2.0)
    xs = [-1e-300, -1e-100, -1e-20, -1e-10, -1e-5, -0.01, -0.5, -ln2, math.nextafter(-ln2, 0.0),
          math.nextafter(-ln2, -1.0), -1.0, -2.0, -10.0, -36.0, -40.0, -100.0, -700.0, -745.0]
    xs += [-log_uniform(-300, 2.85) for _ in range(80)]
    return xs


def log1pexp_arguments():
    xs = [-800.0, -745.0, -700.0, -100.0, -37.0, math.nextafter(-37.0, 0.0), -36.0, -10.0, -1.0,
          -1e-10, 0.0, 1e-10, 1.0, 10.0, 18.0, math.nextafter(18.0, 19.0), 20.0, 33.3,
          math.nextafter(33.3, 34.0), 40.0, 100.0, 700.0, 1e10, 1e300]
    xs += [random.uniform(-60.0, 60.0) for _ in range(60)]
    xs += [random.choice((-1.0, 1.0)) * log_uniform(-300, 2.85) for _ in range(30)]
    return xs


def expm1mx_arguments():
    xs = [-1e300, -1e10, -745.0, -100.0, -10.0, -2.0, -1.0, -0.999, -0.5, -0.1, -1e-5, -1e-10,
          -1e-100, -1e-300, 1e-300, 1e-100, 1e-10, 1e-5, 0.1, 0.5, 0.999, 1.0, 2.0, 10.0, 100.0,
          700.0, 709.0]
    xs += [random.choice((-1.0, 1.0)) * log_uniform(-20, 0.5) for _ in range(60)]
    xs += [random.uniform(-5.0, 5.0) for _ in range(30)]
    return xs


def log_sum_exp_arguments():
    pairs = [(0.0, 0.0), (1000.0, 1000.0), (-1000.0, -1000.0), (0.0, -40.0), (-745.0, -746.0),
             (1.0, 1e-10), (700.0, 710.0), (1e300, 1e300), (-1e300, 0.0)]
    pairs += [(random.uniform(-50.0, 50.0), random.uniform(-50.0, 50.0)) for _ in range(40)]
    return pairs


def main():
    rows = []

    def add(name, value, x, y=None):
        rows.append("%s,%r,%s,%s" % (name, x, "" if y is None else repr(y), mp.nstr(value, 25)))

    for x in digamma_arguments() + negative_arguments():
        add("digamma", precise(digamma, x), x)
    for x in polygamma_arguments() + negative_arguments():
        add("trigamma", precise(trigamma, x), x)
    for y in inverse_digamma_arguments():
        add("inverseDigamma", inverse_digamma(y), y)
    for x in log_gamma_1p_arguments():
        add("logGamma1p", precise(log_gamma_1p, x), x)
    for x in log_gamma_correction_arguments():
        add("logGammaCorrection", precise(log_gamma_correction, x), x)
    for a, b in log_beta_arguments():
        add("logBeta", precise(log_beta, a, b), a, b)
    for a, b in log_beta_near_zero_arguments():
        add("logBetaNearZero", precise(log_beta, a, b), a, b)
    for x in log1pmx_arguments():
        add("log1pmx", precise(log1pmx, x), x)
    for x in log1mexp_arguments():
        add("log1mexp", precise(log1mexp, x), x)
    for x in log1pexp_arguments():
        add("log1pexp", precise(log1pexp, x), x)
    for x in expm1mx_arguments():
        add("expm1mx", precise(expm1mx, x), x)
    for a, b in log_sum_exp_arguments():
        add("logSumExp", precise(log_sum_exp, a, b), a, b)

    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="ascii") as out:
        out.write("# Generated by distributions/src/test/python/special_functions_reference.py "
                  "with mpmath %s at %d digits; do not edit.\n" % (mp.__version__, mp.mp.dps))
        out.write("function,x,y,value\n")
        out.write("\n".join(rows))
        out.write("\n")
    print("wrote %d rows to %s" % (len(rows), os.path.normpath(OUTPUT)))


if __name__ == "__main__":
    main()
