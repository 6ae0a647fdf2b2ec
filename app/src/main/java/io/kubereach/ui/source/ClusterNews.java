package io.kubereach.ui.source;

/** What a watched source tells, on its own thread. */
public interface ClusterNews {

    /** The cluster changed: here it is as it is now. */
    void changed(LoadedCluster cluster);

    /** The connection was lost; it is being restored. */
    void connectionLost(String reason);

    /** The connection is back. */
    void connectionRestored();
}
