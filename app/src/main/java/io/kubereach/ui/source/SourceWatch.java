package io.kubereach.ui.source;

/** A live source being watched: the cluster as first read, and a way to stop watching. */
public interface SourceWatch extends AutoCloseable {

    /** The cluster as read when the watch started. */
    LoadedCluster first();

    /** Stops watching. */
    @Override
    void close();
}
