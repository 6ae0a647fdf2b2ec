package io.kubereach.source.live;

import java.util.List;
import java.util.TreeSet;

/**
 * The namespaces a load reads: all of them, or the ones chosen ({@code -n NS}, repeatable).
 * Cluster-scoped kinds (Nodes, IngressClasses) are read either way, and so are the DaemonSets
 * and kube-proxy's ConfigMap in {@code kube-system}, which tell the CNI and proxy apart.
 *
 * @param namespaces the chosen namespaces, sorted; empty for all
 */
public record ClusterScope(List<String> namespaces) {

    public ClusterScope {
        namespaces = List.copyOf(new TreeSet<>(namespaces));
    }

    /** Every namespace. */
    public static ClusterScope all() {
        return new ClusterScope(List.of());
    }

    /** Whether every namespace is read. */
    public boolean isAll() {
        return namespaces.isEmpty();
    }

    /** Whether objects of a namespace are read. */
    public boolean covers(String namespace) {
        return isAll() || namespaces.contains(namespace);
    }

    @Override
    public String toString() {
        return isAll() ? "all namespaces" : "namespaces " + String.join(", ", namespaces);
    }
}
