"""Exact mean and sample standard deviation of the NIST StRD univariate datasets *as doubles*.

NIST certifies the mean and sd of the decimal data. Parsing a value such as 10000000.1 into a
double already moves it by up to half an ulp (9.3e-10 near 1e7), which changes the sd of NumAcc4
at the 8th digit, before any arithmetic. This script computes, in exact rational arithmetic
(fractions.Fraction) and a 40-digit square root (mpmath), the mean and the sample sd of the
double-rounded values the Java code actually sees, and the LRE these exact values themselves have
against the certified ones: the best any double-precision algorithm can reach on the raw data.

Output: ../resources/nist/moments-of-doubles.csv
Run from this directory: python3 nist_moments_of_doubles.py
"""
import re
from fractions import Fraction
from pathlib import Path

import mpmath

mpmath.mp.dps = 40
DATASETS = ["PiDigits", "Lottery", "Lew", "Mavro", "Michelso",
            "NumAcc1", "NumAcc2", "NumAcc3", "NumAcc4"]
RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "nist"


def read(name):
    lines = (RESOURCES / f"{name}.dat").read_text().splitlines()
    start = max(i for i, line in enumerate(lines) if line.startswith("Data:"))
    values = [tok for line in lines[start + 1:] for tok in line.split()
              if re.fullmatch(r"-?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?", tok)]
    certified = {}
    for line in lines:
        if "ybar:" in line:
            certified["mean"] = line.split("ybar:")[1].split()[0]
        if " s:" in line and "Standard Deviation" in line:
            certified["sd"] = line.split(" s:")[1].split()[0]
    return values, certified


def lre(estimate, certified):
    if estimate == certified:
        return 16.0  # exact: written as 16, beyond any double's reach
    return float(-mpmath.log10(abs((estimate - certified) / certified)))


with open(RESOURCES / "moments-of-doubles.csv", "w") as out:
    out.write("# exact mean and sample sd (n-1) of the double-rounded NIST data, 40 digits;\n")
    out.write("# lre_* : LRE of these exact values against NIST's certified ones\n")
    out.write("dataset,n,mean,sd,lre_mean,lre_sd\n")
    for name in DATASETS:
        tokens, certified = read(name)
        xs = [Fraction(float(t)) for t in tokens]
        n = len(xs)
        mean = sum(xs) / n
        variance = sum((x - mean) ** 2 for x in xs) / (n - 1)
        sd = mpmath.sqrt(mpmath.mpf(variance.numerator) / variance.denominator)
        mean_mp = mpmath.mpf(mean.numerator) / mean.denominator
        lm = lre(mean_mp, mpmath.mpf(certified["mean"]))
        ls = lre(sd, mpmath.mpf(certified["sd"]))
        out.write(f"{name},{n},{mpmath.nstr(mean_mp, 30)},{mpmath.nstr(sd, 30)},"
                  f"{float(lm):.2f},{float(ls):.2f}\n")
