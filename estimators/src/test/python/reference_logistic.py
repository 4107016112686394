#!/usr/bin/env python3
"""Reference maximum-likelihood fits for LogisticRegression and SoftmaxRegression.

Generates seeded datasets (numpy's PCG64 via default_rng), writes them as CSV with every double
printed by repr (so Java parses exactly the same doubles), and computes the (penalised) MLE
independently of the Java code: Newton's method at 40 significant digits (mpmath) on the exact
log-likelihood, started at 0 and iterated until the step is below 1e-35 relative.  Each data value
is converted to mpmath exactly (mpf(float) is exact), so the reference is the exact optimum for
the committed doubles, to ~35 digits.

Model conventions (the same as the Java classes):
  logistic:  l(b) = sum_i w_i [y_i eta_i - log(1 + e^eta_i)],  eta_i = x_i . b  (intercept first)
  softmax:   l(B) = sum_i w_i sum_k y_ik log pi_ik
                  = sum_i w_i [sum_k y_ik eta_ik - (sum_k y_ik) log sum_k e^eta_ik],  eta_i0 = 0 (class 0 is
             the reference class), eta_ik = x_i . B_k for k = 1..K-1; rows of B in class order.
  penalty:   the maximised objective is l - (lambda/2) * sum of squared non-intercept coefficients.
  standard errors: square roots of the diagonal of the inverse of the (penalised) negative Hessian.
  mean cross-entropy = -l / sum w;  mean KL = mean cross-entropy - (sum_i w_i H(y_i)) / sum w.

Output, in ../resources/reference/logistic/: <name>.csv (header w,y,x1..xp for logistic;
w,class,x1.. or w,y0..y(K-1),x1.. for softmax) and <name>.txt (key value... lines).
Requires numpy and mpmath (tested with numpy 2.4, mpmath 1.3).
Run from this folder: python3 reference_logistic.py
"""
import os

import mpmath as mp
import numpy as np

mp.mp.dps = 40
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "..", "resources", "reference", "logistic")


def design(x, intercept):
    rows = [[mp.mpf(float(v)) for v in row] for row in x]
    if intercept:
        rows = [[mp.mpf(1)] + r for r in rows]
    return rows


def entropy_of_targets(t):
    # t: list of target probability vectors (mpf); 0 log 0 = 0
    return [-sum(v * mp.log(v) for v in row if v > 0) for row in t]


def softmax_fit(x, targets, w, k, intercept, penalty):
    """Newton on the reference-class softmax; logistic is the case k = 2 with targets (1-y, y)."""
    xm = design(x, intercept)
    p = len(xm[0])
    q = (k - 1) * p
    wm = [mp.mpf(float(v)) for v in w]
    lam = mp.mpf(penalty)
    penalised = [0 if (intercept and j % p == 0) else 1 for j in range(q)]

    def evaluate(b):
        ll = mp.mpf(0)
        g = [mp.mpf(0)] * q
        h = mp.zeros(q, q)
        for xi, ti, wi in zip(xm, targets, wm):
            if wi == 0:
                continue
            eta = [mp.mpf(0)] + [mp.fsum(xi[j] * b[c * p + j] for j in range(p))
                                 for c in range(k - 1)]
            top = max(eta)
            lse = top + mp.log(mp.fsum(mp.exp(e - top) for e in eta))
            pi = [mp.exp(e - lse) for e in eta]
            # -sum_c t_c log pi_c with the row sum s = sum_c t_c kept exact (the doubles of a
            # soft row need not sum to exactly 1)
            s = mp.fsum(ti)
            ll += wi * (mp.fsum(ti[c] * eta[c] for c in range(k)) - s * lse)
            for c in range(1, k):
                r = wi * (ti[c] - s * pi[c])
                for j in range(p):
                    g[(c - 1) * p + j] += r * xi[j]
                for d in range(1, k):
                    v = wi * s * pi[c] * ((1 if c == d else 0) - pi[d])
                    for j in range(p):
                        vj = v * xi[j]
                        for m in range(p):
                            h[(c - 1) * p + j, (d - 1) * p + m] += vj * xi[m]
        for j in range(q):
            if penalised[j]:
                ll -= lam / 2 * b[j] ** 2
                g[j] -= lam * b[j]
                h[j, j] += lam
        return ll, g, h

    b = [mp.mpf(0)] * q
    for iteration in range(200):
        ll, g, h = evaluate(b)
        step = mp.lu_solve(h, mp.matrix(g))
        b = [b[j] + step[j] for j in range(q)]
        size = max(abs(step[j]) for j in range(q)) / max(1, max(abs(v) for v in b))
        if size < mp.mpf(10) ** -35:
            break
    else:
        raise RuntimeError("reference Newton did not converge")
    ll, g, h = evaluate(b)
    assert max(abs(v) for v in g) < mp.mpf(10) ** -25, "gradient not zero at the reference"
    cov = h ** -1
    se = [mp.sqrt(cov[j, j]) for j in range(q)]
    ll_unpenalised = ll + lam / 2 * sum(b[j] ** 2 for j in range(q) if penalised[j])
    total = mp.fsum(wm)
    mean_ce = -ll_unpenalised / total
    mean_h = mp.fsum(wi * hi for wi, hi in zip(wm, entropy_of_targets(targets))) / total
    return {
        "coefficients": b,
        "standard_errors": se,
        "log_likelihood": [ll_unpenalised],
        "mean_cross_entropy": [mean_ce],
        "mean_kl": [mean_ce - mean_h],
        "iterations_reference": [iteration + 1],
    }


def number(v):
    return repr(float(v))


def write(name, header, rows, meta, result):
    with open(os.path.join(OUT, name + ".csv"), "w") as f:
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join(number(v) if not isinstance(v, (int, np.integer)) else str(v)
                             for v in r) + "\n")
    with open(os.path.join(OUT, name + ".txt"), "w") as f:
        f.write("# reference_logistic.py: mpmath Newton at 40 digits; values to 25 digits\n")
        for key, value in meta.items():
            f.write("%s %s\n" % (key, value))
        for key, values in result.items():
            f.write(key + " " + " ".join(mp.nstr(v, 25, strip_zeros=False) for v in values)
                    + "\n")
    print(name, "coefficients", [mp.nstr(v, 12) for v in result["coefficients"]])


def logistic_dataset(name, x, y, w, intercept, penalty):
    targets = [[1 - mp.mpf(float(v)), mp.mpf(float(v))] for v in y]
    result = softmax_fit(x, targets, w, 2, intercept, penalty)
    header = ["w", "y"] + ["x%d" % (j + 1) for j in range(x.shape[1])]
    rows = [[wi, yi] + list(xi) for wi, yi, xi in zip(w, y, x)]
    write(name, header, rows, {"model": "logistic", "intercept": str(intercept).lower(),
                               "penalty": repr(float(penalty))}, result)


def softmax_dataset(name, x, labels, w, k, intercept, penalty, soft):
    if soft:
        targets = [[mp.mpf(float(v)) for v in row] for row in labels]
        header = ["w"] + ["y%d" % c for c in range(k)]
        rows = [[wi] + list(t) + list(xi) for wi, t, xi in zip(w, labels, x)]
    else:
        targets = [[mp.mpf(1) if c == label else mp.mpf(0) for c in range(k)]
                   for label in labels]
        header = ["w", "class"]
        rows = [[wi, int(label)] + list(xi) for wi, label, xi in zip(w, labels, x)]
    header += ["x%d" % (j + 1) for j in range(x.shape[1])]
    result = softmax_fit(x, targets, w, k, intercept, penalty)
    write(name, header, rows, {"model": "softmax", "classes": k,
                               "targets": "soft" if soft else "hard",
                               "intercept": str(intercept).lower(),
                               "penalty": repr(float(penalty))}, result)


def sigmoid(t):
    return 1 / (1 + np.exp(-t))


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20261122)

    # 1. moderate n, independent predictors, hard labels
    n = 200
    x = rng.standard_normal((n, 3))
    y = (rng.random(n) < sigmoid(-0.5 + x @ [1.0, -0.7, 0.3])).astype(float)
    logistic_dataset("logistic_moderate", x, y, np.ones(n), True, 0)

    # 2. strongly correlated predictors on very different scales
    n = 300
    z = rng.standard_normal((n, 4))
    corr = np.linalg.cholesky(np.array([[1, .95, .9, .8], [.95, 1, .95, .9],
                                        [.9, .95, 1, .95], [.8, .9, .95, 1]]))
    x = (z @ corr.T) * [1.0, 10.0, 0.1, 1000.0] + [0, 5, 0, 2000]
    eta = 0.3 + x @ [0.8, -0.05, 4.0, 0.0004] - 0.75
    y = (rng.random(n) < sigmoid(eta)).astype(float)
    logistic_dataset("logistic_correlated", x, y, np.ones(n), True, 0)

    # 3. soft labels in [0, 1], including exact 0s and 1s
    n = 150
    x = rng.standard_normal((n, 2))
    prob = sigmoid(0.4 + x @ [1.2, -0.8])
    y = rng.beta(8 * prob + 0.1, 8 * (1 - prob) + 0.1)
    hard = rng.random(n) < 0.2
    y[hard] = (rng.random(hard.sum()) < prob[hard]).astype(float)
    logistic_dataset("logistic_soft", x, y, np.ones(n), True, 0)

    # 4. observation weights, some zero
    n = 120
    x = rng.standard_normal((n, 3))
    y = (rng.random(n) < sigmoid(0.2 + x @ [-1.0, 0.5, 0.9])).astype(float)
    w = rng.exponential(1.0, n)
    w[rng.random(n) < 0.1] = 0.0
    logistic_dataset("logistic_weighted", x, y, w, True, 0)

    # 5. no intercept
    n = 180
    x = rng.standard_normal((n, 2)) + [1.0, -0.5]
    y = (rng.random(n) < sigmoid(x @ [0.7, 1.1])).astype(float)
    logistic_dataset("logistic_nointercept", x, y, np.ones(n), False, 0)

    # 6. completely separable data: no finite MLE, fitted with an L2 penalty of 0.5
    n = 60
    x = rng.standard_normal((n, 2))
    y = (x @ [1.5, -1.0] + 0.3 > 0).astype(float)
    logistic_dataset("logistic_penalised", x, y, np.ones(n), True, 0.5)

    # 7. a real dataset: Challenger O-ring thermal distress (any damage) against launch
    # temperature (deg F), 23 flights before 1986; Dalal, Fowlkes & Hoadley, JASA 84 (1989)
    # 945-957, Table 1.
    temperature = [66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78, 67, 53, 67, 75, 70, 81, 76,
                   79, 75, 76, 58]
    damage = [0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1]
    logistic_dataset("logistic_challenger", np.array(temperature, float).reshape(-1, 1),
                     np.array(damage, float), np.ones(23), True, 0)

    # 8. softmax, 3 classes, hard labels
    n = 250
    x = rng.standard_normal((n, 2))
    logits = np.column_stack([np.zeros(n), 0.5 + x @ [1.0, -0.5], -0.3 + x @ [-0.8, 1.2]])
    pr = np.exp(logits - logits.max(axis=1, keepdims=True))
    pr /= pr.sum(axis=1, keepdims=True)
    labels = np.array([rng.choice(3, p=row) for row in pr])
    softmax_dataset("softmax3_hard", x, labels, np.ones(n), 3, True, 0, False)
    softmax_dataset("softmax3_penalised", x, labels, np.ones(n), 3, True, 2.0, False)

    # 9. softmax, 4 classes, soft targets (some one-hot) and weights
    n = 200
    x = rng.standard_normal((n, 3))
    b = np.array([[0.3, 0.8, -0.4, 0.2], [-0.2, -0.5, 0.9, 0.6], [0.1, 0.4, 0.3, -1.0]])
    logits = np.column_stack([np.zeros(n), b[:, 0] + x @ b[:, 1:].T])
    pr = np.exp(logits - logits.max(axis=1, keepdims=True))
    pr /= pr.sum(axis=1, keepdims=True)
    targets = np.array([rng.dirichlet(10 * row + 0.2) for row in pr])
    onehot = rng.random(n) < 0.25
    for i in np.nonzero(onehot)[0]:
        targets[i] = np.eye(4)[rng.choice(4, p=pr[i])]
    w = rng.uniform(0.5, 2.0, n)
    softmax_dataset("softmax4_soft", x, targets, w, 4, True, 0, True)


if __name__ == "__main__":
    main()
