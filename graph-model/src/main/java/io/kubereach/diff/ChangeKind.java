package io.kubereach.diff;

import java.util.Locale;

/** How the allowed connections from one peer to another changed between two clusters. */
public enum ChangeKind {
    /** Allowed on both sides, but not the same protocols or ports. */
    CHANGED,
    /** Allowed only after: nothing was allowed before. */
    ADDED,
    /** Allowed only before: nothing is allowed after. */
    REMOVED,
    /** The same connections on both sides. */
    UNCHANGED;

    /** The word netpol-analyzer writes for it: {@code changed}, {@code added}, {@code removed}, {@code unchanged}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
