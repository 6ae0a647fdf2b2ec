package io.kubereach.source.live;

import java.util.List;

/**
 * Hears how a cluster load advances, kind by kind: a desktop progress bar or a line on the
 * terminal. Called on the loading thread, so a JavaFX listener hands its updates to the FX
 * thread (a {@code Task} does with {@code updateProgress} and {@code updateMessage}).
 */
public interface LoadProgress {

    /** Hears nothing. */
    LoadProgress NONE = new LoadProgress() {
    };

    /**
     * A kind is about to be read.
     *
     * @param kind the kind
     * @param step its place among the kinds read, from 1
     * @param steps how many kinds are read
     */
    default void started(ResourceKind kind, int step, int steps) {
    }

    /**
     * A page of a kind was read.
     *
     * @param kind the kind
     * @param read how many objects of it were read so far
     */
    default void advanced(ResourceKind kind, int read) {
    }

    /**
     * A kind is read, as far as it could be.
     *
     * @param kind the kind
     * @param read how many objects of it were read
     * @param problems what could not be read, in words; empty when everything was
     */
    default void finished(ResourceKind kind, int read, List<String> problems) {
    }
}
