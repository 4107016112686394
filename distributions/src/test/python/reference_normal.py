"""Reference entropies, KL divergences and cross-entropies for the Normal family (see mpref.py).

Formulas (mpmath at 60 digits, from the exact double parameters):
  H(N(m, s))            = 1/2 log(2 pi e s^2)
  KL(N(m1,s1)||N(m2,s2)) = log(s2/s1) + (s1^2 + (m1-m2)^2) / (2 s2^2) - 1/2
  H(p, q)               = H(p) + KL(p||q)
At 60 digits the cancellation in KL for nearly equal parameters (down to ~1e-40) costs nothing.
"""

import random
from mpref import mp, spec, Table

t = Table("normal")


def entropy(s):
    s = mp.mpf(s)
    return mp.log(2 * mp.pi * mp.e * s * s) / 2


def kl(m1, s1, m2, s2):
    m1, s1, m2, s2 = map(mp.mpf, (m1, s1, m2, s2))
    return mp.log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - mp.mpf(1) / 2


rng = random.Random(20261122)
normals = [(0.0, 1.0), (1.5, 0.3), (-3.0, 2.0), (0.0, 1e-10), (0.0, 1e10), (1e8, 1.0),
           (-2.5, 1e-300), (0.0, 1e300), (0.25, 0.2419707245191434)]
for _ in range(8):
    normals.append((rng.uniform(-10, 10), 10 ** rng.uniform(-3, 3)))
for m, s in normals:
    t.entropy(spec("Normal", m, s), entropy(s))

pairs = [((0.0, 1.0), (1e-9, 1.0)),            # KL = 5e-19
         ((0.0, 1.0), (0.0, 1.0 + 1e-9)),
         ((0.0, 1.0), (0.0, 1.0 - 2 ** -52)),
         ((3.0, 2.0), (3.0 + 1e-12, 2.0 * (1 + 3e-10))),
         ((0.0, 1.0), (1.0, 2.0)), ((1.0, 2.0), (0.0, 1.0)),
         ((0.0, 1e-10), (0.0, 1.0)), ((0.0, 1.0), (0.0, 1e-10)),
         ((0.0, 1e-200), (0.0, 1e200)),
         ((1e8, 1.0), (1e8 + 1.0, 1.0)), ((0.0, 1.0), (50.0, 1.0)),
         ((5.0, 1.0), (5.0, 1.0))]
for _ in range(12):
    pairs.append(((rng.uniform(-5, 5), 10 ** rng.uniform(-2, 2)),
                  (rng.uniform(-5, 5), 10 ** rng.uniform(-2, 2))))
for (m1, s1), (m2, s2) in pairs:
    p, q = spec("Normal", m1, s1), spec("Normal", m2, s2)
    value = kl(m1, s1, m2, s2)
    t.kl(p, q, value)
    t.cross_entropy(p, q, entropy(s1) + value)

t.write()
