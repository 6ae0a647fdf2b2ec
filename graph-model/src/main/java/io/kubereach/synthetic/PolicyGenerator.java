package io.kubereach.synthetic;

import io.kubereach.model.Cidr;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Writes the NetworkPolicies of a synthetic cluster in the patterns clusters really use. Every
 * namespace with policies starts with a default deny (ingress, or ingress and egress); one that
 * denies egress then allows DNS to kube-system. The rest are drawn from {@link Pattern}, aimed at
 * the namespace's own workloads.
 */
final class PolicyGenerator {

    /** The policy patterns drawn after a namespace's default deny. */
    enum Pattern {
        SAME_NAMESPACE, FROM_NAMESPACE_LABEL, FROM_LABEL_IN_NAMESPACE, PORT_RANGE, METRICS_SCRAPE,
        MATCH_EXPRESSIONS, EGRESS_INTERNET, EGRESS_TO_DATABASE, EGRESS_WITHOUT_POLICY_TYPES,
        ALLOW_ALL_INGRESS, FROM_EXTERNAL_CIDR
    }

    private static final Set<Direction> INGRESS = Set.of(Direction.INGRESS);
    private static final Set<Direction> EGRESS = Set.of(Direction.EGRESS);
    private static final Set<Direction> BOTH = Set.of(Direction.INGRESS, Direction.EGRESS);

    private final ClusterShape shape;
    private final SyntheticTopology topology;
    private final Random random;

    PolicyGenerator(ClusterShape shape, SyntheticTopology topology, long seed) {
        this.shape = shape;
        this.topology = topology;
        this.random = new Random(seed);
    }

    List<NetworkPolicy> generate() {
        int[] quota = new int[topology.namespaces().size()];
        for (int p = 0; p < shape.policies(); p++) {
            quota[(int) ((long) p * quota.length / shape.policies())]++;
        }
        List<NetworkPolicy> out = new ArrayList<>(shape.policies());
        for (int i = 0; i < quota.length; i++) {
            Namespace ns = topology.namespaces().get(i);
            List<String> apps = topology.workloadsIn(ns.name()).stream().map(w -> w.templateLabels().get("app")).toList();
            Set<String> names = new HashSet<>();
            boolean denyEgress = random.nextBoolean();
            for (int k = 0; k < quota[i]; k++) {
                NetworkPolicy policy;
                if (k == 0) {
                    policy = denyEgress
                            ? policy(ns, "default-deny", LabelSelector.ALL, BOTH, List.of(), List.of())
                            : policy(ns, "default-deny-ingress", LabelSelector.ALL, INGRESS, List.of(), List.of());
                } else if (k == 1 && denyEgress) {
                    policy = policy(ns, "allow-dns", LabelSelector.ALL, EGRESS, List.of(), List.of(dnsRule()));
                } else if (k == 1) {
                    policy = policy(ns, "allow-same-namespace", LabelSelector.ALL, INGRESS,
                            List.of(rule(List.of(pods(LabelSelector.ALL)))), List.of());
                } else {
                    Pattern pattern = Pattern.values()[random.nextInt(Pattern.values().length)];
                    policy = drawn(pattern, ns, apps.isEmpty() ? Optional.empty() : Optional.of(pick(apps)));
                }
                out.add(unique(policy, names));
            }
        }
        return out;
    }

    /** A policy of a drawn pattern, aimed at one app of the namespace (or a tier when it has none). */
    private NetworkPolicy drawn(Pattern pattern, Namespace ns, Optional<String> app) {
        LabelSelector target = app.map(a -> labels("app", a)).orElse(labels("tier", "backend"));
        String name = app.orElse("backend");
        return switch (pattern) {
            case SAME_NAMESPACE -> policy(ns, "allow-" + name + "-from-same-namespace", target, INGRESS,
                    List.of(rule(List.of(pods(LabelSelector.ALL)))), List.of());
            case FROM_NAMESPACE_LABEL -> {
                boolean byTeam = random.nextBoolean();
                String value = byTeam ? pick(TopologyGenerator.TEAMS) : pick(TopologyGenerator.PROJECTS);
                String key = byTeam ? "team" : "project";
                yield policy(ns, "allow-" + name + "-from-" + key + "-" + value, target, INGRESS,
                        List.of(rule(List.of(namespaces(labels(key, value))), named("http"))), List.of());
            }
            case FROM_LABEL_IN_NAMESPACE -> {
                String env = pick(TopologyGenerator.ENVS);
                // one peer with both selectors: frontends AND in an env namespace (rule 10)
                PolicyPeer peer = new PolicyPeer.Selectors(Optional.of(labels("tier", "frontend")),
                        Optional.of(labels("env", env)));
                yield policy(ns, "allow-" + name + "-from-" + env + "-frontends", target, INGRESS,
                        List.of(rule(List.of(peer), named("http"), port(Protocol.TCP, 8080, 8080))), List.of());
            }
            case PORT_RANGE -> {
                int from = 8000 + 100 * random.nextInt(10);
                yield policy(ns, "allow-backend-ports-" + from, labels("tier", "backend"), INGRESS,
                        List.of(rule(List.of(pods(labels("tier", "frontend")), pods(labels("tier", "backend"))),
                                port(Protocol.TCP, from, from + 999), port(Protocol.TCP, 50051, 50051))), List.of());
            }
            case METRICS_SCRAPE -> {
                LabelSelector monitoringNamespaces = expressions(new LabelRequirement("team",
                        LabelRequirement.Operator.IN, Set.copyOf(List.of("platform", pick(TopologyGenerator.TEAMS)))));
                LabelSelector anyApp = expressions(new LabelRequirement("app", LabelRequirement.Operator.EXISTS, Set.of()));
                PolicyPeer scraper = new PolicyPeer.Selectors(Optional.of(anyApp), Optional.of(monitoringNamespaces));
                yield policy(ns, "allow-metrics-scrape", LabelSelector.ALL, INGRESS,
                        List.of(rule(List.of(scraper), named("metrics"), named("envoy-prom"))), List.of());
            }
            case MATCH_EXPRESSIONS -> {
                LabelSelector selected = new LabelSelector(Map.of(), List.of(
                        new LabelRequirement("tier", LabelRequirement.Operator.IN, Set.of("backend", "db")),
                        new LabelRequirement("version", LabelRequirement.Operator.NOT_IN, Set.of("v" + (1 + random.nextInt(3))))));
                LabelSelector notDev = expressions(
                        new LabelRequirement("env", LabelRequirement.Operator.NOT_IN, Set.of("dev")),
                        new LabelRequirement("project", LabelRequirement.Operator.EXISTS, Set.of()));
                LabelSelector notCanary = expressions(
                        new LabelRequirement("canary", LabelRequirement.Operator.DOES_NOT_EXIST, Set.of()));
                yield policy(ns, "allow-backends-from-non-dev", selected, INGRESS,
                        List.of(rule(List.of(namespaces(notDev), pods(notCanary)), named("grpc"), named("http"))), List.of());
            }
            case EGRESS_INTERNET -> policy(ns, "allow-" + name + "-egress-internet", target, EGRESS, List.of(),
                    List.of(rule(List.of(block("0.0.0.0/0", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")),
                            port(Protocol.TCP, 443, 443))));
            case EGRESS_TO_DATABASE -> policy(ns, "allow-" + name + "-egress-datastores", target, EGRESS, List.of(),
                    List.of(rule(List.of(pods(labels("tier", "db")), pods(labels("tier", "cache"))),
                            named("postgres"), named("redis")), dnsRule()));
            case EGRESS_WITHOUT_POLICY_TYPES -> {
                // no policyTypes and only egress rules: the pods become ingress-isolated too (rule 3)
                yield new NetworkPolicy(ns.name(), "restrict-" + name + "-egress", target,
                        NetworkPolicy.defaultPolicyTypes(true), false, List.of(), List.of(
                        rule(List.of(namespaces(LabelSelector.ALL))),
                        rule(List.of(), any(Protocol.UDP))));
            }
            case ALLOW_ALL_INGRESS -> {
                boolean declared = random.nextBoolean();
                yield new NetworkPolicy(ns.name(), "allow-all-ingress-" + name, target, INGRESS, declared,
                        List.of(rule(List.of())), List.of());
            }
            case FROM_EXTERNAL_CIDR -> policy(ns, "allow-" + name + "-from-partners", target, INGRESS, List.of(rule(
                    List.of(block("203.0.113.0/24"), block("198.51.100.0/24", "198.51.100.128/25")),
                    port(Protocol.TCP, 8443, 8443), named("http"))), List.of());
        };
    }

    /** Egress to the cluster DNS: kube-dns pods in kube-system, UDP and TCP 53. */
    private static PolicyRule dnsRule() {
        PolicyPeer kubeDns = new PolicyPeer.Selectors(Optional.of(labels("k8s-app", "kube-dns")),
                Optional.of(labels(Namespace.NAME_LABEL, "kube-system")));
        return rule(List.of(kubeDns), port(Protocol.UDP, 53, 53), port(Protocol.TCP, 53, 53));
    }

    private static NetworkPolicy policy(Namespace ns, String name, LabelSelector podSelector, Set<Direction> types,
            List<PolicyRule> ingress, List<PolicyRule> egress) {
        return new NetworkPolicy(ns.name(), name, podSelector, types, true, ingress, egress);
    }

    /** The policy, renamed {@code <name>-2}, {@code -3}, … when its namespace already has one of its name. */
    private static NetworkPolicy unique(NetworkPolicy policy, Set<String> names) {
        String name = policy.name();
        for (int n = 2; !names.add(name); n++) {
            name = policy.name() + "-" + n;
        }
        return new NetworkPolicy(policy.namespace(), name, policy.podSelector(), policy.policyTypes(),
                policy.policyTypesDeclared(), policy.ingress(), policy.egress());
    }

    private static PolicyRule rule(List<PolicyPeer> peers, PolicyPort... ports) {
        return new PolicyRule(peers, Arrays.asList(ports));
    }

    private static LabelSelector labels(String key, String value) {
        return LabelSelector.of(Map.of(key, value));
    }

    private static LabelSelector expressions(LabelRequirement... requirements) {
        return new LabelSelector(Map.of(), Arrays.asList(requirements));
    }

    private static PolicyPeer pods(LabelSelector selector) {
        return new PolicyPeer.Selectors(Optional.of(selector), Optional.empty());
    }

    private static PolicyPeer namespaces(LabelSelector selector) {
        return new PolicyPeer.Selectors(Optional.empty(), Optional.of(selector));
    }

    private static PolicyPeer block(String cidr, String... except) {
        return new PolicyPeer.Addresses(new IpBlock(Cidr.of(cidr), Arrays.stream(except).map(Cidr::of).toList()));
    }

    private static PolicyPort port(Protocol protocol, int from, int to) {
        return new PolicyPort(protocol, new PortSpec.Range(from, to));
    }

    private static PolicyPort named(String name) {
        return new PolicyPort(Protocol.TCP, new PortSpec.Named(name));
    }

    private static PolicyPort any(Protocol protocol) {
        return new PolicyPort(protocol, new PortSpec.AnyPort());
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
