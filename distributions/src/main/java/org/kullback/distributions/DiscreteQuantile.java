package org.kullback.distributions;

import java.util.function.LongPredicate;

/**
 * The search behind the quantile functions of the integer families: the smallest integer at which
 * a monotone condition (such as \( F(k) \ge p \)) holds, found from a good first guess by
 * galloping (steps 1, 2, 4, … until the condition changes) and then bisection, so a guess that is
 * off by \( d \) costs \( O(\log d) \) evaluations of the condition.
 */
final class DiscreteQuantile {

    private DiscreteQuantile() {
    }

    /**
     * The smallest {@code k} in {@code [lo, hi]} with {@code holds.test(k)}, given that the
     * condition is false below some point and true from there on, and true at {@code hi}.
     */
    static long smallest(long guess, long lo, long hi, LongPredicate holds) {
        long start = Math.max(lo, Math.min(hi, guess));
        long fails;
        long passes;
        if (holds.test(start)) {
            passes = start;
            fails = lo - 1;
            for (long step = 1; passes > lo; step *= 2) {
                long probe = passes - Math.min(step, passes - lo);
                if (!holds.test(probe)) {
                    fails = probe;
                    break;
                }
                passes = probe;
            }
        } else {
            fails = start;
            passes = hi;
            for (long step = 1; fails < hi; step *= 2) {
                long probe = fails + Math.min(step, hi - fails);
                if (holds.test(probe)) {
                    passes = probe;
                    break;
                }
                fails = probe;
            }
        }
        while (passes - fails > 1) {
            long middle = fails + (passes - fails) / 2;
            if (holds.test(middle)) {
                passes = middle;
            } else {
                fails = middle;
            }
        }
        return passes;
    }
}
