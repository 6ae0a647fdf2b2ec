package io.kubereach.engine;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import io.kubereach.model.WorkloadRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A small language for writing clusters and policies in tests. */
public final class Fixture {

    private static final AtomicInteger NEXT_IP = new AtomicInteger(10);

    private Fixture() {
    }

    /** {@code "a=b,c=d"} as a label map; the empty string is no labels. */
    public static Map<String, String> labels(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=", 2);
                out.put(kv[0].trim(), kv[1].trim());
            }
        }
        return out;
    }

    public static LabelSelector sel(String text) {
        return LabelSelector.of(labels(text));
    }

    public static LabelSelector sel(String text, LabelRequirement... requirements) {
        return new LabelSelector(labels(text), List.of(requirements));
    }

    public static LabelRequirement req(String key, LabelRequirement.Operator op, String... values) {
        return new LabelRequirement(key, op, Set.of(values));
    }

    public static Namespace namespace(String name, String labels) {
        return new Namespace(name, labels(labels));
    }

    public static ContainerPort port(String name, int number, Protocol protocol) {
        return new ContainerPort(name, number, protocol);
    }

    /** A scheduled pod {@code ns/name} with an address of its own in 10.1.0.0/16. */
    public static Pod pod(String nsName, String labels, ContainerPort... ports) {
        String[] p = nsName.split("/");
        IpAddress ip = IpAddress.of("10.1." + (NEXT_IP.get() / 250) + "." + (NEXT_IP.getAndIncrement() % 250 + 1));
        return new Pod(p[0], p[1], labels(labels), List.of(ip), Optional.of("node-1"),
                new WorkloadRef(p[0], "Pod", p[1]), false,
                List.of(new Container("app", "", List.of(ports))), true);
    }

    public static Pod withIps(Pod pod, String... ips) {
        return new Pod(pod.namespace(), pod.name(), pod.labels(), Arrays.stream(ips).map(IpAddress::of).toList(),
                pod.node(), pod.owner(), pod.hostNetwork(), pod.containers(), pod.ready());
    }

    public static Pod hostNetwork(Pod pod) {
        return new Pod(pod.namespace(), pod.name(), pod.labels(), pod.ips(), pod.node(), pod.owner(), true,
                pod.containers(), pod.ready());
    }

    public static PolicyPeer pods(String podLabels) {
        return new PolicyPeer.Selectors(Optional.of(sel(podLabels)), Optional.empty());
    }

    public static PolicyPeer namespaces(String namespaceLabels) {
        return new PolicyPeer.Selectors(Optional.empty(), Optional.of(sel(namespaceLabels)));
    }

    public static PolicyPeer podsIn(String namespaceLabels, String podLabels) {
        return new PolicyPeer.Selectors(Optional.of(sel(podLabels)), Optional.of(sel(namespaceLabels)));
    }

    public static PolicyPeer ipBlock(String cidr, String... except) {
        return new PolicyPeer.Addresses(new IpBlock(Cidr.of(cidr), Arrays.stream(except).map(Cidr::of).toList()));
    }

    public static PolicyPort tcp(int port) {
        return new PolicyPort(Protocol.TCP, new PortSpec.Range(port, port));
    }

    public static PolicyPort udp(int port) {
        return new PolicyPort(Protocol.UDP, new PortSpec.Range(port, port));
    }

    public static PolicyPort range(Protocol protocol, int from, int to) {
        return new PolicyPort(protocol, new PortSpec.Range(from, to));
    }

    public static PolicyPort named(String name, Protocol protocol) {
        return new PolicyPort(protocol, new PortSpec.Named(name));
    }

    public static PolicyPort anyPort(Protocol protocol) {
        return new PolicyPort(protocol, new PortSpec.AnyPort());
    }

    public static PolicyRule rule(List<PolicyPeer> peers, PolicyPort... ports) {
        return new PolicyRule(peers, List.of(ports));
    }

    public static List<PolicyPeer> from(PolicyPeer... peers) {
        return List.of(peers);
    }

    /** Every peer: an absent {@code from}/{@code to}. */
    public static List<PolicyPeer> anyone() {
        return List.of();
    }

    /** Starts a policy {@code ns/name}. */
    public static PolicyDraft policy(String nsName, String podLabels) {
        return new PolicyDraft(nsName, sel(podLabels));
    }

    /** A policy being written; policyTypes are defaulted as the API server does unless {@link #types} is called. */
    public static final class PolicyDraft {
        private final String namespace;
        private final String name;
        private final LabelSelector selector;
        private Set<Direction> types;
        private final List<PolicyRule> ingress = new ArrayList<>();
        private final List<PolicyRule> egress = new ArrayList<>();

        private PolicyDraft(String nsName, LabelSelector selector) {
            String[] p = nsName.split("/");
            this.namespace = p[0];
            this.name = p[1];
            this.selector = selector;
        }

        public PolicyDraft types(Direction... directions) {
            types = directions.length == 0 ? Set.of() : EnumSet.copyOf(List.of(directions));
            return this;
        }

        public PolicyDraft ingress(PolicyRule... rules) {
            ingress.addAll(List.of(rules));
            return this;
        }

        public PolicyDraft egress(PolicyRule... rules) {
            egress.addAll(List.of(rules));
            return this;
        }

        public NetworkPolicy build() {
            Set<Direction> effective = types != null ? types : NetworkPolicy.defaultPolicyTypes(!egress.isEmpty());
            return new NetworkPolicy(namespace, name, selector, effective, types != null, ingress, egress);
        }
    }

    /** A snapshot of these namespaces, pods and policies. */
    public static ClusterSnapshotBuilder cluster() {
        return new ClusterSnapshotBuilder("test");
    }
}
