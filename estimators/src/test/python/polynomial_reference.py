"""Reference polynomial fits for PolynomialReferenceTest, computed in 120-digit mpmath.

Writes src/test/resources/regression/polynomial_data.csv: a header line, then n = 1000 rows of
x, y, w (printed with repr, so Java parses exactly the doubles written here; 1000 rows span four
tiles of the Chebyshev design, the last one partial), and polynomial_reference.csv: the exact
least-squares coefficients of the degree-6 polynomial in x (constant term first) for those doubles,
unweighted and with weights w, and the residual sums of squares, from the normal equations of the
monomial basis solved by mpmath.lu_solve at 120 digits. x lies in [2, 7], where the matrix of
powers has condition number near 1e9 and its Gram matrix near 1e18, so fewer than 20 of the 120
digits are lost.

Run from the estimators folder: python3 src/test/python/polynomial_reference.py
"""
import numpy as np
import mpmath

mpmath.mp.dps = 120
N, DEGREE = 1000, 6
rng = np.random.default_rng(20261122)
x = rng.uniform(2.0, 7.0, size=N)
w = rng.uniform(0.5, 2.0, size=N)
y = np.polyval([0.01, -0.2, 1.5, -5.0, 8.0, -6.0, 2.0], x) + rng.standard_normal(N)

with open("src/test/resources/regression/polynomial_data.csv", "w") as f:
    f.write("x,y,w\n")
    for i in range(N):
        f.write("%r,%r,%r\n" % (float(x[i]), float(y[i]), float(w[i])))


def exact_fit(weights):
    """Exact weighted least-squares coefficients (constant first) and residual sum of squares."""
    q = DEGREE + 1
    gram = mpmath.matrix(q, q)
    rhs = mpmath.matrix(q, 1)
    xs = [mpmath.mpf(float(v)) for v in x]
    ys = [mpmath.mpf(float(v)) for v in y]
    ws = [mpmath.mpf(float(v)) for v in weights]
    for i in range(N):
        powers = [xs[i] ** k for k in range(q)]
        for j in range(q):
            rhs[j] += ws[i] * powers[j] * ys[i]
            for k in range(q):
                gram[j, k] += ws[i] * powers[j] * powers[k]
    beta = mpmath.lu_solve(gram, rhs)
    rss = mpmath.mpf(0)
    for i in range(N):
        r = ys[i] - sum(beta[k] * xs[i] ** k for k in range(q))
        rss += ws[i] * r * r
    return [beta[k] for k in range(q)] + [rss]


with open("src/test/resources/regression/polynomial_reference.csv", "w") as f:
    f.write("# exact degree-6 least-squares coefficients (constant first), then the residual sum"
            " of squares; line 2: unit weights, line 3: weights w\n")
    for weights in (np.ones(N), w):
        f.write(",".join(mpmath.nstr(v, 40) for v in exact_fit(weights)) + "\n")
