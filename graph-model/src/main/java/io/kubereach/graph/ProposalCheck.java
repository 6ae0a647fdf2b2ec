package io.kubereach.graph;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges a proposal before it is made: applied to the cluster, it must turn the one line it is
 * for allowed and change no other line (only the workloads its policies apply to are judged again).
 */
final class ProposalCheck {

    private ProposalCheck() {
    }

    /** Whether applying {@code proposal} leaves the line from source to target allowed and every other line as it was. */
    static boolean admitsExactly(NetworkGraph graph, AdmitProposal proposal, String sourceId, String targetId) {
        ClusterSnapshot before = graph.snapshot();
        ClusterSnapshot edited = applied(before, proposal);
        Set<String> touched = PolicyChanges.touchedWorkloads(before, edited);
        NetworkGraph after = new NetworkGraphBuilder(edited, new IndexedEngine(edited), EngineOptions.DEFAULTS).reusing(graph, touched).build();
        TrafficChanges changes = TrafficChanges.between(graph, after, touched);
        String line = GraphEdge.Traffic.idOf(sourceId, targetId);
        return changes.changes().size() == 1 && changes.changes().get(0).edgeId().equals(line)
                && after.traffic(sourceId, targetId).map(t -> t.verdict() == TrafficVerdict.ALLOWED).orElse(false);
    }

    /** The cluster with the proposal's policies: each NetworkPolicy replacing the one of its name, the cluster-wide ones added. */
    static ClusterSnapshot applied(ClusterSnapshot snapshot, AdmitProposal proposal) {
        List<NetworkPolicy> policies = new ArrayList<>(snapshot.policies());
        for (NetworkPolicy p : proposal.edited()) {
            policies.removeIf(q -> q.qualifiedName().equals(p.qualifiedName()));
            policies.add(p);
        }
        List<AdminPolicy> clusterWide = new ArrayList<>(snapshot.adminPolicies());
        clusterWide.addAll(proposal.admin());
        return snapshot.withPolicies(policies, clusterWide);
    }
}
