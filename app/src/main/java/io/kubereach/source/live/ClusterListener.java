package io.kubereach.source.live;

/**
 * Hears a {@link LiveCluster}: its changes, debounced, and the state of its connection. Called on
 * the live cluster's own thread, one call at a time; a JavaFX view hands each call to the FX
 * thread with {@code Platform.runLater}.
 */
public interface ClusterListener {

    /** The cluster changed. */
    void changed(ClusterEvent event);

    /**
     * A watch was lost and could not be restored yet; it is retried with growing pauses.
     *
     * @param reason what went wrong, in one line
     */
    default void connectionLost(String reason) {
    }

    /** Every lost watch is back, and the model caught up with what happened meanwhile. */
    default void connectionRestored() {
    }
}
