package org.kullback.estimators.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad input to LogisticRegression and SoftmaxRegression: clear errors naming what is wrong. */
class ClassificationInputTest {

    private static final double[][] X = {
        {0.1, 1.0}, {0.4, -1.0}, {-0.3, 0.5}, {0.9, 0.2}, {-1.2, -0.7}, {0.5, 2.0}, {-0.8, 0.3},
        {1.5, -0.4}};
    private static final double[] Y = {0, 1, 0, 1, 1, 0, 1, 0};
    private static final int[] CLASSES = {0, 1, 2, 1, 0, 2, 1, 0};

    private static double[][] copy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }

    @Test
    void labelsOutsideTheUnitIntervalAreRejectedByIndexAndValue() {
        double[] y = Y.clone();
        y[2] = 1.5;
        assertThatThrownBy(() -> LogisticRegression.of().fit(X, y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LogisticRegression: y[2] must be a label in [0, 1], got 1.5");
        y[2] = Double.NaN;
        assertThatThrownBy(() -> LogisticRegression.of().fit(X, y))
                .hasMessageContaining("y[2]").hasMessageContaining("NaN");
        y[2] = -0.0001;
        assertThatThrownBy(() -> LogisticRegression.of().fit(X, y))
                .hasMessageContaining("y[2]").hasMessageContaining("-1.0E-4");
    }

    @Test
    void nonFinitePredictorsNameRowAndColumn() {
        double[][] x = copy(X);
        x[3][1] = Double.NaN;
        assertThatThrownBy(() -> LogisticRegression.of().fit(x, Y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LogisticRegression: x[3][1] (row 3, column 1) must be finite, got NaN");
        x[3][1] = Double.NEGATIVE_INFINITY;
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(x, CLASSES, 3))
                .hasMessageContaining("SoftmaxRegression: x[3][1] (row 3, column 1)")
                .hasMessageContaining("-Infinity");
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThatThrownBy(() -> LogisticRegression.of().fit(X, new double[] {0, 1}))
                .hasMessage("LogisticRegression: x has 8 rows but y has 2 entries");
        assertThatThrownBy(() -> LogisticRegression.of().fit(X, Y, new double[3]))
                .hasMessage("LogisticRegression: x has 8 rows but weights has 3 entries");
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(X, new int[] {0, 1}, 2))
                .hasMessage("SoftmaxRegression: x has 8 rows but classes has 2 entries");
        double[][] ragged = copy(X);
        ragged[5] = new double[] {1};
        assertThatThrownBy(() -> LogisticRegression.of().fit(ragged, Y))
                .hasMessageContaining("row 5 has 1 columns");
    }

    @Test
    void negativeOrNonFiniteWeightsAreRejectedByIndexAndValue() {
        double[] w = {1, 1, 1, 1, 1, 1, 1, 1};
        w[3] = Double.NaN;
        assertThatThrownBy(() -> LogisticRegression.of().fit(X, Y, w))
                .hasMessage("LogisticRegression: weights[3] must be finite and non-negative, "
                        + "got NaN");
        w[3] = -2;
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(X, CLASSES, 3, w))
                .hasMessage("SoftmaxRegression: weights[3] must be finite and non-negative, "
                        + "got -2.0");
        w[3] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> LogisticRegression.of().fit(X, Y, w))
                .hasMessageContaining("weights[3]").hasMessageContaining("Infinity");
    }

    @Test
    void noMoreRowsOfPositiveWeightThanCoefficientsIsRejected() {
        double[][] x = {{1, 2}, {3, 1}, {0, 5}};
        assertThatThrownBy(() -> LogisticRegression.of().fit(x, new double[] {0, 1, 1}))
                .hasMessageContaining("got n = 3 rows for p = 3 coefficients");
        // Zero weights do not count.
        double[] w = {1, 1, 1, 1, 1, 0, 0, 0};
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(X, CLASSES, 3, w))
                .hasMessageContaining("got n = 5 rows for p = 6 coefficients");
    }

    @Test
    void collinearColumnsAreNamedWithTheColumnsTheyDependOn() {
        double[][] x = new double[X.length][3];
        for (int i = 0; i < X.length; i++) {
            x[i][0] = X[i][0];
            x[i][1] = X[i][1];
            x[i][2] = 2 * X[i][0] - 0.5 * X[i][1];
        }
        assertThatThrownBy(() -> LogisticRegression.of().fit(x, Y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column x[2] is collinear with x[0], x[1] ")
                .hasMessageNotContaining("intercept (");
        double[][] constant = new double[X.length][2];
        for (int i = 0; i < X.length; i++) {
            constant[i][0] = X[i][0];
            constant[i][1] = 3.25;
        }
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(constant, CLASSES, 3))
                .hasMessageContaining("column x[1] is collinear with intercept ");
        double[][] zero = new double[X.length][2];
        for (int i = 0; i < X.length; i++) {
            zero[i][0] = X[i][0];
        }
        assertThatThrownBy(() -> LogisticRegression.of().withIntercept(false).fit(zero, Y))
                .hasMessageContaining("column x[1] is zero on every row of positive weight");
    }

    @Test
    void classIndexOutOfRangeAndBadSoftTargetsAreRejected() {
        int[] classes = CLASSES.clone();
        classes[4] = 3;
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(X, classes, 3))
                .hasMessage("SoftmaxRegression: classes[4] must be a class index in [0, 3), "
                        + "got 3");
        classes[4] = -1;
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(X, classes, 3))
                .hasMessageContaining("classes[4]").hasMessageContaining("got -1");
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(X, CLASSES, 1))
                .hasMessage("SoftmaxRegression: classCount must be at least 2, got 1");

        double[][] targets = new double[X.length][];
        for (int i = 0; i < X.length; i++) {
            targets[i] = new double[] {0.2, 0.3, 0.5};
        }
        targets[6] = new double[] {0.2, 0.3, 0.4};
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(X, targets))
                .hasMessageContaining("targets[6] must sum to 1").hasMessageContaining("0.9");
        targets[6] = new double[] {1.2, -0.2, 0};
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(X, targets))
                .hasMessageContaining("targets[6][0] must be a probability in [0, 1], got 1.2");
        targets[6] = new double[] {0.5, 0.5};
        assertThatThrownBy(() -> SoftmaxRegression.of().fit(X, targets))
                .hasMessageContaining("row 6 has 2 entries");
    }

    @Test
    void badOptionsAndPredictionInputsAreRejected() {
        assertThatThrownBy(() -> LogisticRegression.of().withL2Penalty(-1))
                .hasMessage("LogisticRegression: lambda must be finite and non-negative, got -1.0");
        assertThatThrownBy(() -> SoftmaxRegression.of().withL2Penalty(Double.NaN))
                .hasMessageContaining("lambda").hasMessageContaining("NaN");
        assertThatThrownBy(() -> LogisticRegression.of().withMaxIterations(0))
                .hasMessageContaining("maxIterations must be positive, got 0");
        LogisticFit fit = LogisticRegression.of().fit(X, Y);
        assertThatThrownBy(() -> fit.probability(new double[] {1}))
                .hasMessage("LogisticFit: x must have 2 entries, got 1");
        assertThatThrownBy(() -> fit.logit(new double[] {1, Double.NaN}))
                .hasMessage("LogisticFit: x[1] must be finite, got NaN");
    }

    @Test
    void nonConvergenceIsReportedNotSilent() {
        LogisticReferenceData data = LogisticReferenceData.load("logistic_moderate");
        LogisticFit fit = LogisticRegression.of().withMaxIterations(2)
                .fit(data.x(), data.columnValues("y"));
        assertThat(fit.converged()).isFalse();
        assertThat(fit.iterations()).isEqualTo(2);
        assertThat(fit.message()).isEqualTo("Newton's method did not converge in 2 iterations");
        LogisticFit full = LogisticRegression.of().fit(data.x(), data.columnValues("y"));
        assertThat(full.converged()).isTrue();
        assertThat(full.message()).isEmpty();
    }
}
