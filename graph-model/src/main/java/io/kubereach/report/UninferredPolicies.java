package io.kubereach.report;

import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoPolicyKind;
import io.kubereach.model.CiliumEndpointLabels;
import io.kubereach.model.CiliumEntity;
import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.ServiceAccount;
import io.kubereach.model.UnevaluatedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The policies whose rules the exposure analysis does not infer pods from: Cilium and Calico
 * policies (their selectors are other languages; netpol-analyzer has no such lines to follow) and
 * the objects recognised but not evaluated. Where one of them applies to a pod in a direction,
 * what the pod may exchange with pods not in the input is not known: the selector lines of that
 * direction are stated as unknown, with the policy named, rather than claimed or left out.
 */
final class UninferredPolicies {

    private final ClusterSnapshot snapshot;

    UninferredPolicies(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** Whether there are none in the input. */
    boolean none() {
        return snapshot.cniPolicies().isEmpty();
    }

    /** Those that may decide the pod's side in the direction, in input order. */
    List<Uninferred> applyingTo(Pod pod, Direction direction) {
        List<Uninferred> out = new ArrayList<>();
        if (none()) {
            return out;
        }
        Namespace namespace = snapshot.namespace(pod.namespace());
        Map<String, String> nodeLabels = snapshot.nodes().stream().filter(n -> pod.node().filter(n.name()::equals).isPresent())
                .findFirst().map(ClusterNode::labels).orElse(Map.of());
        Map<String, String> identity = CiliumEndpointLabels.of(pod, namespace, CiliumEndpointLabels.DEFAULT_CLUSTER);
        for (CiliumPolicy p : snapshot.cniPolicies().cilium()) {
            List<CiliumRule> applying = p.rules().stream().filter(r -> applies(r, pod, identity, nodeLabels, direction)).toList();
            if (!applying.isEmpty()) {
                out.add(new Uninferred(p.kind() + " " + p.qualifiedName(), applying.stream().anyMatch(r -> namesPods(r, direction))));
            }
        }
        Map<String, String> account = snapshot.cniPolicies().serviceAccounts().stream()
                .filter(a -> a.namespace().equals(pod.namespace()) && a.name().equals(pod.serviceAccount()))
                .findFirst().map(ServiceAccount::labels).orElse(Map.of());
        for (CalicoPolicy p : snapshot.cniPolicies().calico()) {
            if (p.governsPods(direction) && p.selects(pod, namespace, account)) {
                String title = (p.kind() == CalicoPolicyKind.NETWORK_POLICY ? "Calico NetworkPolicy" : p.kind().felixKind()) + " " + p.qualifiedName();
                out.add(new Uninferred(title, p.rules(direction).stream().anyMatch(r -> namesPods(direction == Direction.INGRESS ? r.source() : r.destination()))));
            }
        }
        for (UnevaluatedPolicy p : snapshot.cniPolicies().unevaluated()) {
            if (p.mayDecide(direction, pod, namespace)) {
                out.add(new Uninferred(p.title(), true)); // what it names is not read at all
            }
        }
        return out;
    }

    /** Whether a Cilium rule's peers of a direction may name pods: endpoint selectors, Services, or the entities that hold every pod. */
    private static boolean namesPods(CiliumRule rule, Direction direction) {
        return java.util.stream.Stream.concat(rule.allows(direction).stream(), rule.denies(direction).stream())
                .flatMap(r -> r.peers().stream())
                .anyMatch(p -> p instanceof CiliumPeer.Endpoints || p instanceof CiliumPeer.Service
                        || p instanceof CiliumPeer.Entity e && (e.entity() == CiliumEntity.ALL || e.entity() == CiliumEntity.CLUSTER));
    }

    /** Whether a Calico rule's peer may name pods: anything but addresses alone. */
    private static boolean namesPods(CalicoEntityRule peer) {
        return peer.selector().isPresent() || peer.notSelector().isPresent() || peer.namespaceSelector().isPresent()
                || peer.serviceAccounts().isPresent() || peer.services().isPresent() || peer.nets().isEmpty() && peer.notNets().isEmpty();
    }

    /** Whether a Cilium rule applies to the pod (as {@link CiliumPolicy#selects} tells) and says something about the direction. */
    private static boolean applies(CiliumRule rule, Pod pod, Map<String, String> identity, Map<String, String> nodeLabels, Direction direction) {
        boolean subject = rule.subject() instanceof CiliumSubject.Endpoints e ? e.selector().matches(identity)
                : pod.hostNetwork() && ((CiliumSubject.Nodes) rule.subject()).selector().matches(nodeLabels);
        return subject && (!rule.allows(direction).isEmpty() || !rule.denies(direction).isEmpty() || rule.defaultDeny().isolates(direction));
    }
}
