package io.kubereach.ui.source;

import io.kubereach.model.ClusterSnapshot;
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
}
