package io.kubereach.ui.model;

import io.kubereach.cni.CniInfo;
import io.kubereach.cni.CniRecognizer;
import io.kubereach.cni.PodNetworkNamespace;
import io.kubereach.cni.SharedLocalhost;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.graph.BuildProgress;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Pod;
import io.kubereach.proxy.ServiceCheck;
import io.kubereach.proxy.ServiceFinding;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.source.ReadAhead;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

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

    /**
     * A judgement begun ahead for one cluster read ahead (see {@link #judgedAhead}).
     *
     * @param cluster the cluster as read, compared by identity
     * @param analysis its analysis, when done
     */
    private record Ahead(LoadedCluster cluster, CompletableFuture<Analysis> analysis) {
    }

    /** The judgement begun ahead, until the opening of its cluster takes it. */
    private static final AtomicReference<Ahead> AHEAD = new AtomicReference<>();

    /**
     * Judges the cluster read ahead on the read-ahead thread, right after reading it, so that
     * the first opening finds it judged (or waits for the judgement under way instead of
     * judging a second time).
     */
    public static ReadAhead.FollowUp judgedAhead(ClusterSource source) {
        return cluster -> {
            CompletableFuture<Analysis> judged = new CompletableFuture<>();
            AHEAD.set(new Ahead(cluster, judged));
            return () -> {
                try {
                    judged.complete(judge(source, cluster, BuildProgress.NONE));
                } catch (RuntimeException | Error e) {
                    judged.completeExceptionally(e);
                }
            };
        };
    }

    /** Judges a cluster; the cluster read ahead is judged once, on the read-ahead thread. */
    public static Analysis of(ClusterSource source, LoadedCluster cluster) {
        return of(source, cluster, BuildProgress.NONE);
    }

    /**
     * Judges a cluster, telling {@code progress} how far the graph is and stopping when it asks
     * (with a {@link java.util.concurrent.CancellationException}); the cluster read ahead is
     * judged once, on the read-ahead thread.
     */
    public static Analysis of(ClusterSource source, LoadedCluster cluster, BuildProgress progress) {
        Ahead ahead = AHEAD.get();
        // only the opening of the very cluster read ahead takes its judgement; any other leaves it
        if (ahead != null && ahead.cluster() == cluster && AHEAD.compareAndSet(ahead, null)) {
            try {
                return ahead.analysis().join();
            } catch (CompletionException e) {
                // judged again here, which fails the same way with the error itself
            }
        }
        return judge(source, cluster, progress);
    }

    private static Analysis judge(ClusterSource source, LoadedCluster cluster, BuildProgress progress) {
        ClusterSnapshot snapshot = cluster.snapshot();
        NetworkGraph graph = new NetworkGraphBuilder(snapshot, new IndexedEngine(snapshot), EngineOptions.DEFAULTS).reportingTo(progress).build();
        // the filter panel lists them when the analysis is shown: worked out here, not on the JavaFX thread
        graph.decidingTiers();
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

    /**
     * The same cluster judged as {@code edited} judges it (a what-if: only its policies differ,
     * so the CNI and the pod and Service findings stay).
     */
    public Analysis judgedAs(NetworkGraph edited) {
        return new Analysis(source, context, edited, cni, hostNetworkPods, portConflicts, serviceFindings);
    }

    /** The cluster. */
    public ClusterSnapshot snapshot() {
        return graph.snapshot();
    }
}
