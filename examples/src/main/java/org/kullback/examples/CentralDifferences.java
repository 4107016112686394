package org.kullback.examples;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Derivatives by central differences, \( f'(x) \approx (f(x+h) - f(x-h))/2h \): the examples
 * differentiate each loss as a black box, so no derivative formula is assumed where the point is
 * to show that two losses have the same gradient.
 *
 * <p>The step \( h = 10^{-5} \approx \epsilon^{1/3} \) balances the truncation error
 * \( h^2 |f'''|/6 \approx 2 \times 10^{-11} |f'''| \) against the rounding error
 * \( \epsilon |f| / h \approx 2 \times 10^{-11} |f| \) (Press et al., Numerical Recipes, 3rd ed.,
 * §5.7).
 */
final class CentralDifferences {

    static final double STEP = 1e-5;

    private CentralDifferences() {
    }

    /** \( f'(x) \). */
    static double derivative(DoubleUnaryOperator f, double x) {
        return (f.applyAsDouble(x + STEP) - f.applyAsDouble(x - STEP)) / (2 * STEP);
    }

    /** \( \nabla f(x) \), one coordinate at a time. */
    static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        double[] gradient = new double[x.length];
        double[] shifted = x.clone();
        for (int i = 0; i < x.length; i++) {
            shifted[i] = x[i] + STEP;
            double up = f.applyAsDouble(shifted);
            shifted[i] = x[i] - STEP;
            double down = f.applyAsDouble(shifted);
            shifted[i] = x[i];
            gradient[i] = (up - down) / (2 * STEP);
        }
        return gradient;
    }
}
