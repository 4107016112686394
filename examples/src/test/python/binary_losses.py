"""Reference values for BinaryCrossEntropyVersusKlTest, computed with mpmath at 50 digits.

For a label y and a logit z, with s = 1/(1 + exp(-z)):
  BCE = -y log s - (1-y) log(1-s),  KL = y log(y/s) + (1-y) log((1-y)/(1-s)),  H = -y log y - (1-y) log(1-y),
with 0 log 0 = 0. Writes ../resources/org/kullback/examples/binary-losses.csv.
Run: python3 binary_losses.py
"""
import os

import mpmath
from mpmath import mp, mpf, log, exp

mp.dps = 50

CASES = [(0.3, 0.5), (0, -2), (1, 3), (0.3, 40), (0, 40), (1, 40), (0.2, -800)]


def xlogy(x, y):
    return mpf(0) if x == 0 else x * log(y)


def row(y_double, z_double):
    y = mpf(y_double)  # the double the Java code sees, exactly
    z = mpf(z_double)
    s = 1 / (1 + exp(-z))
    one_minus_s = 1 / (1 + exp(z))
    bce = -xlogy(y, s) - xlogy(1 - y, one_minus_s)
    entropy = -xlogy(y, y) - xlogy(1 - y, 1 - y)
    kl = bce - entropy
    return [repr(float(y_double)), repr(float(z_double)),
            mp.nstr(bce, 25), mp.nstr(kl, 25), mp.nstr(entropy, 25)]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "..", "resources", "org", "kullback", "examples", "binary-losses.csv")
    with open(out, "w") as f:
        f.write("# mpmath %s, %d digits; written by src/test/python/binary_losses.py\n"
                % (mpmath.__version__, mp.dps))
        f.write("label,logit,bce,kl,labelEntropy\n")
        for y, z in CASES:
            f.write(",".join(row(y, z)) + "\n")


if __name__ == "__main__":
    main()
