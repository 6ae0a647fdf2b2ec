package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;

/**
 * How a pair of traffic ends stands, or a group of pairs (two namespaces): allowed, partly
 * allowed, blocked, or unknown. Unknown is an answer of its own, never folded into allowed:
 * where some connection the destination serves cannot be judged, the pair is unknown whatever
 * else is known about it (what we cannot judge is never "allowed", and never quietly "blocked").
 */
public enum PairVerdict {
    /** Every served port is allowed between every pair of pods. */
    ALLOWED,
    /** Some served ports, or some pairs of pods, are allowed and others are not. */
    PARTIAL,
    /** No served port is allowed between any pair of pods. */
    BLOCKED,
    /** Some served connection may be allowed or denied: it cannot be judged from the objects read. */
    UNKNOWN;

    /**
     * The verdict of a pair from its traffic verdict and what of the served connections cannot be
     * judged ({@code unknownServed}, empty when everything could be).
     */
    public static PairVerdict of(TrafficVerdict verdict, ConnectionSet unknownServed) {
        if (!unknownServed.isEmpty()) {
            return UNKNOWN;
        }
        return switch (verdict) {
            case ALLOWED -> ALLOWED;
            case PARTIAL -> PARTIAL;
            case BLOCKED -> BLOCKED;
        };
    }

    /** Combines the verdicts of two parts of one whole: the same verdict stays, unknown wins, else partly allowed. */
    public PairVerdict and(PairVerdict other) {
        if (this == other) {
            return this;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : PARTIAL;
    }
}
