package io.kubereach.engine;

import java.util.Locale;

/**
 * Whether a connection may be set up: allowed, denied, or unknown because something that could
 * change the answer cannot be judged from the objects (what we cannot judge is never allowed).
 */
public enum Answer {
    ALLOWED, DENIED, UNKNOWN;

    /** Both sides must allow (rule 5): denied if either denies, allowed if both allow, else unknown. */
    public Answer and(Answer other) {
        if (this == DENIED || other == DENIED) {
            return DENIED;
        }
        return this == ALLOWED && other == ALLOWED ? ALLOWED : UNKNOWN;
    }

    /** {@code allowed}, {@code denied} or {@code unknown}: the word scripts parse. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
