package io.kubereach.query;

import java.util.Locale;

/** The answer word of a question: every pair or backend allowed, some, or none. */
public enum Outcome {
    ALLOWED, PARTIAL, DENIED;

    /** Combines the verdicts of several pairs or backends. */
    public static Outcome of(long allowed, long total) {
        if (total > 0 && allowed == total) {
            return ALLOWED;
        }
        return allowed == 0 ? DENIED : PARTIAL;
    }

    /** The word scripts parse: {@code allowed}, {@code partial}, {@code denied}; the same in every language. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
