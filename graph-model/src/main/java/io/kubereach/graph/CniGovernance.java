package io.kubereach.graph;

import io.kubereach.model.AdminPolicy;
import io.kubereach.model.CalicoEndpointLabels;
import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.CalicoTier;
import io.kubereach.model.Cidr;
import io.kubereach.model.CiliumEndpointLabels;
import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.CniKind;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.ServiceAccount;
import io.kubereach.model.SourceGap;
import io.kubereach.model.UnevaluatedPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which policies of the CNI languages (Cilium, Calico), objects not evaluated and unread policy
 * kinds have a say on a pod's side of a direction, and which address blocks their rules name: a
 * traffic edge such a policy governs must be judged and drawn, or the picture would be green
 * where the cluster is red.
 */
final class CniGovernance {

    /** What governs one pod's side: the names of the policies that isolate it, and the blocks their rules name. */
    interface Sink {
        void isolatedBy(Pod pod, Direction direction, String policy);

        void governed(Pod pod, Direction direction);

        void names(Pod pod, Direction direction, IpBlock block);
    }

    private final ClusterSnapshot snapshot;
    private final Map<String, Namespace> namespaces;
    private final Map<String, Map<String, String>> nodeLabels = new java.util.HashMap<>();

    CniGovernance(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.namespaces = snapshot.namespacesByName();
        snapshot.nodes().forEach(n -> nodeLabels.putIfAbsent(n.name(), n.labels()));
    }

    /** Tells the sink what governs every pod. */
    void apply(Sink sink) {
        List<CalicoTier> tiers = CalicoTier.inOrder(snapshot.cniPolicies().calicoTiers(), snapshot.cniPolicies().calico());
        for (Pod pod : snapshot.pods()) {
            Namespace ns = namespaces.getOrDefault(pod.namespace(), Namespace.implied(pod.namespace()));
            if (!snapshot.cniPolicies().cilium().isEmpty()) {
                Map<String, String> identity = CiliumEndpointLabels.of(pod, ns, CiliumEndpointLabels.DEFAULT_CLUSTER);
                Map<String, String> node = pod.node().map(n -> nodeLabels.getOrDefault(n, Map.of())).orElse(Map.of());
                for (CiliumPolicy policy : snapshot.cniPolicies().cilium()) {
                    for (CiliumRule rule : policy.rules()) {
                        cilium(policy, rule, pod, identity, node, sink);
                    }
                }
            }
            if (!pod.hostNetwork() && !snapshot.cniPolicies().calico().isEmpty()) {
                Map<String, String> labels = CalicoEndpointLabels.of(pod, ns, account(pod));
                for (CalicoPolicy policy : snapshot.cniPolicies().calico()) {
                    if (policy.endpointSelector().matches(labels)) {
                        calico(policy, tiers, pod, sink);
                    }
                }
            }
            for (UnevaluatedPolicy object : snapshot.cniPolicies().unevaluated()) {
                for (Direction d : Direction.values()) {
                    if (object.mayDecide(d, pod, ns)) {
                        sink.governed(pod, d);
                    }
                }
            }
            for (SourceGap gap : snapshot.gaps()) {
                if (policyKind(gap.kind()) && gap.covers(pod.namespace())) {
                    sink.governed(pod, Direction.INGRESS);
                    sink.governed(pod, Direction.EGRESS);
                }
            }
        }
    }

    private static void cilium(CiliumPolicy policy, CiliumRule rule, Pod pod, Map<String, String> identity, Map<String, String> node,
            Sink sink) {
        boolean selected = rule.subject() instanceof CiliumSubject.Endpoints e ? !pod.hostNetwork() && e.selector().matches(identity)
                : pod.hostNetwork() && pod.node().isPresent() && ((CiliumSubject.Nodes) rule.subject()).selector().matches(node);
        if (!selected) {
            return;
        }
        for (Direction d : Direction.values()) {
            if (rule.defaultDeny().isolates(d)) {
                sink.isolatedBy(pod, d, policy.kind() + " " + policy.qualifiedName());
            }
            if (rule.defaultDeny().isolates(d) || !rule.allows(d).isEmpty() || !rule.denies(d).isEmpty()) {
                sink.governed(pod, d);
            }
            for (List<CiliumPeerRule> items : List.of(rule.allows(d), rule.denies(d))) {
                for (CiliumPeerRule item : items) {
                    for (CiliumPeer peer : item.peers()) {
                        if (peer instanceof CiliumPeer.Cidr c) {
                            sink.names(pod, d, c.block());
                        }
                    }
                }
            }
        }
    }

    private static void calico(CalicoPolicy policy, List<CalicoTier> tiers, Pod pod, Sink sink) {
        boolean denies = tiers.stream().filter(t -> t.name().equals(policy.tier())).findFirst()
                .map(t -> t.defaultAction() == io.kubereach.model.CalicoAction.DENY).orElse(true);
        for (Direction d : Direction.values()) {
            if (!policy.governsPods(d)) {
                continue;
            }
            sink.governed(pod, d);
            if (denies) {
                sink.isolatedBy(pod, d, "Calico " + (policy.namespace().isPresent() ? "NetworkPolicy " : "GlobalNetworkPolicy ")
                        + policy.qualifiedName());
            }
            for (CalicoRule rule : policy.rules(d)) {
                CalicoEntityRule remote = d == Direction.INGRESS ? rule.source() : rule.destination();
                for (Cidr net : remote.nets()) {
                    sink.names(pod, d, new IpBlock(net, List.of()));
                }
            }
        }
    }

    private Map<String, String> account(Pod pod) {
        return snapshot.cniPolicies().serviceAccounts().stream()
                .filter(a -> a.namespace().equals(pod.namespace()) && a.name().equals(pod.serviceAccount()))
                .map(ServiceAccount::labels).findFirst().orElse(Map.of());
    }

    /** Whether a gap is in a kind of policy: what it could not read may govern any pod it covers. */
    private static boolean policyKind(String kind) {
        return kind.equals("NetworkPolicy") || CniKind.ofGap(kind).isPresent()
                || Set.of(AdminPolicy.Kind.values()).stream().anyMatch(k -> k.kindName().equals(kind));
    }
}
