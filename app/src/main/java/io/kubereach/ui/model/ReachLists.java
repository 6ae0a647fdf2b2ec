package io.kubereach.ui.model;

import io.kubereach.describe.DnsReach;
import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.PairVerdict;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Whom a pod or workload reaches and cannot reach, and who reaches it and who cannot: every
 * pair it is one end of, judged ({@link NetworkGraph#pairsAround}), none left out, plus whether
 * it can resolve names through the cluster DNS. What cannot be judged is listed with what cannot
 * be reached, in grey: never as reached.
 */
final class ReachLists {

    private ReachLists() {
    }

    /** The four lists and DNS for the pod or workload {@code id} (its pods {@code pods}), adding what belongs with it to {@code related}. */
    static Details.Reach of(NetworkGraph graph, String id, List<Pod> pods, Set<String> related, Function<String, String> name) {
        List<Details.Peer> reaches = new ArrayList<>();
        List<Details.Peer> cannotReach = new ArrayList<>();
        List<Details.Peer> reachedBy = new ArrayList<>();
        List<Details.Peer> notReachedBy = new ArrayList<>();
        for (NetworkGraph.Judged judged : graph.pairsAround(id)) {
            GraphEdge.Traffic t = judged.edge();
            boolean outgoing = t.sourceId().equals(id);
            String other = outgoing ? t.targetId() : t.sourceId();
            PairVerdict verdict = judged.verdict();
            boolean reached = verdict == PairVerdict.ALLOWED || verdict == PairVerdict.PARTIAL;
            String namespace = graph.vertex(other).map(GraphVertex::namespace).orElse("");
            Details.Peer peer = new Details.Peer(other, name.apply(other), namespace, verdict, t.allowed());
            if (outgoing) {
                (reached ? reaches : cannotReach).add(peer);
            } else {
                (reached ? reachedBy : notReachedBy).add(peer);
            }
            related.add(t.id());
            if (reached) {
                related.add(other);
                graph.vertex(other).filter(GraphVertex.PodVertex.class::isInstance)
                        .map(v -> GraphVertex.WorkloadVertex.idOf(((GraphVertex.PodVertex) v).owner())).ifPresent(related::add);
            }
        }
        Comparator<Details.Peer> order = Comparator.comparing(Details.Peer::namespace).thenComparing(Details.Peer::name);
        for (List<Details.Peer> list : List.of(reaches, cannotReach, reachedBy, notReachedBy)) {
            list.sort(order);
        }
        return new Details.Reach(reaches, cannotReach, reachedBy, notReachedBy, dns(graph, pods));
    }

    /** Whether every pod can open UDP and TCP port 53 of every cluster DNS pod. */
    static Details.Dns dns(NetworkGraph graph, List<Pod> pods) {
        List<Pod> servers = DnsReach.servers(graph.snapshot());
        boolean typical = servers.stream().noneMatch(s -> graph.snapshot().pod(s.ref()).isPresent());
        return new Details.Dns(dnsVerdict(graph.engine(), pods, servers, Protocol.UDP), dnsVerdict(graph.engine(), pods, servers, Protocol.TCP),
                servers.stream().map(s -> s.ref().toString()).toList(), typical);
    }

    private static PairVerdict dnsVerdict(ReachabilityEngine engine, List<Pod> pods, List<Pod> servers, Protocol protocol) {
        PairVerdict out = null;
        for (Pod pod : pods) {
            for (Pod server : servers) {
                var v = engine.verdict(Peer.of(pod), Peer.of(server), protocol, DnsReach.PORT);
                PairVerdict one = v.unknown() ? PairVerdict.UNKNOWN : v.allowed() ? PairVerdict.ALLOWED : PairVerdict.BLOCKED;
                out = out == null ? one : out.and(one);
            }
        }
        return out == null ? PairVerdict.UNKNOWN : out;
    }
}
