package io.kubereach.engine;

import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.WorkloadRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small builders for the index tests: pods, ports, peers and policies with defaults filled. */
final class IndexFixtures {

    private IndexFixtures() {
    }

    static Pod pod(String namespace, String name, Map<String, String> labels, String ip, ContainerPort... ports) {
        return new Pod(namespace, name, labels, List.of(IpAddress.of(ip)), Optional.of("node-1"),
                new WorkloadRef(namespace, "Pod", name), false, List.of(new Container("app", "", List.of(ports))), true);
    }

    static Peer peer(Pod pod) {
        return Peer.of(pod);
    }

    static Peer address(String ip) {
        return Peer.of(IpAddress.of(ip));
    }

    static PolicyPeer pods(Map<String, String> labels) {
        return new PolicyPeer.Selectors(Optional.of(LabelSelector.of(labels)), Optional.empty());
    }

    /** An ingress-only policy, its types declared. */
    static NetworkPolicy ingressPolicy(String namespace, String name, Map<String, String> selector, PolicyRule... rules) {
        return new NetworkPolicy(namespace, name, LabelSelector.of(selector), Set.of(Direction.INGRESS), true,
                List.of(rules), List.of());
    }

    /** An egress-only policy, its types declared. */
    static NetworkPolicy egressPolicy(String namespace, String name, Map<String, String> selector, PolicyRule... rules) {
        return new NetworkPolicy(namespace, name, LabelSelector.of(selector), Set.of(Direction.EGRESS), true,
                List.of(), List.of(rules));
    }

    static PolicyRule rule(List<PolicyPeer> peers, PolicyPort... ports) {
        return new PolicyRule(peers, List.of(ports));
    }
}
