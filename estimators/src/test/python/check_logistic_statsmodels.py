#!/usr/bin/python3
"""Second, independent check of the mpmath references of reference_logistic.py: statsmodels.

Fits the committed datasets with statsmodels (GLM Binomial with frequency weights for logistic,
MNLogit for hard-label softmax; class 0 is the reference in both) and prints, per dataset, the
largest relative difference of the coefficients and standard errors from the committed mpmath
values. Datasets that statsmodels cannot fit with the same model are skipped with the reason
(penalised fits: statsmodels' L2 penalties are scaled differently and penalise the intercept;
soft or weighted multinomial targets: MNLogit takes neither).

Requires the Debian package python3-statsmodels (tested with 0.13.5 and numpy 1.24 under
/usr/bin/python3). Run from this folder: /usr/bin/python3 check_logistic_statsmodels.py
Output committed as ../resources/reference/logistic/statsmodels_check.txt.
"""
import os

import numpy as np
import statsmodels
import statsmodels.api as sm

FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      "..", "resources", "reference", "logistic")


def load(name):
    with open(os.path.join(FOLDER, name + ".csv")) as f:
        header = f.readline().strip().split(",")
        table = np.array([[float(v) for v in line.split(",")] for line in f])
    meta = {}
    with open(os.path.join(FOLDER, name + ".txt")) as f:
        for line in f:
            if not line.startswith("#"):
                parts = line.split()
                meta[parts[0]] = parts[1:]
    return header, table, meta


def predictors(header, table, intercept):
    x = table[:, [i for i, h in enumerate(header) if h.startswith("x")]]
    return sm.add_constant(x, prepend=True, has_constant="add") if intercept else x


def relative(a, b):
    return float(np.max(np.abs(np.asarray(a) - b) / np.abs(b)))


def main():
    print("statsmodels %s, numpy %s" % (statsmodels.__version__, np.__version__))
    for name in ["logistic_moderate", "logistic_correlated", "logistic_soft",
                 "logistic_weighted", "logistic_nointercept", "logistic_challenger",
                 "logistic_penalised", "softmax3_hard", "softmax3_penalised", "softmax4_soft"]:
        header, table, meta = load(name)
        if float(meta["penalty"][0]) != 0:
            print("%-22s skipped: penalised" % name)
            continue
        intercept = meta["intercept"][0] == "true"
        x = predictors(header, table, intercept)
        w = table[:, header.index("w")]
        reference = np.array([float(v) for v in meta["coefficients"]])
        reference_se = np.array([float(v) for v in meta["standard_errors"]])
        if meta["model"][0] == "logistic":
            y = table[:, header.index("y")]
            fit = sm.GLM(y, x, family=sm.families.Binomial(), freq_weights=w).fit(
                tol=1e-15, maxiter=100)
            params, se = fit.params, fit.bse
            # The inverse Fisher information at statsmodels' own estimate: GLM's bse comes from
            # the IRLS weights of its last iteration, which can differ in the 8th digit.
            p = 1 / (1 + np.exp(-x @ params))
            information = (x * (w * p * (1 - p))[:, None]).T @ x
            information_se = np.sqrt(np.diag(np.linalg.inv(information)))
            print("%-22s standard errors from the inverse information at its estimate %.2e"
                  % (name, relative(information_se, reference_se)))
        else:
            if meta["targets"][0] != "hard" or np.any(w != 1):
                print("%-22s skipped: soft or weighted targets" % name)
                continue
            y = table[:, header.index("class")].astype(int)
            fit = sm.MNLogit(y, x).fit(method="newton", maxiter=100, tol=1e-14, disp=False)
            # statsmodels: columns are classes 1..K-1; ours: class-major rows
            params, se = fit.params.T.ravel(), fit.bse.T.ravel()
        print("%-22s coefficients %.2e  standard errors %.2e"
              % (name, relative(params, reference), relative(se, reference_se)))


if __name__ == "__main__":
    main()
