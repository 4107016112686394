package org.kullback.distributions;

import org.kullback.special.LogSpace;

/**
 * Accurate pieces shared by the KL divergences between different families: logarithms of products
 * that are nearly 1, and the decomposition of a KL divergence to a normal distribution into
 * non-negative parts.
 */
final class CrossFamilyTerms {

    private CrossFamilyTerms() {
    }

    /**
     * \( \log(ab) \) for positive finite {@code a}, {@code b}. When the product is within a factor
     * 2 of 1 it is split exactly into two doubles by {@link Math#fma}, so \( ab - 1 \) is exact
     * (Sterbenz) up to the second part and the logarithm keeps full relative accuracy when
     * \( ab \approx 1 \); a product that over- or underflows is taken apart into two logarithms.
     */
    static double logProduct(double a, double b) {
        double product = a * b;
        if (product >= 0.5 && product <= 2) {
            return Math.log1p((product - 1) + Math.fma(a, b, -product));
        }
        if (product >= Double.MIN_NORMAL && product < Double.POSITIVE_INFINITY) {
            return Math.log(product);
        }
        return Math.log(a) + Math.log(b);
    }

    /**
     * \( \mathrm{IS}(r_1 r_2) = r_1r_2 - 1 - \log(r_1r_2) \) for positive finite {@code r1},
     * {@code r2}, also when the product over- or underflows. Callers use it where other
     * non-negative terms of at least a tenth keep the rounding of \( r_1r_2 \) from mattering.
     */
    static double itakuraSaitoOfProduct(double r1, double r2) {
        double product = r1 * r2;
        if (product >= Double.MIN_NORMAL && product < Double.POSITIVE_INFINITY) {
            return LogRatio.itakuraSaito(product, 1);
        }
        return product - 1 - (Math.log(r1) + Math.log(r2));
    }

    /**
     * \( \mathrm{KL}(p\,\|\,N(\mu, \sigma^2)) = J(p) + \tfrac12\mathrm{IS}(r^2) + \tfrac12 z^2 \)
     * for a p on the real line with mean m, standard deviation s and negentropy
     * \( J(p) = \tfrac12\log(2\pi e s^2) - H(p) \ge 0 \), where \( r = s/\sigma \),
     * \( z = (m - \mu)/\sigma \) and \( \mathrm{IS}(x) = x - 1 - \log x \).
     *
     * <p>From \( -E_p[\log q] = \log\sigma + \tfrac12\log 2\pi + (s^2 + (m-\mu)^2)/(2\sigma^2) \)
     * minus \( H(p) = \tfrac12\log(2\pi e s^2) - J(p) \). The three terms are non-negative, so
     * nothing cancels; \( J \) is the KL divergence from p to the normal with its own mean and
     * variance (the maximum-entropy property of the normal, Cover &amp; Thomas, Theorem 8.6.5).
     * With \( x = r^2 - 1 \), \( \tfrac12\mathrm{IS}(r^2) = -\tfrac12\operatorname{log1pmx}(x) \)
     * near \( r = 1 \), where the caller supplies x accurately (it is all there is to the term
     * then: rounding \( r \) first would cost the relative accuracy of x), and
     * \( \tfrac12 x - \log r \) elsewhere.
     *
     * @param z the standardized mean offset \( (m - \mu)/\sigma \)
     * @param varianceExcess \( x = s^2/\sigma^2 - 1 \)
     * @param logSdRatio \( \log(s/\sigma) \), used only where \( |x| \) is not small
     * @param negentropy \( J(p) \)
     */
    static double klToNormal(double z, double varianceExcess, double logSdRatio,
            double negentropy) {
        double halfItakuraSaito;
        if (varianceExcess > -0.5 && varianceExcess < 1) {
            halfItakuraSaito = -0.5 * LogSpace.log1pmx(varianceExcess);
        } else if (varianceExcess == Double.POSITIVE_INFINITY) {
            return varianceExcess;
        } else {
            halfItakuraSaito = 0.5 * varianceExcess - logSdRatio;
        }
        return negentropy + halfItakuraSaito + 0.5 * z * z;
    }

    /**
     * \( k s^2 - 1 \) for positive finite {@code k}, {@code s}, with full relative accuracy where
     * it is small: the products \( s^2 \) and \( k s^2 \) are each split exactly into two doubles
     * by {@link Math#fma}, and \( k s^2 - 1 \) is then exact up to the second parts (Sterbenz).
     */
    static double scaledSquareMinusOne(double k, double s) {
        double square = s * s;
        double squareError = Math.fma(s, s, -square);
        double product = k * square;
        if (product == Double.POSITIVE_INFINITY) {
            return product;
        }
        double productError = Math.fma(k, square, -product);
        return (product - 1) + (productError + k * squareError);
    }

    /**
     * \( (ab)^2/k - 1 \) for positive finite {@code a}, {@code b}, {@code k}, with full relative
     * accuracy where it is small: \( ab \) and its square are carried as unevaluated sums of two
     * doubles, and \( (ab)^2 - k \) is exact up to the second parts (Sterbenz).
     */
    static double productSquareRatioMinusOne(double a, double b, double k) {
        double product = a * b;
        double productError = Math.fma(a, b, -product);
        double square = product * product;
        if (square == Double.POSITIVE_INFINITY) {
            return square;
        }
        double squareError = Math.fma(product, product, -square) + 2 * product * productError;
        return ((square - k) + squareError) / k;
    }

    /**
     * Whichever of two evaluations of a cross-entropy has the smaller rounding-error bound:
     * \( H(p) + \mathrm{KL} \), bounded by \( |H(p)| + \mathrm{KL} \), or a written-out
     * \( -E_p[\log q] \) whose terms add up to {@code directMagnitude} in absolute value. An
     * infinite KL gives an infinite cross-entropy whatever the written-out form says (it may be
     * NaN there, as \( \infty - \infty \)), and so does a NaN magnitude.
     */
    static double crossEntropy(double entropy, double kl, double direct, double directMagnitude) {
        if (kl == Double.POSITIVE_INFINITY) {
            return kl;
        }
        return directMagnitude < Math.abs(entropy) + kl ? direct : entropy + kl;
    }
}
