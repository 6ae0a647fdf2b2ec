package io.kubereach.ui.model;

/** A label filter that does not read: what is wrong, and the part of the text it concerns. */
public final class LabelFilterException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What can be wrong with a label filter. */
    public enum Problem {
        /** A parenthesis is not closed, or closed without being opened. */
        UNBALANCED_PARENTHESES,
        /** Two commas in a row, or a comma at an end. */
        EMPTY_REQUIREMENT,
        /** Not a label key. */
        BAD_KEY,
        /** Not a label value. */
        BAD_VALUE
    }

    private final Problem problem;
    private final String part;

    /** A problem with a part of the filter. */
    public LabelFilterException(Problem problem, String part) {
        super(problem + ": '" + part + "'");
        this.problem = problem;
        this.part = part;
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }

    /** The part of the text it concerns. */
    public String part() {
        return part;
    }
}
