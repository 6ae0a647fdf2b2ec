package io.kubereach.ui.model;

/** What the watch of a live cluster is doing, for the status bar. */
public enum LiveState {
    /** Not watching. */
    OFF,
    /** Starting the watch (reading the cluster once more). */
    STARTING,
    /** Watching: changes are drawn as they happen. */
    WATCHING,
    /** The connection was lost and is being restored. */
    LOST
}
