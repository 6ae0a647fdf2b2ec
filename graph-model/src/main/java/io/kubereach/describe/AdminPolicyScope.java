package io.kubereach.describe;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the selectors of a cluster-wide policy match in one snapshot now: its subjects, the pods
 * and namespaces of its namespaces and pods peers, the nodes of its nodes peers, the pods whose
 * IPs lie in its networks. Host-network pods are never subjects nor namespaces/pods peers.
 */
final class AdminPolicyScope {

    private final ClusterSnapshot snapshot;
    private final Map<String, Namespace> namespaces;

    AdminPolicyScope(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.namespaces = snapshot.namespacesByName();
    }

    /** The pods the policy applies to now, sorted. */
    List<Pod> subjects(AdminPolicy policy) {
        return sorted(snapshot.pods().stream().filter(p -> policy.subject().selects(p, namespace(p.namespace()))).toList());
    }

    /** The namespaces a namespace selector matches now, by name. */
    List<String> namespacesMatching(LabelSelector selector) {
        return snapshot.namespaces().stream().filter(n -> selector.matches(n.labels())).map(Namespace::name).sorted().toList();
    }

    /** The pods a namespaces or pods peer matches now, sorted; none for the address peers. */
    List<Pod> pods(AdminPeer peer) {
        if (peer instanceof AdminPeer.Namespaces n) {
            return sorted(snapshot.pods().stream()
                    .filter(p -> !p.hostNetwork() && n.namespaces().matches(namespace(p.namespace()).labels())).toList());
        }
        if (peer instanceof AdminPeer.Pods p) {
            return sorted(snapshot.pods().stream().filter(pod -> !pod.hostNetwork()
                    && p.namespaces().matches(namespace(pod.namespace()).labels()) && p.pods().matches(pod.labels())).toList());
        }
        if (peer instanceof AdminPeer.Nodes n) {
            List<String> names = nodes(n).stream().map(ClusterNode::name).toList();
            return sorted(snapshot.pods().stream().filter(p -> p.hostNetwork() && p.node().filter(names::contains).isPresent()).toList());
        }
        if (peer instanceof AdminPeer.Networks n) {
            return sorted(snapshot.pods().stream().filter(p -> p.ips().stream().anyMatch(n::contains)).toList());
        }
        return List.of();
    }

    /** The nodes a nodes peer matches now, by name. */
    List<ClusterNode> nodes(AdminPeer.Nodes peer) {
        return snapshot.nodes().stream().filter(n -> peer.nodes().matches(n.labels()))
                .sorted(Comparator.comparing(ClusterNode::name)).toList();
    }

    Namespace namespace(String name) {
        return namespaces.getOrDefault(name, Namespace.implied(name));
    }

    private static List<Pod> sorted(List<Pod> pods) {
        return pods.stream().sorted(Comparator.comparing(Pod::ref)).toList();
    }
}
