package io.kubereach.engine;

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
import io.kubereach.model.IpBlock;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.PolicyReach;
import io.kubereach.model.PortSpec;
import io.kubereach.model.ServiceAccount;
import io.kubereach.model.ServiceAccountMatch;
import io.kubereach.model.ServiceMatch;
import io.kubereach.model.UnevaluatedPolicy;
import io.kubereach.model.selector.CalicoSelector;
import io.kubereach.model.selector.CalicoSelectorParser;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random Cilium and Calico policies, Calico tiers, service accounts and objects not evaluated for
 * the property tests: every peer kind and entity, deny and allow rules, default deny on and off,
 * L7 filters, domain names; Calico policies in several tiers (one not declared), with and without
 * orders (ties included), every action, selectors, namespace and service-account selectors,
 * nets, ports and protocols, source ports.
 */
final class CniPolicyDrafts {

    static final List<String> SERVICE_ACCOUNTS = List.of("default", "sa-a", "sa-b");
    private static final List<String> CALICO_SELECTORS = List.of("all()", "app == 'web'", "has(tier)", "env != 'prod'",
            "app in {'web', 'api'}", "!has(app)", "tier == 'back' || env == 'dev'", "app starts with 'a'");
    private static final List<String> CALICO_NAMESPACE_SELECTORS = List.of("all()", "team == 'red'", "env == 'prod'",
            "projectcalico.org/name == 'alpha'");
    private static final List<String> TIERS = List.of("default", "default", "security", "late", "ghost");

    private final Random r;
    private final List<String> namespaces;
    private final Map<String, List<String>> podLabels;
    private final List<String> cidrs;
    private final List<Integer> ports;
    private final List<String> portNames;

    private CniPolicyDrafts(Random r, List<String> namespaces, Map<String, List<String>> podLabels, List<String> cidrs,
            List<Integer> ports, List<String> portNames) {
        this.r = r;
        this.namespaces = namespaces;
        this.podLabels = podLabels;
        this.cidrs = cidrs;
        this.ports = ports;
        this.portNames = portNames;
    }

    /** Random CNI policies over these namespaces, labels, CIDRs and ports; none in about a third of the clusters. */
    static Arbitrary<CniPolicies> policies(List<String> namespaces, Map<String, List<String>> podLabels, List<String> cidrs,
            List<Integer> ports, List<String> portNames) {
        return Arbitraries.randomValue(random -> new CniPolicyDrafts(random, namespaces, podLabels, cidrs, ports, portNames).draw());
    }

    private CniPolicies draw() {
        if (r.nextInt(3) == 0) {
            return CniPolicies.NONE;
        }
        List<CiliumPolicy> cilium = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            cilium.add(cilium(i));
        }
        List<CalicoPolicy> calico = new ArrayList<>();
        int m = r.nextInt(3) == 0 ? 0 : r.nextInt(5);
        for (int i = 0; i < m; i++) {
            calico.add(calico(i));
        }
        List<CalicoTier> tiers = new ArrayList<>();
        if (r.nextBoolean()) {
            tiers.add(new CalicoTier("security", 100, r.nextBoolean() ? CalicoAction.PASS : CalicoAction.DENY, true));
        }
        if (r.nextBoolean()) {
            tiers.add(new CalicoTier("late", 2_000_000, r.nextBoolean() ? CalicoAction.PASS : CalicoAction.DENY, true));
        }
        List<ServiceAccount> accounts = List.of(new ServiceAccount(namespaces.get(0), "sa-a", Map.of("role", "x")),
                new ServiceAccount(namespaces.get(1), "sa-b", Map.of("role", "y")));
        List<UnevaluatedPolicy> unevaluated = new ArrayList<>();
        int u = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
        for (int i = 0; i < u; i++) {
            unevaluated.add(unevaluated(i));
        }
        return new CniPolicies(cilium, calico, tiers, accounts, unevaluated);
    }

    private <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    // ---- Cilium ----

    private CiliumPolicy cilium(int index) {
        Optional<String> ns = r.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(namespaces));
        List<CiliumRule> rules = new ArrayList<>();
        int count = 1 + (r.nextInt(4) == 0 ? 1 : 0);
        for (int i = 0; i < count; i++) {
            rules.add(ciliumRule(ns));
        }
        return new CiliumPolicy(ns, "cilium-" + index, rules);
    }

    private CiliumRule ciliumRule(Optional<String> ns) {
        CiliumSubject subject = ns.isEmpty() && r.nextInt(8) == 0 ? new CiliumSubject.Nodes(nodeSelector())
                : new CiliumSubject.Endpoints(scoped(podSelector(), ns, true));
        List<CiliumPeerRule> ingress = items(ns, false, Direction.INGRESS);
        List<CiliumPeerRule> ingressDeny = r.nextInt(3) == 0 ? items(ns, true, Direction.INGRESS) : List.of();
        List<CiliumPeerRule> egress = items(ns, false, Direction.EGRESS);
        List<CiliumPeerRule> egressDeny = r.nextInt(3) == 0 ? items(ns, true, Direction.EGRESS) : List.of();
        boolean ingressDeclared = r.nextInt(5) == 0;
        boolean egressDeclared = r.nextInt(5) == 0;
        boolean in = ingressDeclared ? r.nextBoolean() : !ingress.isEmpty() || !ingressDeny.isEmpty();
        boolean out = egressDeclared ? r.nextBoolean() : !egress.isEmpty() || !egressDeny.isEmpty();
        return new CiliumRule(subject, ingress, ingressDeny, egress, egressDeny, new CiliumDefaultDeny(in, out, ingressDeclared,
                egressDeclared), "");
    }

    private List<CiliumPeerRule> items(Optional<String> ns, boolean deny, Direction direction) {
        int n = r.nextInt(3);
        List<CiliumPeerRule> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<CiliumPeer> peers = new ArrayList<>();
            int p = r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(2);
            for (int j = 0; j < p; j++) {
                peers.add(ciliumPeer(ns, deny, direction));
            }
            out.add(new CiliumPeerRule(peers, ciliumPorts(deny), !deny && r.nextInt(10) == 0, r.nextInt(25) == 0));
        }
        return out;
    }

    private CiliumPeer ciliumPeer(Optional<String> ns, boolean deny, Direction direction) {
        return switch (r.nextInt(deny ? 6 : 9)) {
            case 0, 1 -> new CiliumPeer.Endpoints(scoped(podSelector(), ns, false));
            case 2 -> new CiliumPeer.Entity(pick(List.of(CiliumEntity.values())));
            case 3 -> new CiliumPeer.Cidr(block());
            case 4 -> new CiliumPeer.Nodes(nodeSelector());
            case 5 -> new CiliumPeer.CidrGroup("group");
            case 6 -> direction == Direction.EGRESS ? new CiliumPeer.Fqdn(List.of("example.com")) : new CiliumPeer.Entity(CiliumEntity.WORLD);
            case 7 -> r.nextBoolean() ? new CiliumPeer.Service(Optional.of("alpha"), Optional.of("web"), Optional.empty())
                    : new CiliumPeer.Service(Optional.empty(), Optional.of("ext"), Optional.empty());
            default -> new CiliumPeer.Entity(pick(List.of(CiliumEntity.HOST, CiliumEntity.REMOTE_NODE, CiliumEntity.KUBE_APISERVER)));
        };
    }

    private CiliumPorts ciliumPorts(boolean deny) {
        int k = r.nextInt(10);
        if (k < 4) {
            return CiliumPorts.EVERY;
        }
        if (k == 9) {
            return new CiliumPorts.IcmpOnly();
        }
        List<CiliumPortRule> rules = new ArrayList<>();
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            List<CiliumPort> list = new ArrayList<>();
            int p = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(2);
            for (int j = 0; j < p; j++) {
                PortSpec spec = switch (r.nextInt(4)) {
                    case 0 -> new PortSpec.AnyPort();
                    case 1 -> new PortSpec.Named(pick(portNames));
                    default -> range();
                };
                list.add(new CiliumPort(spec, pick(List.of(CiliumProtocol.TCP, CiliumProtocol.UDP, CiliumProtocol.SCTP, CiliumProtocol.ANY,
                        CiliumProtocol.ANY, CiliumProtocol.ICMP))));
            }
            Set<CiliumL7> l7 = !deny && r.nextInt(4) == 0 ? Set.of(CiliumL7.HTTP) : Set.of();
            rules.add(new CiliumPortRule(list, l7));
        }
        return new CiliumPorts.Listed(rules);
    }

    private PortSpec.Range range() {
        int a = pick(ports);
        int b = pick(ports);
        return r.nextBoolean() ? new PortSpec.Range(a, a) : new PortSpec.Range(Math.min(a, b), Math.max(a, b));
    }

    private IpBlock block() {
        Cidr cidr = Cidr.of(pick(cidrs));
        Cidr except = Cidr.of(pick(cidrs));
        boolean inside = except.prefix() > cidr.prefix() && cidr.contains(except.first());
        return new IpBlock(cidr, inside && r.nextBoolean() ? List.of(except) : List.of());
    }

    /** A selector as Cilium scopes it: a namespaced policy adds its namespace unless one is named; a clusterwide peer any namespace. */
    private CiliumSelector scoped(List<CiliumLabelRequirement> requirements, Optional<String> ns, boolean subject) {
        CiliumSelector selector = new CiliumSelector(requirements, Optional.empty());
        if (r.nextInt(6) == 0 && !subject) {
            selector = new CiliumSelector(List.of(CiliumLabelRequirement.of("k8s:" + CiliumSelector.NAMESPACE_KEY,
                    LabelRequirement.Operator.IN, Set.of(pick(namespaces)))), Optional.empty());
            return selector;
        }
        if (ns.isPresent()) {
            return selector.implying(CiliumSelector.inNamespace(ns.get()));
        }
        return subject ? selector : selector.implying(CiliumSelector.inAnyNamespace());
    }

    private List<CiliumLabelRequirement> podSelector() {
        List<CiliumLabelRequirement> out = new ArrayList<>();
        int n = r.nextInt(3);
        List<String> keys = podLabels.keySet().stream().sorted().toList();
        for (int i = 0; i < n; i++) {
            String key = pick(keys);
            LabelRequirement.Operator op = pick(List.of(LabelRequirement.Operator.values()));
            Set<String> values = op == LabelRequirement.Operator.IN || op == LabelRequirement.Operator.NOT_IN
                    ? Set.of(pick(podLabels.get(key))) : Set.of();
            String prefix = pick(List.of("", "k8s:", "any:"));
            out.add(CiliumLabelRequirement.of(prefix + key, op, values));
        }
        if (r.nextInt(8) == 0) {
            out.add(CiliumLabelRequirement.of("io.cilium.k8s.policy.serviceaccount", LabelRequirement.Operator.IN, Set.of(pick(SERVICE_ACCOUNTS))));
        }
        if (r.nextInt(8) == 0) {
            out.add(CiliumLabelRequirement.of("io.cilium.k8s.namespace.labels.team", LabelRequirement.Operator.IN, Set.of("red")));
        }
        return out;
    }

    private CiliumSelector nodeSelector() {
        return r.nextBoolean() ? CiliumSelector.ALL
                : new CiliumSelector(List.of(CiliumLabelRequirement.of("zone", LabelRequirement.Operator.IN, Set.of(pick(List.of("a", "b"))))),
                        Optional.empty());
    }

    // ---- Calico ----

    private CalicoPolicy calico(int index) {
        boolean global = r.nextInt(3) == 0;
        Optional<String> ns = global ? Optional.empty() : Optional.of(pick(namespaces));
        List<CalicoRule> ingress = calicoRules();
        List<CalicoRule> egress = calicoRules();
        Set<Direction> types = switch (r.nextInt(4)) {
            case 0 -> Set.of(Direction.INGRESS);
            case 1 -> Set.of(Direction.EGRESS);
            case 2 -> Set.of(Direction.INGRESS, Direction.EGRESS);
            default -> CalicoPolicy.defaultTypes(!ingress.isEmpty(), !egress.isEmpty());
        };
        OptionalDouble order = r.nextInt(4) == 0 ? OptionalDouble.empty() : OptionalDouble.of(pick(List.of(50.0, 100.0, 1000.0, 2000.0, 100.5)));
        return new CalicoPolicy(global ? CalicoPolicyKind.GLOBAL_NETWORK_POLICY : CalicoPolicyKind.NETWORK_POLICY, ns,
                pick(List.of("a-", "b-", "knp.default.a", "z-")) + index, pick(TIERS), order, selector(CALICO_SELECTORS),
                global && r.nextBoolean() ? Optional.of(selector(CALICO_NAMESPACE_SELECTORS)) : Optional.empty(),
                r.nextInt(6) == 0 ? Optional.of(selector(List.of("role == 'x'", "has(role)"))) : Optional.empty(),
                types, true, ingress, egress, global ? hostOptions() : HostEndpointOptions.NONE);
    }

    /** Mostly none; now and then doNotTrack or preDNAT (host endpoints only) or applyOnForward alone. */
    private HostEndpointOptions hostOptions() {
        return switch (r.nextInt(8)) {
            case 0 -> new HostEndpointOptions(true, false, true);
            case 1 -> new HostEndpointOptions(false, true, true);
            case 2 -> new HostEndpointOptions(false, false, true);
            default -> HostEndpointOptions.NONE;
        };
    }

    private List<CalicoRule> calicoRules() {
        int n = r.nextInt(4);
        List<CalicoRule> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CalicoAction action = pick(List.of(CalicoAction.ALLOW, CalicoAction.ALLOW, CalicoAction.DENY, CalicoAction.PASS, CalicoAction.LOG));
            Optional<CalicoProtocol> protocol = r.nextInt(3) == 0 ? Optional.empty()
                    : Optional.of(pick(List.of(new CalicoProtocol(6), new CalicoProtocol(17), new CalicoProtocol(132), new CalicoProtocol(1))));
            Optional<CalicoProtocol> notProtocol = r.nextInt(8) == 0 ? Optional.of(new CalicoProtocol(17)) : Optional.empty();
            OptionalInt ipVersion = r.nextInt(10) == 0 ? OptionalInt.of(r.nextBoolean() ? 4 : 6) : OptionalInt.empty();
            boolean ports = protocol.isPresent() && protocol.get().hasPorts();
            out.add(new CalicoRule(action, protocol, notProtocol, ipVersion, false, entity(false, ipVersion), entity(ports, ipVersion),
                    action == CalicoAction.ALLOW && r.nextInt(8) == 0));
        }
        return out;
    }

    private CalicoEntityRule entity(boolean ports, OptionalInt ipVersion) {
        if (r.nextInt(3) == 0) {
            return CalicoEntityRule.ANY;
        }
        Optional<CalicoSelector> selector = r.nextInt(3) == 0 ? Optional.of(selector(CALICO_SELECTORS)) : Optional.empty();
        Optional<CalicoSelector> notSelector = r.nextInt(6) == 0 ? Optional.of(selector(CALICO_SELECTORS)) : Optional.empty();
        Optional<CalicoSelector> namespaceSelector = r.nextInt(5) == 0 ? Optional.of(selector(CALICO_NAMESPACE_SELECTORS)) : Optional.empty();
        Optional<ServiceAccountMatch> accounts = r.nextInt(8) == 0
                ? Optional.of(new ServiceAccountMatch(r.nextBoolean() ? Set.of("sa-a") : Set.of(),
                        r.nextBoolean() ? Optional.of(selector(List.of("role == 'y'"))) : Optional.empty()))
                : Optional.empty();
        Optional<ServiceMatch> services = r.nextInt(12) == 0 ? Optional.of(new ServiceMatch("web", Optional.of("alpha"))) : Optional.empty();
        boolean v6 = ipVersion.isPresent() && ipVersion.getAsInt() == 6;
        List<Cidr> nets = r.nextInt(4) == 0 && !v6 ? List.of(Cidr.of(pick(cidrs))) : List.of();
        List<Cidr> notNets = r.nextInt(6) == 0 && !v6 ? List.of(Cidr.of(pick(cidrs.subList(1, cidrs.size())))) : List.of();
        List<PortSpec> portList = new ArrayList<>();
        List<PortSpec> notPorts = new ArrayList<>();
        if (r.nextInt(2) == 0) {
            int n = 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                PortSpec spec = r.nextInt(4) == 0 ? new PortSpec.Named(pick(portNames)) : range();
                if (spec instanceof PortSpec.Named || ports) {
                    (r.nextInt(4) == 0 ? notPorts : portList).add(spec);
                }
            }
        }
        return new CalicoEntityRule(selector, notSelector, namespaceSelector, accounts, services, nets, notNets, portList, notPorts);
    }

    private CalicoSelector selector(List<String> texts) {
        try {
            return CalicoSelectorParser.parse(pick(texts));
        } catch (io.kubereach.model.selector.CalicoSelectorException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- not evaluated ----

    private UnevaluatedPolicy unevaluated(int index) {
        PolicyReach reach = switch (r.nextInt(5)) {
            case 0 -> new PolicyReach.AllPods();
            case 1 -> new PolicyReach.PodsIn(pick(namespaces), LabelSelector.of(Map.of("app", pick(podLabels.get("app")))));
            case 2 -> new PolicyReach.NodeTraffic(r.nextBoolean() ? Optional.empty() : Optional.of("node-1"));
            case 3 -> new PolicyReach.Addresses(List.of(Cidr.of(pick(cidrs))));
            default -> new PolicyReach.PodsWhere(LabelSelector.of(Map.of("team", "red")), LabelSelector.ALL);
        };
        Set<Direction> directions = switch (r.nextInt(3)) {
            case 0 -> Set.of(Direction.INGRESS);
            case 1 -> Set.of(Direction.EGRESS);
            default -> EnumSet.allOf(Direction.class);
        };
        boolean drop = r.nextInt(4) != 0;
        boolean allow = !drop || r.nextBoolean();
        return new UnevaluatedPolicy("example.io/v1", "Example", Optional.of(pick(namespaces)), "object-" + index, List.of(reach),
                directions, drop, allow, Message.verbatim("not evaluated"));
    }
}
