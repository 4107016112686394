"""Nodes and weights of the 21-point Gauss-Kronrod rule (extending 10-point Gauss-Legendre).

Computed from their definition at 60 significant digits with mpmath, as a check of the constants
printed in Piessens, de Doncker-Kapenga, Ueberhuber and Kahaner, QUADPACK (Springer, 1983),
routine QK21, which GaussKronrod21.java uses (rounded to 17 significant digits):

* the Kronrod nodes added to the Gauss nodes are the zeros of the Stieltjes polynomial E_11,
  the monic degree-11 polynomial orthogonal to x^j, j = 0..10, with weight P_10(x) on [-1, 1];
* the Kronrod weights make the 21-point rule exact for every polynomial of degree <= 20;
* the Gauss weights are 2 / ((1 - x^2) P_10'(x)^2).

Run: python3 gauss_kronrod_21.py
"""
from mpmath import mp, mpf, legendre, diff, polyroots, matrix, lu_solve, quad, findroot

mp.dps = 60
N = 10


def p10(x):
    return legendre(N, x)


def moment(j):
    # integral of x^j P_10(x) over [-1, 1]
    return quad(lambda x: x**j * p10(x), [-1, 0, 1])


# E_11(x) = x^11 + sum_{k<11} c_k x^k, orthogonal to x^j, j = 0..10, with weight P_10.
moments = [moment(j) for j in range(2 * N + 2)]
A = matrix(N + 1, N + 1)
b = matrix(N + 1, 1)
for j in range(N + 1):
    for k in range(N + 1):
        A[j, k] = moments[j + k]
    b[j] = -moments[j + N + 1]
c = lu_solve(A, b)
coefficients = [mpf(1)] + [c[k] for k in range(N, -1, -1)]
kronrod = sorted(mp.re(r) for r in polyroots(coefficients, maxsteps=500, extraprec=400))
gauss = sorted(findroot(p10, mp.cos(mp.pi * (i + mpf(3) / 4) / (N + mpf(1) / 2)),
                        solver='newton', df=lambda x: diff(p10, x))
               for i in range(N))
nodes = sorted(gauss + kronrod)

# Kronrod weights: exact for x^j, j = 0..20.
V = matrix(2 * N + 1, 2 * N + 1)
m = matrix(2 * N + 1, 1)
for j in range(2 * N + 1):
    for i, x in enumerate(nodes):
        V[j, i] = x**j
    m[j] = mpf(2) / (j + 1) if j % 2 == 0 else 0
w = lu_solve(V, m)

print("x (non-negative Kronrod nodes, largest first), Kronrod weight, Gauss weight")
for i in range(2 * N, N - 1, -1):
    x = nodes[i]
    is_gauss = any(abs(x - g) < mpf(10)**-40 for g in gauss)
    gw = 2 / ((1 - x**2) * diff(p10, x)**2) if is_gauss else None
    print(mp.nstr(x, 36), mp.nstr(w[i], 36), mp.nstr(gw, 36) if gw is not None else "-")
