package io.kubereach.ui.source;

import io.kubereach.ui.task.JobControl;

/**
 * Reads a {@link ClusterSource} into a snapshot. Runs off the JavaFX thread; a slow source checks
 * {@link JobControl#isCancelled()} and stops when asked. Tests put a fake in its place.
 */
public interface SourceLoader {

    /**
     * Reads the source.
     *
     * @throws Exception with a one-line message naming what could not be read
     */
    LoadedCluster load(ClusterSource source, JobControl control) throws Exception;

    /**
     * Reads a live source and keeps watching it; what changes is told to {@code news} on the
     * watch's own thread until the returned watch is closed.
     *
     * @throws Exception with a one-line message when the source cannot be read or watched
     */
    default SourceWatch watch(ClusterSource source, JobControl control, ClusterNews news) throws Exception {
        throw new UnsupportedOperationException("only a live cluster can be watched, not " + source.encode());
    }
}
