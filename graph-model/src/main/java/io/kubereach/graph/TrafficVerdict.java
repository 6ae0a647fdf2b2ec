package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;

/**
 * How a traffic edge stands, judged on the ports its destination serves: the union of the
 * container ports its pods declare, or every port when they declare none (an address outside
 * the cluster serves every port).
 */
public enum TrafficVerdict {
    /** Every served port is allowed between every pair of pods behind the edge. */
    ALLOWED,
    /** Some served ports, or some pairs of pods, are allowed and others are not. */
    PARTIAL,
    /** No served port is allowed between any pair. */
    BLOCKED;

    /**
     * The verdict of an edge from what every pair may open ({@code common}), what some pair may
     * open ({@code any}) and what the destination serves.
     */
    public static TrafficVerdict of(ConnectionSet common, ConnectionSet any, ConnectionSet served) {
        if (common.intersect(served).equals(served)) {
            return ALLOWED;
        }
        return any.intersect(served).isEmpty() ? BLOCKED : PARTIAL;
    }

    /** Combines two verdicts of parts of one whole. */
    public TrafficVerdict and(TrafficVerdict other) {
        return this == other ? this : PARTIAL;
    }
}
