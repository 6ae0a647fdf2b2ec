package io.kubereach.query;

import java.util.Locale;

/**
 * The answer word of a question: every pair or backend allowed, some, none, or unknown because
 * the source could not read the NetworkPolicies of a namespace at one end.
 */
public enum Outcome {
    ALLOWED, PARTIAL, DENIED, UNKNOWN;

    /** Combines the verdicts of several pairs or backends. */
    public static Outcome of(long allowed, long total) {
        if (total > 0 && allowed == total) {
            return ALLOWED;
        }
        return allowed == 0 ? DENIED : PARTIAL;
    }

    /**
     * Combines the verdicts of several pairs or backends, some of which may be unknown: one
     * unknown connection makes the whole answer unknown, since it may go either way.
     */
    public static Outcome of(long allowed, long unknown, long total) {
        return unknown > 0 ? UNKNOWN : of(allowed, total);
    }

    /** The outcome a word names ({@code allowed}, {@code partial}, {@code denied}, {@code unknown}), if it names one. */
    public static java.util.Optional<Outcome> parse(String word) {
        for (Outcome o : values()) {
            if (o.word().equals(word)) {
                return java.util.Optional.of(o);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The word scripts parse: {@code allowed}, {@code partial}, {@code denied}, {@code unknown};
     * the same in every language.
     */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
