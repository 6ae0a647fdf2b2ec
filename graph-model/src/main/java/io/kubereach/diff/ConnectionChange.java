package io.kubereach.diff;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.report.ConnectionEnd;
import java.util.Objects;

/**
 * The allowed connections from one peer to another in two clusters, before and after.
 *
 * @param source where the connections start
 * @param destination where they go
 * @param before what the first cluster allows (empty when nothing)
 * @param after what the second cluster allows (empty when nothing)
 * @param sourcePresence whether the source exists in both clusters or only one
 * @param destinationPresence whether the destination exists in both clusters or only one
 */
public record ConnectionChange(ConnectionEnd source, ConnectionEnd destination, ConnectionSet before, ConnectionSet after,
        Presence sourcePresence, Presence destinationPresence) {

    public ConnectionChange {
        Objects.requireNonNull(source);
        Objects.requireNonNull(destination);
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException(source + " -> " + destination + ": nothing allowed on either side is no change");
        }
    }

    /** Added, removed, changed or unchanged, from the two connection sets. */
    public ChangeKind kind() {
        if (before.isEmpty()) {
            return ChangeKind.ADDED;
        }
        if (after.isEmpty()) {
            return ChangeKind.REMOVED;
        }
        return before.equals(after) ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
    }
}
