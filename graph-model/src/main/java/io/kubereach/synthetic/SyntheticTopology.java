package io.kubereach.synthetic;

import io.kubereach.model.ClusterNode;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import io.kubereach.model.Workload;
import java.util.List;

/**
 * Everything of a synthetic cluster but its policies: the part the policies are written against.
 *
 * @param namespaces the namespaces, in creation order
 * @param nodes the nodes
 * @param workloads the workloads (ReplicaSets), grouped by namespace
 * @param pods the pods, grouped by workload
 * @param services one Service per workload
 */
record SyntheticTopology(
        List<Namespace> namespaces,
        List<ClusterNode> nodes,
        List<Workload> workloads,
        List<Pod> pods,
        List<Service> services) {

    SyntheticTopology {
        namespaces = List.copyOf(namespaces);
        nodes = List.copyOf(nodes);
        workloads = List.copyOf(workloads);
        pods = List.copyOf(pods);
        services = List.copyOf(services);
    }

    /** The workloads of one namespace, in creation order. */
    List<Workload> workloadsIn(String namespace) {
        return workloads.stream().filter(w -> w.ref().namespace().equals(namespace)).toList();
    }
}
