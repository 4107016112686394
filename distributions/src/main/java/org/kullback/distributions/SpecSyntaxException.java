package org.kullback.distributions;

/**
 * A distribution spec that cannot be read: unknown family, wrong number of parameters, unknown
 * parameter name or malformed number. The message is one line and names the character position
 * (0-based) in the spec where the problem is.
 */
public final class SpecSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String spec;
    private final int position;

    SpecSyntaxException(String spec, int position, String problem) {
        super(problem + " at position " + position + " in \"" + spec + "\"");
        this.spec = spec;
        this.position = position;
    }

    /** The spec that was being read. */
    public String spec() {
        return spec;
    }

    /** The 0-based character position of the problem in {@link #spec()}. */
    public int position() {
        return position;
    }
}
