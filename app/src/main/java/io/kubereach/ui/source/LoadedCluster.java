package io.kubereach.ui.source;

import io.kubereach.model.ClusterSnapshot;

/**
 * A cluster as a source delivered it.
 *
 * @param snapshot the model
 * @param context the kubeconfig context it came from, empty for files and the demo
 */
public record LoadedCluster(ClusterSnapshot snapshot, String context) {

    /** A cluster read from files or the demo. */
    public static LoadedCluster of(ClusterSnapshot snapshot) {
        return new LoadedCluster(snapshot, "");
    }
}
