package org.kullback.examples;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A binary prefix code for the symbols \( 0, \dots, k-1 \): no codeword is the beginning of
 * another, so a concatenation of codewords decodes without separators. The codewords are the
 * canonical ones for their lengths (shorter codewords first, then by symbol), which exist exactly
 * when the lengths satisfy Kraft's inequality \( \sum_i 2^{-\ell_i} \le 1 \) (Cover &amp; Thomas,
 * Elements of Information Theory, 2nd ed., §5.2).
 */
final class PrefixCode {

    /** Codewords are held as the low bits of a {@code long}. */
    private static final int MAX_LENGTH = 62;

    private final int[] lengths;
    private final String[] codewords;
    private final Map<String, Integer> symbols = new HashMap<>();

    private PrefixCode(int[] lengths) {
        this.lengths = lengths.clone();
        this.codewords = new String[lengths.length];
        Integer[] order = new Integer[lengths.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order,
                Comparator.comparingInt((Integer i) -> lengths[i]).thenComparing(i -> i));
        long code = 0;
        int previous = lengths[order[0]];
        for (int symbol : order) {
            code <<= lengths[symbol] - previous;
            previous = lengths[symbol];
            String bits = Long.toBinaryString(code);
            codewords[symbol] = "0".repeat(lengths[symbol] - bits.length()) + bits;
            symbols.put(codewords[symbol], symbol);
            code++;
        }
    }

    /**
     * The canonical code with the given codeword lengths.
     *
     * @throws IllegalArgumentException if there are no lengths, if one is outside [1, 62] (the
     *     message names its index), or if they violate Kraft's inequality
     */
    static PrefixCode ofLengths(int... lengths) {
        if (lengths.length == 0) {
            throw new IllegalArgumentException("lengths must not be empty");
        }
        double kraft = 0;
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] < 1 || lengths[i] > MAX_LENGTH) {
                throw new IllegalArgumentException(
                        "lengths[" + i + "] must be in [1, 62], got " + lengths[i]);
            }
            kraft += Math.scalb(1.0, -lengths[i]);
        }
        if (kraft > 1) {
            throw new IllegalArgumentException(
                    "lengths violate Kraft's inequality: sum of 2^-length = " + kraft + " > 1");
        }
        return new PrefixCode(lengths);
    }

    /**
     * Huffman's code for the probabilities {@code p}: repeatedly merge the two least likely
     * nodes; a symbol's length is its depth in the tree. It has the least mean length
     * \( \sum_i p_i \ell_i \) of all prefix codes, and
     * \( H(p) \le \sum_i p_i \ell_i &lt; H(p) + 1 \) bits (Huffman 1952; Cover &amp; Thomas,
     * §5.8).
     *
     * @throws IllegalArgumentException if there are fewer than two symbols, or a probability is
     *     negative or not finite (the message names its index)
     */
    static PrefixCode huffman(double[] p) {
        int k = p.length;
        if (k < 2) {
            throw new IllegalArgumentException(
                    "a Huffman code needs at least 2 symbols, got " + k);
        }
        double[] weight = Arrays.copyOf(p, 2 * k - 1);
        int[] parent = new int[2 * k - 1];
        PriorityQueue<Integer> queue = new PriorityQueue<>(
                Comparator.comparingDouble((Integer node) -> weight[node]).thenComparing(n -> n));
        for (int i = 0; i < k; i++) {
            if (!(p[i] >= 0 && p[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        "p[" + i + "] must be finite and non-negative, got " + p[i]);
            }
            queue.add(i);
        }
        for (int node = k; node < 2 * k - 1; node++) {
            int a = queue.poll();
            int b = queue.poll();
            weight[node] = weight[a] + weight[b];
            parent[a] = node;
            parent[b] = node;
            queue.add(node);
        }
        // A parent is created after its children, so walking down from the root (the last node)
        // sees every parent's depth before its children's.
        int[] depth = new int[2 * k - 1];
        for (int node = 2 * k - 3; node >= 0; node--) {
            depth[node] = depth[parent[node]] + 1;
        }
        return ofLengths(Arrays.copyOf(depth, k));
    }

    /**
     * Shannon's code for the probabilities {@code q}: \( \ell_i = \lceil -\log_2 q_i \rceil \)
     * (computed exactly, as the least \( \ell \) with \( 2^{-\ell} \le q_i \); at least 1). Used
     * for data from \( p \), its mean length satisfies
     * \( H(p, q) \le \sum_i p_i \ell_i &lt; H(p, q) + 1 \) bits (Cover &amp; Thomas, §5.4 and
     * Theorem 5.4.3).
     *
     * @throws IllegalArgumentException if a probability is not in (0, 1] (the message names its
     *     index)
     */
    static PrefixCode shannon(double[] q) {
        int[] lengths = new int[q.length];
        for (int i = 0; i < q.length; i++) {
            if (!(q[i] > 0 && q[i] <= 1)) {
                throw new IllegalArgumentException("q[" + i + "] must be in (0, 1], got " + q[i]);
            }
            int length = 1;
            while (Math.scalb(1.0, -length) > q[i]) {
                length++;
            }
            lengths[i] = length;
        }
        return ofLengths(lengths);
    }

    int size() {
        return lengths.length;
    }

    int length(int symbol) {
        return lengths[symbol];
    }

    String codeword(int symbol) {
        return codewords[symbol];
    }

    /** \( \sum_i p_i \ell_i \), the mean length in bits of a symbol drawn from {@code p}. */
    double meanLength(double[] p) {
        double sum = 0;
        for (int i = 0; i < lengths.length; i++) {
            sum += p[i] * lengths[i];
        }
        return sum;
    }

    /** The concatenated codewords of {@code message}. */
    String encode(int[] message) {
        StringBuilder bits = new StringBuilder();
        for (int symbol : message) {
            bits.append(codewords[symbol]);
        }
        return bits.toString();
    }

    /**
     * The symbols whose codewords make up {@code bits}.
     *
     * @throws IllegalArgumentException if {@code bits} does not end at the end of a codeword
     */
    int[] decode(String bits) {
        int[] message = new int[bits.length()];
        int count = 0;
        int start = 0;
        for (int end = 1; end <= bits.length(); end++) {
            Integer symbol = symbols.get(bits.substring(start, end));
            if (symbol != null) {
                message[count++] = symbol;
                start = end;
            }
        }
        if (start != bits.length()) {
            throw new IllegalArgumentException(
                    "bits end inside a codeword, after bit " + start + " of " + bits.length());
        }
        return Arrays.copyOf(message, count);
    }
}
