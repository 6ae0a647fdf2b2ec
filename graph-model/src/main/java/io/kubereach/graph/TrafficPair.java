package io.kubereach.graph;

import java.util.Optional;

/**
 * An ordered pair asked about: who connects and who accepts, as vertex ids (workloads, pods,
 * address blocks, or two namespaces). Its {@link #id()} is the id the traffic edge between them
 * has, or would have, in the graph ({@code traffic:FROM>TO}), so a pair can be selected whether
 * the diagram draws a line for it or not.
 *
 * @param fromId the connecting vertex
 * @param toId the accepting vertex
 */
public record TrafficPair(String fromId, String toId) {

    private static final String PREFIX = "traffic:";

    public TrafficPair {
        if (fromId.isEmpty() || toId.isEmpty() || fromId.contains(">") || toId.contains(">")) {
            throw new IllegalArgumentException("not a pair of vertex ids: " + fromId + ", " + toId);
        }
    }

    /** The pair a selection id names, if it names one. */
    public static Optional<TrafficPair> parse(String id) {
        if (!id.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int arrow = id.indexOf('>', PREFIX.length());
        if (arrow <= PREFIX.length() || arrow == id.length() - 1 || id.indexOf('>', arrow + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new TrafficPair(id.substring(PREFIX.length(), arrow), id.substring(arrow + 1)));
    }

    /** {@code traffic:FROM>TO}: the id of the traffic edge between them. */
    public String id() {
        return PREFIX + fromId + ">" + toId;
    }
}
