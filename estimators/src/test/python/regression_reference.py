"""Reference least-squares coefficients for RegressionReferenceTest, computed in 60-digit mpmath.

Writes src/test/resources/regression/random_design.csv: a header line, then n rows of
y, x1..x10 (each printed with repr, so Java parses exactly the doubles written here), and
random_design_reference.csv: the coefficients (intercept first) of the exact least-squares
solutions for those doubles, on all ten columns and on eight well-conditioned ones, from the
normal equations solved by mpmath.lu_solve at 60 digits (the condition numbers are below 1e4, so
the normal equations lose fewer than 8 of the 60 digits).

Run from the estimators folder: python3 src/test/python/regression_reference.py
"""
import numpy as np
import mpmath

mpmath.mp.dps = 60
N, P = 1000, 10
rng = np.random.default_rng(20261122)
x = rng.uniform(-5.0, 5.0, size=(N, P))
x[:, 3] = x[:, 2] + 0.01 * rng.standard_normal(N)  # two nearly collinear columns
x[:, 7] = 1000.0 + x[:, 7]                         # a column far from zero
beta = np.arange(1, P + 1) * 0.25
y = 1.5 + x @ beta + rng.standard_normal(N) * (1 + np.abs(x[:, 0]))

with open("src/test/resources/regression/random_design.csv", "w") as f:
    f.write("y," + ",".join("x%d" % (j + 1) for j in range(P)) + "\n")
    for i in range(N):
        f.write(",".join(repr(float(v)) for v in [y[i], *x[i]]) + "\n")



def exact_least_squares(columns):
    """Exact least-squares coefficients (intercept first) on the given columns of x."""
    a = [[mpmath.mpf(1)] + [mpmath.mpf(float(x[i, j])) for j in columns] for i in range(N)]
    b = [mpmath.mpf(float(v)) for v in y]
    q = len(columns) + 1
    gram = mpmath.matrix(q, q)
    rhs = mpmath.matrix(q, 1)
    for i in range(N):
        row = a[i]
        for j in range(q):
            rhs[j] += row[j] * b[i]
            for k in range(q):
                gram[j, k] += row[j] * row[k]
    return mpmath.lu_solve(gram, rhs)


ALL = list(range(P))
WELL_CONDITIONED = [0, 1, 2, 4, 5, 6, 8, 9]  # without the near-duplicate and the offset column
with open("src/test/resources/regression/random_design_reference.csv", "w") as f:
    f.write("# exact least-squares coefficients, intercept first; line 2: all ten columns,"
            " line 3: columns " + " ".join(str(c) for c in WELL_CONDITIONED) + "\n")
    for columns in (ALL, WELL_CONDITIONED):
        solution = exact_least_squares(columns)
        f.write(",".join(mpmath.nstr(solution[j], 40) for j in range(len(columns) + 1)) + "\n")
