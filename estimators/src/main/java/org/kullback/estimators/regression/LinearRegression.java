package org.kullback.estimators.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Gaussian linear regression by maximum likelihood. For \( y_i \sim N(x_i^T\beta, \sigma^2/w_i) \)
 * the negative log-likelihood is \( \tfrac n2\log(2\pi\sigma^2) + \mathrm{RSS}(\beta)/(2\sigma^2) \)
 * plus a constant, so the maximum-likelihood \( \hat\beta \) is the (weighted) least-squares
 * solution and \( \hat\sigma^2 = \mathrm{RSS}/n \).
 *
 * <p>Both ways of solving the least-squares problem iterate to the same answer — the exact
 * least-squares solution of the data as given, with residuals and cross-products summed in
 * double-double — and differ in the factorisation that drives the iteration:
 * <ul>
 *   <li>A well-conditioned design (column-scaled condition number up to about 128, which covers
 *       most regressions on real data) is solved in one pass over the rows, which copies them
 *       into column-major blocks and sums the Gram matrix (then its Cholesky factor), and two
 *       passes over the copy: one step of corrected semi-normal equations with double-double
 *       residuals (a second if the first did not suffice), and the final residuals
 *       ({@link SemiNormalRefinement}, {@link LinearFit#SEMI_NORMAL}). Each step gains about
 *       \( -\log_{10}(\kappa^2\varepsilon) \ge 11 \) digits.</li>
 *   <li>Every other design — ill-conditioned, rank-deficient, or with overflowing sums — goes
 *       through Householder QR of the design (cache-resident tiles, {@link HouseholderQr}) and
 *       iterative refinement of the augmented system with double-double residuals
 *       ({@link RefinedLeastSquares}, {@link LinearFit#HOUSEHOLDER}), which contracts by
 *       \( \kappa\varepsilon \) per step and so works up to \( \kappa \approx 10^{15} \). This is
 *       the path that names collinear columns or drops them.</li>
 * </ul>
 * Either way the coefficients are as accurate as the conditioning of the data allows
 * (\( \kappa\varepsilon \)), not limited by \( \kappa^2\varepsilon \) as with plain QR on
 * large-residual problems. {@link #polynomial} forms its own well-conditioned basis and reaches far
 * beyond what a ready-made matrix of powers allows (NIST Filip: 7.6 digits from the matrix of
 * powers, 14 from x).
 *
 * <p>Memory: besides the caller's arrays, a fit holds one column-major copy of the design (8
 * bytes per row and column: the blocks of the semi-normal path, or the Householder vectors of the
 * QR path) and the residuals (8 bytes per row). Rows that do not fit in memory twice can be
 * streamed in chunks through {@link QrAccumulator}, in \( O(p^2) \) memory.
 *
 * <p>Options (immutable; each {@code with...} returns a new instance): intercept (default on)
 * and whether exactly collinear columns are dropped (default: rejected with an error naming
 * them). Observation weights are an argument of {@code fit}, as for the other regressions.
 *
 * <pre>{@code
 * LinearFit fit = LinearRegression.of().fit(x, y);                             // with intercept
 * LinearFit noIntercept = LinearRegression.of().withIntercept(false).fit(x, y);
 * LinearFit weighted = LinearRegression.of().droppingCollinearColumns().fit(x, y, weights);
 * LinearFit cubic = LinearRegression.of().polynomial(t, y, 3);
 * }</pre>
 */
public final class LinearRegression {

    /** Refinement stops when the estimated remaining error is below this, relative (column-scaled). */
    private static final double DESIGN_TOLERANCE = 0x1p-60;
    /** A refinement that stalls above this relative correction is reported as not converged. */
    private static final double DESIGN_ACCEPTABLE = 0x1p-50;

    private final boolean intercept;
    private final boolean dropCollinearColumns;

    private LinearRegression(boolean intercept, boolean dropCollinearColumns) {
        this.intercept = intercept;
        this.dropCollinearColumns = dropCollinearColumns;
    }

    /** Linear regression with an intercept that rejects collinear columns. */
    public static LinearRegression of() {
        return new LinearRegression(true, false);
    }

    /**
     * The same options with or without the constant column (without: regression through the
     * origin, \( R^2 \) uncentred).
     */
    public LinearRegression withIntercept(boolean withIntercept) {
        return new LinearRegression(withIntercept, dropCollinearColumns);
    }

    /**
     * The same options, but columns that are (numerically) linear combinations of earlier ones
     * are dropped instead of rejected; the fit lists them in {@link LinearFit#droppedColumns()}.
     * A polynomial fit has no such columns once x has \( d + 1 \) distinct values.
     */
    public LinearRegression droppingCollinearColumns() {
        return new LinearRegression(intercept, true);
    }

    public boolean intercept() {
        return intercept;
    }

    /** Whether collinear columns are dropped rather than rejected. */
    public boolean dropsCollinearColumns() {
        return dropCollinearColumns;
    }

    /** The least-squares (maximum-likelihood) fit of y on the rows of x with unit weights. */
    public LinearFit fit(double[][] x, double[] y) {
        return fit(x, y, null);
    }

    /**
     * The weighted least-squares (maximum-likelihood) fit of y on the rows of x.
     *
     * @param weights precision weights, or {@code null} for unit weights: observation i has
     *     variance \( \sigma^2 / w_i \); a zero weight drops the row from the fit (it then counts
     *     neither in n nor in the likelihood, but its values are still checked)
     * @throws IllegalArgumentException for mismatched lengths, ragged rows, non-finite data,
     *     invalid weights, \( n \le p \), or collinear columns (unless dropping was asked for);
     *     the message names the row, column or argument and the value
     */
    public LinearFit fit(double[][] x, double[] y, double[] weights) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length
                    + " values");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("x and y are empty");
        }
        int width = x[0] == null ? -1 : x[0].length;
        int p = width + (intercept ? 1 : 0);
        // Unweighted, with enough rows and something to fit, no other check can fail before the
        // rows are read, so their shape is checked by the Gram pass itself, which declines at a
        // null or ragged row; the full check below then names the first row at fault. Every other
        // case checks the rows first, so that errors keep their order.
        boolean shapeCheckedByGramPass = weights == null && x.length > p && width >= 0
                && (width > 0 || intercept);
        if (!shapeCheckedByGramPass) {
            requireRowShapesAndFiniteY(x, y, width);
        }
        WeightedRows rows = WeightedRows.of(x, y, weights);
        int[] columns = new int[width];
        for (int j = 0; j < width; j++) {
            columns[j] = j;
        }
        if (width == 0 && !intercept) {
            throw new IllegalArgumentException("x has no columns and the model no intercept:"
                    + " there is nothing to fit");
        }
        requireMoreRowsThanParameters(rows.n(), p);
        if (rows.n() < x.length) {
            requireFinite(x);
        }
        // A finite Gram matrix proves every fitted x and y finite (each x_ij² and y_i² is in its
        // diagonal), so the element-by-element checks run only when the fast path declines.
        SemiNormalRefinement.Result fast = SemiNormalRefinement.solve(rows.x(), rows.y(),
                rows.weights(), intercept, width, columns, DESIGN_TOLERANCE, DESIGN_ACCEPTABLE);
        if (fast != null) {
            return finishSemiNormal(rows, intercept, columns, fast);
        }
        if (shapeCheckedByGramPass) {
            requireRowShapesAndFiniteY(x, y, width);
        }
        requireFinite(x);
        List<Integer> dropped = new ArrayList<>();
        List<String> dependencies = new ArrayList<>();
        while (true) {
            RowDesign design = new RowDesign(rows.x(), rows.y(), rows.sqrtWeights(), intercept,
                    columns);
            HouseholderQr qr = new HouseholderQr(design);
            int dependent = firstDependentColumn(qr);
            if (dependent < 0) {
                if (!dropped.isEmpty() && !dropCollinearColumns) {
                    throw new IllegalArgumentException("x has linearly dependent columns: "
                            + String.join("; ", dependencies)
                            + " (fit with droppingCollinearColumns() to drop them)");
                }
                return finish(rows, intercept, columns, dropped, design, qr);
            }
            int offset = intercept ? 1 : 0;
            dropped.add(columns[dependent - offset]);
            dependencies.add(describeDependence(qr, dependent, intercept, columns));
            columns = remove(columns, dependent - offset);
        }
    }

    /**
     * The least-squares fit of the polynomial \( y \approx \sum_{k=0}^{d} \beta_k x^k \) with unit
     * weights.
     *
     * <p>Powers of x are never formed: x is mapped to \( t = (x - c)/h \in [-1, 1] \) (c the
     * midpoint and h the half-width of the range of x) in double-double, the design holds the
     * Chebyshev polynomials \( T_k(t) \) evaluated by their three-term recurrence in
     * double-double, and refinement uses those exact values, so the coefficients \( \gamma \) in
     * this basis are those of the data to double-double accuracy. They are converted to the
     * monomial basis of x (\( T_k \) expanded, then \( t^m = h^{-m}(x-c)^m \) by the binomial
     * theorem) and the covariance \( M C_\gamma M^T \) likewise, all in double-double, so the
     * cancellation in the conversion — the ill-conditioning of the monomial basis itself — costs
     * no digits of the result. On NIST's Filip (degree 10) every certified value comes out to 14
     * digits this way, against 7.6 for the exact solution of its double-rounded matrix of powers.
     *
     * @throws IllegalArgumentException for mismatched lengths, non-finite data, a negative degree,
     *     fewer distinct x values than \( d + 1 \), \( n \le d + 1 \), or a model without
     *     intercept (a polynomial always has its constant term)
     */
    public LinearFit polynomial(double[] x, double[] y, int degree) {
        return polynomial(x, y, degree, null);
    }

    /**
     * {@link #polynomial(double[], double[], int)} with precision weights ({@code null}: unit
     * weights), as in {@link #fit(double[][], double[], double[])}.
     */
    public LinearFit polynomial(double[] x, double[] y, int degree, double[] weights) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (degree < 0) {
            throw new IllegalArgumentException("degree must be non-negative, got " + degree);
        }
        if (!intercept) {
            throw new IllegalArgumentException("a polynomial fit always includes the constant"
                    + " term: fit the powers of x as a design without intercept instead");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has "
                    + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("x[" + i + "] must be finite, got " + x[i]);
            }
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] must be finite, got " + y[i]);
            }
        }
        double[][] column = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            column[i] = new double[] {x[i]};
        }
        WeightedRows rows = WeightedRows.of(column, y, weights);
        requireMoreRowsThanParameters(rows.n(), degree + 1);
        ChebyshevDesign design = ChebyshevDesign.of(rows.x(), rows.y(), rows.sqrtWeights(),
                degree);
        HouseholderQr qr = new HouseholderQr(design);
        if (firstDependentColumn(qr) >= 0) {
            throw new IllegalArgumentException("x has fewer than degree + 1 = " + (degree + 1)
                    + " distinct values (among rows with positive weight)");
        }
        RefinedLeastSquares.Solution solution = RefinedLeastSquares.solve(design, qr,
                ChebyshevDesign.TOLERANCE, ChebyshevDesign.ACCEPTABLE);
        DoubleDouble[] gamma = new DoubleDouble[degree + 1];
        for (int k = 0; k <= degree; k++) {
            gamma[k] = new DoubleDouble(solution.xHi()[k], solution.xLo()[k]);
        }
        DoubleDouble[][] basisInverseGram = design.inverseGram(qr);
        LinearFit.Builder b = new LinearFit.Builder();
        b.coefficients = design.monomialCoefficients(gamma);
        b.inverseGram = design.monomialCovariance(basisInverseGram);
        b.intercept = true;
        b.columns = new int[] {0};
        b.basis = row -> design.basisAt(single(row));
        b.basisCoefficients = solution.x();
        b.basisInverseGram = rounded(basisInverseGram);
        b.method = LinearFit.CHEBYSHEV;
        return complete(b, rows, solution);
    }

    private static double single(double[] row) {
        if (row == null || row.length != 1 || !Double.isFinite(row[0])) {
            throw new IllegalArgumentException("a polynomial fit predicts at one finite x value,"
                    + " got " + java.util.Arrays.toString(row));
        }
        return row[0];
    }

    private static LinearFit finish(WeightedRows rows, boolean intercept, int[] columns,
            List<Integer> dropped, RowDesign design, HouseholderQr qr) {
        RefinedLeastSquares.Solution solution = RefinedLeastSquares.solve(design, qr,
                DESIGN_TOLERANCE, DESIGN_ACCEPTABLE);
        double[] beta = solution.x();
        double[][] inverseGram = qr.inverseGram();
        int width = rows.width();
        LinearFit.Builder b = new LinearFit.Builder()
                .design(beta, inverseGram, width, intercept, columns);
        b.droppedColumns = dropped;
        return complete(b, rows, solution);
    }

    private static LinearFit finishSemiNormal(WeightedRows rows, boolean intercept, int[] columns,
            SemiNormalRefinement.Result fast) {
        int width = rows.width();
        LinearFit.Builder b = new LinearFit.Builder()
                .design(fast.coefficients(), fast.inverseGram(), width, intercept, columns);
        b.residualSumOfSquares = fast.residualSumOfSquares();
        b.totalSumOfSquares = fast.totalSumOfSquares();
        b.n = rows.n();
        b.sumLogWeights = rows.sumLogWeights();
        b.residuals = rows.residualsOfAllRows(fast.residuals(), b.basis, b.basisCoefficients);
        b.refinementSteps = fast.steps();
        b.converged = fast.converged();
        b.message = fast.message();
        b.method = LinearFit.SEMI_NORMAL;
        return b.build();
    }

    private static LinearFit complete(LinearFit.Builder b, WeightedRows rows,
            RefinedLeastSquares.Solution solution) {
        b.residualSumOfSquares = solution.residualSumOfSquares();
        b.totalSumOfSquares = rows.totalSumOfSquares(b.intercept);
        b.n = rows.n();
        b.sumLogWeights = rows.sumLogWeights();
        b.residuals = rows.residualsOfAllRows(rows.unscale(solution), b.basis,
                b.basisCoefficients);
        b.refinementSteps = solution.steps();
        b.converged = solution.converged();
        b.message = solution.message();
        return b.build();
    }

    /** Every row non-null with the width of the first, every y finite; the first fault is named. */
    private static void requireRowShapesAndFiniteY(double[][] x, double[] y, int width) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) {
                throw new IllegalArgumentException("x[" + i + "] is null");
            }
            if (x[i].length != width) {
                throw new IllegalArgumentException("x[" + i + "] has " + x[i].length
                        + " columns but x[0] has " + width);
            }
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] must be finite, got " + y[i]);
            }
        }
    }

    private static void requireFinite(double[][] x) {
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("x[" + i + "][" + j + "] (row " + i
                            + ", column " + j + ") must be finite, got " + x[i][j]);
                }
            }
        }
    }

    static double[] designVector(double[] row, int width, boolean intercept, int[] columns) {
        if (row == null || row.length != width) {
            throw new IllegalArgumentException("row must have the " + width + " columns of x, got "
                    + (row == null ? "null" : row.length));
        }
        int offset = intercept ? 1 : 0;
        double[] v = new double[columns.length + offset];
        if (intercept) {
            v[0] = 1;
        }
        for (int j = 0; j < columns.length; j++) {
            double value = row[columns[j]];
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("row[" + columns[j] + "] must be finite, got "
                        + value);
            }
            v[j + offset] = value;
        }
        return v;
    }

    static void requireMoreRowsThanParameters(long n, int p) {
        if (n <= p) {
            throw new IllegalArgumentException("need more observations than coefficients: n = " + n
                    + " (with positive weight), p = " + p);
        }
    }

    /**
     * Relative size \( |R_{kk}|/\|a_k\| \) below which column k counts as a combination of the
     * earlier ones: rounding in Householder QR leaves about \( \sqrt n\,\varepsilon \) there
     * for an exactly dependent column, while NIST's Filip, the most ill-conditioned design in
     * common use, still has \( 5\cdot10^{-8} \).
     */
    static int firstDependentColumn(HouseholderQr qr) {
        double tolerance = 16 * Math.sqrt(qr.rows()) * 0x1p-52;
        for (int k = 0; k < qr.cols(); k++) {
            if (qr.independence(k) <= tolerance) {
                return k;
            }
        }
        return -1;
    }

    private static String describeDependence(HouseholderQr qr, int k, boolean intercept,
            int[] columns) {
        int offset = intercept ? 1 : 0;
        double[] c = qr.combinationOfEarlierColumns(k);
        String name = "column " + columns[k - offset];
        if (qr.columnNorm(k) == 0) {
            return name + " is zero";
        }
        double scale = 0;
        for (double ci : c) {
            scale = Math.max(scale, Math.abs(ci));
        }
        StringJoiner terms = new StringJoiner(" + ");
        for (int i = 0; i < k; i++) {
            if (Math.abs(c[i]) > 1e-12 * scale) {
                String term = i < offset ? "intercept" : "column " + columns[i - offset];
                terms.add(String.format("%.6g * %s", c[i], term));
            }
        }
        return name + " = " + terms;
    }

    private static int[] remove(int[] values, int index) {
        int[] result = new int[values.length - 1];
        System.arraycopy(values, 0, result, 0, index);
        System.arraycopy(values, index + 1, result, index, values.length - index - 1);
        return result;
    }

    private static double[][] rounded(DoubleDouble[][] m) {
        double[][] r = new double[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                r[i][j] = m[i][j].value();
            }
        }
        return r;
    }
}
