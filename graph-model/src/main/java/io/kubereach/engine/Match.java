package io.kubereach.engine;

/** Whether a rule's peer matches a connection's remote end: no, certainly, or maybe (it cannot be judged). */
enum Match {
    NO, MAYBE, YES;

    /** Both must match: the weaker of the two. */
    Match and(Match other) {
        return values()[Math.min(ordinal(), other.ordinal())];
    }

    /** Either may match: the stronger of the two. */
    Match or(Match other) {
        return values()[Math.max(ordinal(), other.ordinal())];
    }
}
