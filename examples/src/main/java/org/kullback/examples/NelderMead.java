package org.kullback.examples;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * Maximisation of a function of a few variables by the Nelder–Mead simplex method, which uses
 * function values only: an example that maximises a likelihood with it shows a maximum that owes
 * nothing to the formulas (normal equations, QR) it is compared with.
 *
 * <p>Coefficients: reflection 1, expansion 2, contraction ½, shrink ½ (Lagarias, Reeds, Wright
 * &amp; Wright, SIAM J. Optim. 9 (1998) 112–147, §2). The search stops when the function values
 * on the simplex agree to {@code tolerance} (relative), and is restarted once from the best point
 * with a fresh simplex, a standard guard against a simplex that collapsed early.
 */
final class NelderMead {

    /** The best point found, its value, the number of evaluations, and whether it converged. */
    record Maximum(double[] point, double value, int evaluations, boolean converged) {
    }

    private NelderMead() {
    }

    /**
     * Maximises {@code f} from {@code start}, with initial simplex edges {@code steps}.
     *
     * @throws IllegalArgumentException if {@code start} and {@code steps} differ in length
     */
    static Maximum maximise(ToDoubleFunction<double[]> f, double[] start, double[] steps,
            double tolerance, int maxEvaluations) {
        if (start.length != steps.length) {
            throw new IllegalArgumentException("start has " + start.length + " coordinates but"
                    + " steps has " + steps.length);
        }
        Maximum first = search(f, start, steps, tolerance, maxEvaluations);
        Maximum second = search(f, first.point(), steps, tolerance,
                maxEvaluations - first.evaluations());
        return new Maximum(second.point(), second.value(),
                first.evaluations() + second.evaluations(),
                first.converged() && second.converged());
    }

    private static Maximum search(ToDoubleFunction<double[]> f, double[] start, double[] steps,
            double tolerance, int maxEvaluations) {
        int d = start.length;
        double[][] simplex = new double[d + 1][];
        double[] values = new double[d + 1];
        simplex[0] = start.clone();
        for (int i = 0; i < d; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += steps[i];
        }
        int evaluations = 0;
        for (int i = 0; i <= d; i++) {
            values[i] = f.applyAsDouble(simplex[i]);
            evaluations++;
        }
        Integer[] order = new Integer[d + 1];
        while (true) {
            for (int i = 0; i <= d; i++) {
                order[i] = i;
            }
            double[] v = values;
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -v[i]));
            int best = order[0];
            int worst = order[d];
            int secondWorst = order[d - 1];
            if (Math.abs(values[best] - values[worst])
                    <= tolerance * (Math.abs(values[best]) + tolerance)) {
                return new Maximum(simplex[best].clone(), values[best], evaluations, true);
            }
            if (evaluations >= maxEvaluations) {
                return new Maximum(simplex[best].clone(), values[best], evaluations, false);
            }
            double[] centroid = new double[d];
            for (int i = 0; i <= d; i++) {
                if (i != worst) {
                    for (int j = 0; j < d; j++) {
                        centroid[j] += simplex[i][j] / d;
                    }
                }
            }
            double[] reflected = towards(centroid, simplex[worst], -1);
            double reflectedValue = f.applyAsDouble(reflected);
            evaluations++;
            if (reflectedValue > values[best]) {
                double[] expanded = towards(centroid, simplex[worst], -2);
                double expandedValue = f.applyAsDouble(expanded);
                evaluations++;
                boolean expand = expandedValue > reflectedValue;
                simplex[worst] = expand ? expanded : reflected;
                values[worst] = expand ? expandedValue : reflectedValue;
            } else if (reflectedValue > values[secondWorst]) {
                simplex[worst] = reflected;
                values[worst] = reflectedValue;
            } else {
                boolean outside = reflectedValue > values[worst];
                double[] contracted = outside ? towards(centroid, simplex[worst], -0.5)
                        : towards(centroid, simplex[worst], 0.5);
                double contractedValue = f.applyAsDouble(contracted);
                evaluations++;
                if (contractedValue > Math.max(values[worst], outside ? reflectedValue
                        : Double.NEGATIVE_INFINITY)) {
                    simplex[worst] = contracted;
                    values[worst] = contractedValue;
                } else {
                    for (int i = 0; i <= d; i++) {
                        if (i != best) {
                            simplex[i] = towards(simplex[best], simplex[i], 0.5);
                            values[i] = f.applyAsDouble(simplex[i]);
                            evaluations++;
                        }
                    }
                }
            }
        }
    }

    /** \( c + t\,(x - c) \). */
    private static double[] towards(double[] c, double[] x, double t) {
        double[] point = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            point[j] = c[j] + t * (x[j] - c[j]);
        }
        return point;
    }
}
