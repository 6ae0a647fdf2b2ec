package io.kubereach.ui.model;

import io.kubereach.cni.CniInfo;
import io.kubereach.cni.CniRecognizer;
import io.kubereach.cni.PodNetworkNamespace;
import io.kubereach.cni.SharedLocalhost;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Pod;
import io.kubereach.proxy.ServiceCheck;
import io.kubereach.proxy.ServiceFinding;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.LoadedCluster;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster read and judged: the snapshot, the network graph every view draws, the CNI and what
 * it means for the verdicts, and the problems worth a warning (hostNetwork pods, ports two
 * containers of one pod declare, Services no connection can reach). Built off the JavaFX thread.
 *
 * @param source where it was read from
 * @param context the kubeconfig context, empty for files and the demo
 * @param graph the network graph (its snapshot is the cluster)
 * @param cni the CNI as recognised
 * @param hostNetworkPods the pods that use their node's network namespace
 * @param portConflicts the pods in which two containers declare one port
 * @param serviceFindings what makes Services unreachable whatever the policies say
 */
public record Analysis(ClusterSource source, String context, NetworkGraph graph, CniInfo cni, List<Pod> hostNetworkPods,
        List<PodNetworkNamespace> portConflicts, List<ServiceFinding> serviceFindings) {

    public Analysis {
        hostNetworkPods = List.copyOf(hostNetworkPods);
        portConflicts = List.copyOf(portConflicts);
        serviceFindings = List.copyOf(serviceFindings);
    }

    /** Judges a cluster. */
    public static Analysis of(ClusterSource source, LoadedCluster cluster) {
        ClusterSnapshot snapshot = cluster.snapshot();
        NetworkGraph graph = NetworkGraphBuilder.build(snapshot);
        List<Pod> hostNetwork = new ArrayList<>();
        List<PodNetworkNamespace> conflicts = new ArrayList<>();
        for (Pod pod : snapshot.pods()) {
            if (pod.hostNetwork()) {
                hostNetwork.add(pod);
            }
            PodNetworkNamespace ns = SharedLocalhost.of(pod);
            if (!ns.conflicts().isEmpty()) {
                conflicts.add(ns);
            }
        }
        return new Analysis(source, cluster.context(), graph, new CniRecognizer(snapshot).recognise(), hostNetwork, conflicts,
                new ServiceCheck(snapshot).findings());
    }

    /** The cluster. */
    public ClusterSnapshot snapshot() {
        return graph.snapshot();
    }
}
