package io.kubereach.synthetic;

import io.kubereach.model.CalicoAction;
import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoPolicyKind;
import io.kubereach.model.CalicoProtocol;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.CalicoTier;
import io.kubereach.model.Cidr;
import io.kubereach.model.CiliumDefaultDeny;
import io.kubereach.model.CiliumEntity;
import io.kubereach.model.CiliumL7;
import io.kubereach.model.CiliumLabelRequirement;
import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumPort;
import io.kubereach.model.CiliumPortRule;
import io.kubereach.model.CiliumPorts;
import io.kubereach.model.CiliumProtocol;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.CiliumSelector;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.CniPolicies;
import io.kubereach.model.Direction;
import io.kubereach.model.HostEndpointOptions;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.Namespace;
import io.kubereach.model.PortSpec;
import io.kubereach.model.selector.CalicoSelector;
import io.kubereach.model.selector.CalicoSelectorException;
import io.kubereach.model.selector.CalicoSelectorParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * Writes the Cilium and Calico policies of a synthetic cluster in the patterns their users write:
 * Cilium — a namespace that talks only to itself and DNS, an app reachable from the frontends on
 * its port (now and then through an HTTP rule), a deny of the dev environment that beats every
 * allow, frontends that reach the world on 443, and clusterwide health probes from the nodes;
 * Calico — a security tier that keeps dev out of prod and passes the rest on, apps reachable from
 * the frontends in the default tier, frontends' egress to DNS and the internet with a final Deny,
 * and prod namespaces open to cluster pods only.
 */
final class CniPolicyGenerator {

    /** The Calico tier the security policies live in. */
    static final CalicoTier SECURITY = new CalicoTier("security", 100, CalicoAction.PASS, true);

    private final ClusterShape shape;
    private final SyntheticTopology topology;
    private final Random random;

    CniPolicyGenerator(ClusterShape shape, SyntheticTopology topology, long seed) {
        this.shape = shape;
        this.topology = topology;
        this.random = new Random(seed);
    }

    CniPolicies generate() {
        List<CiliumPolicy> cilium = new ArrayList<>();
        for (int i = 0; i < shape.ciliumPolicies(); i++) {
            cilium.add(cilium(i));
        }
        List<CalicoPolicy> calico = new ArrayList<>();
        for (int i = 0; i < shape.calicoPolicies(); i++) {
            calico.add(calico(i));
        }
        return new CniPolicies(cilium, calico, calico.isEmpty() ? List.of() : List.of(SECURITY), List.of(), List.of());
    }

    // ---- Cilium ----

    private CiliumPolicy cilium(int index) {
        if (index % 10 == 9) {
            // nodes probe every pod's health port: clusterwide, without isolating anything
            CiliumRule rule = new CiliumRule(new CiliumSubject.Endpoints(CiliumSelector.ALL),
                    List.of(new CiliumPeerRule(List.of(new CiliumPeer.Entity(CiliumEntity.HOST), new CiliumPeer.Entity(CiliumEntity.REMOTE_NODE)),
                            ports(8080, CiliumProtocol.TCP, Set.of()), false, false)),
                    List.of(), List.of(), List.of(), new CiliumDefaultDeny(false, false, true, false), "");
            return new CiliumPolicy(Optional.empty(), "health-probes-" + index, List.of(rule));
        }
        Namespace ns = topology.namespaces().get(random.nextInt(topology.namespaces().size()));
        String name = ns.name();
        String app = pickApp(name);
        CiliumRule rule = switch (index % 5) {
            case 0 -> rule(name, ALL_PODS, List.of(allow(List.of(endpoints(name, List.of())), CiliumPorts.EVERY)), List.of(),
                    List.of(allow(List.of(endpoints(name, List.of())), CiliumPorts.EVERY),
                            allow(List.of(kubeDns()), new CiliumPorts.Listed(List.of(new CiliumPortRule(List.of(
                                    new CiliumPort(new PortSpec.Range(53, 53), CiliumProtocol.UDP),
                                    new CiliumPort(new PortSpec.Range(53, 53), CiliumProtocol.TCP)), Set.of()))))), List.of());
            case 1 -> rule(name, labels("app", app), List.of(allow(List.of(endpoints(name, labels("tier", "frontend"))),
                    ports(8080, CiliumProtocol.TCP, Set.of()))), List.of(), List.of(), List.of());
            case 2 -> rule(name, ALL_PODS, List.of(), List.of(allow(List.of(fromEnvironment("dev")), CiliumPorts.EVERY)), List.of(), List.of());
            case 3 -> rule(name, labels("tier", "frontend"), List.of(), List.of(),
                    List.of(allow(List.of(new CiliumPeer.Entity(CiliumEntity.WORLD)), ports(443, CiliumProtocol.TCP, Set.of())),
                            allow(List.of(endpoints(name, List.of())), CiliumPorts.EVERY)), List.of());
            default -> rule(name, labels("app", app), List.of(allow(List.of(endpoints(name, labels("tier", "frontend"))),
                    ports(8080, CiliumProtocol.TCP, Set.of(CiliumL7.HTTP)))), List.of(), List.of(), List.of());
        };
        return new CiliumPolicy(Optional.of(name), "cilium-" + index, List.of(rule));
    }

    private static final List<CiliumLabelRequirement> ALL_PODS = List.of();

    private static CiliumRule rule(String namespace, List<CiliumLabelRequirement> subject, List<CiliumPeerRule> ingress,
            List<CiliumPeerRule> ingressDeny, List<CiliumPeerRule> egress, List<CiliumPeerRule> egressDeny) {
        CiliumSelector selector = new CiliumSelector(subject, Optional.empty()).implying(CiliumSelector.inNamespace(namespace));
        return new CiliumRule(new CiliumSubject.Endpoints(selector), ingress, ingressDeny, egress, egressDeny,
                new CiliumDefaultDeny(!ingress.isEmpty() || !ingressDeny.isEmpty(), !egress.isEmpty() || !egressDeny.isEmpty(), false, false),
                "");
    }

    private static CiliumPeerRule allow(List<CiliumPeer> peers, CiliumPorts ports) {
        return new CiliumPeerRule(peers, ports, false, false);
    }

    private static CiliumPorts ports(int port, CiliumProtocol protocol, Set<CiliumL7> l7) {
        return new CiliumPorts.Listed(List.of(new CiliumPortRule(List.of(new CiliumPort(new PortSpec.Range(port, port), protocol)), l7)));
    }

    private static CiliumPeer endpoints(String namespace, List<CiliumLabelRequirement> requirements) {
        return new CiliumPeer.Endpoints(new CiliumSelector(requirements, Optional.empty()).implying(CiliumSelector.inNamespace(namespace)));
    }

    /**
     * CoreDNS in kube-system: a selector that names its namespace, so Cilium adds none. Its
     * {@code matchLabels} in key order, the order a label selector is read back in.
     */
    private static CiliumPeer kubeDns() {
        return new CiliumPeer.Endpoints(new CiliumSelector(List.of(
                CiliumLabelRequirement.of("k8s:" + CiliumSelector.NAMESPACE_KEY, LabelRequirement.Operator.IN, Set.of("kube-system")),
                CiliumLabelRequirement.of("k8s:k8s-app", LabelRequirement.Operator.IN, Set.of("kube-dns"))),
                Optional.empty()));
    }

    /** The pods of every namespace of an environment: namespace labels, and a namespace key so Cilium adds none. */
    private static CiliumPeer fromEnvironment(String env) {
        return new CiliumPeer.Endpoints(new CiliumSelector(List.of(
                CiliumLabelRequirement.of("io.cilium.k8s.namespace.labels.env", LabelRequirement.Operator.IN, Set.of(env)),
                CiliumLabelRequirement.of(CiliumSelector.NAMESPACE_KEY, LabelRequirement.Operator.EXISTS, Set.of())), Optional.empty()));
    }

    private static List<CiliumLabelRequirement> labels(String key, String value) {
        return List.of(CiliumLabelRequirement.of(key, LabelRequirement.Operator.IN, Set.of(value)));
    }

    private String pickApp(String namespace) {
        List<String> apps = topology.pods().stream().filter(p -> p.namespace().equals(namespace)).map(p -> p.labels().get("app"))
                .distinct().toList();
        return apps.isEmpty() ? "web" : apps.get(random.nextInt(apps.size()));
    }

    // ---- Calico ----

    private CalicoPolicy calico(int index) {
        if (index % 10 == 0) {
            return policy(CalicoPolicyKind.GLOBAL_NETWORK_POLICY, Optional.empty(), "security.dev-out-of-prod-" + index, "security",
                    OptionalDouble.of(index), "all()", Optional.of(parse("env == 'prod'")), Set.of(Direction.INGRESS),
                    List.of(new CalicoRule(CalicoAction.DENY, Optional.empty(), Optional.empty(), OptionalInt.empty(), false,
                            entity(Optional.empty(), Optional.of(parse("env == 'dev'")), List.of(), List.of(), List.of()), CalicoEntityRule.ANY,
                            false), CalicoRule.of(CalicoAction.PASS)), List.of());
        }
        Namespace ns = topology.namespaces().get(random.nextInt(topology.namespaces().size()));
        String name = ns.name();
        String app = pickApp(name);
        return switch (index % 3) {
            case 0 -> policy(CalicoPolicyKind.GLOBAL_NETWORK_POLICY, Optional.empty(), "prod-cluster-only-" + index, "default",
                    OptionalDouble.of(2000), "all()", Optional.of(parse("env == 'prod' && team == '" + ns.labels().get("team") + "'")),
                    Set.of(Direction.INGRESS), List.of(new CalicoRule(CalicoAction.ALLOW, Optional.empty(), Optional.empty(), OptionalInt.empty(),
                            false, entity(Optional.of(parse("all()")), Optional.of(parse("all()")), List.of(), List.of(), List.of()),
                            CalicoEntityRule.ANY, false)), List.of());
            case 1 -> policy(CalicoPolicyKind.NETWORK_POLICY, Optional.of(name), "allow-frontends-" + index, "default", OptionalDouble.of(100),
                    "app == '" + app + "'", Optional.empty(), Set.of(Direction.INGRESS),
                    List.of(new CalicoRule(CalicoAction.ALLOW, Optional.of(new CalicoProtocol(6)), Optional.empty(), OptionalInt.empty(), false,
                            entity(Optional.of(parse("tier == 'frontend'")), Optional.empty(), List.of(), List.of(), List.of()),
                            entity(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(new PortSpec.Range(8080, 8080))), false)),
                    List.of());
            default -> policy(CalicoPolicyKind.NETWORK_POLICY, Optional.of(name), "frontend-egress-" + index, "default", OptionalDouble.of(200),
                    "tier == 'frontend'", Optional.empty(), Set.of(Direction.EGRESS), List.of(), List.of(
                            new CalicoRule(CalicoAction.ALLOW, Optional.of(new CalicoProtocol(17)), Optional.empty(), OptionalInt.empty(), false,
                                    CalicoEntityRule.ANY, entity(Optional.empty(), Optional.empty(), List.of(), List.of(),
                                            List.of(new PortSpec.Range(53, 53))), false),
                            new CalicoRule(CalicoAction.ALLOW, Optional.of(new CalicoProtocol(6)), Optional.empty(), OptionalInt.empty(), false,
                                    CalicoEntityRule.ANY, entity(Optional.empty(), Optional.empty(), List.of(Cidr.of("0.0.0.0/0")),
                                            List.of(Cidr.of("10.0.0.0/8")), List.of(new PortSpec.Range(443, 443))), false),
                            new CalicoRule(CalicoAction.ALLOW, Optional.empty(), Optional.empty(), OptionalInt.empty(), false, CalicoEntityRule.ANY,
                                    entity(Optional.of(parse("all()")), Optional.empty(), List.of(), List.of(), List.of()), false),
                            CalicoRule.of(CalicoAction.LOG), CalicoRule.of(CalicoAction.DENY)));
        };
    }

    private static CalicoPolicy policy(CalicoPolicyKind kind, Optional<String> namespace, String name, String tier, OptionalDouble order,
            String selector, Optional<CalicoSelector> namespaceSelector, Set<Direction> types, List<CalicoRule> ingress,
            List<CalicoRule> egress) {
        return new CalicoPolicy(kind, namespace, name, tier, order, parse(selector), namespaceSelector, Optional.empty(), types, true,
                ingress, egress, HostEndpointOptions.NONE);
    }

    private static CalicoEntityRule entity(Optional<CalicoSelector> selector, Optional<CalicoSelector> namespaceSelector, List<Cidr> nets,
            List<Cidr> notNets, List<PortSpec> ports) {
        return new CalicoEntityRule(selector, Optional.empty(), namespaceSelector, Optional.empty(), Optional.empty(), nets, notNets, ports,
                List.of());
    }

    private static CalicoSelector parse(String text) {
        try {
            return CalicoSelectorParser.parse(text);
        } catch (CalicoSelectorException e) {
            throw new IllegalStateException("a synthetic selector does not parse: " + text, e);
        }
    }
}
