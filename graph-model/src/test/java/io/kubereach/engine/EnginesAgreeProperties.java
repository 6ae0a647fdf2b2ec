package io.kubereach.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.CniKind;
import io.kubereach.model.CniPolicies;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.EndpointPort;
import io.kubereach.model.GapReason;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
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
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import io.kubereach.model.SourceGap;
import io.kubereach.model.WorkloadRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The indexed engine gives the literal engine's answers, explanations included, on random small
 * clusters with NetworkPolicies, AdminNetworkPolicies, a BaselineAdminNetworkPolicy and
 * ClusterNetworkPolicies of both tiers (ties in priority included), Cilium and Calico policies
 * (Calico tiers, service accounts), objects not evaluated and now and then a source gap: every
 * ordered pair of pods and addresses, under both ipBlock options. Each engine's verdicts also
 * agree with its own connection sets.
 */
class EnginesAgreeProperties {

    private static final List<String> NAMESPACES = List.of("alpha", "beta", "gamma", "delta");
    private static final Map<String, List<String>> POD_LABELS = Map.of(
            "app", List.of("web", "api", "db"), "tier", List.of("front", "back"), "env", List.of("prod", "dev"));
    private static final Map<String, List<String>> NAMESPACE_LABELS = Map.of(
            "team", List.of("red", "blue"), "env", List.of("prod", "dev"), Namespace.NAME_LABEL, NAMESPACES);
    private static final List<String> PORT_NAMES = List.of("http", "dns", "metrics");
    private static final List<Integer> PORT_NUMBERS = List.of(1, 53, 80, 443, 5000, 8080, 9090, 65535);
    private static final List<String> CIDRS = List.of("0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/24", "10.0.0.0/28",
            "10.0.0.16/28", "10.0.0.8/29", "10.0.0.4/30", "10.0.0.6/31", "10.0.0.5/32", "192.168.1.0/24",
            "192.168.1.2/32", "8.8.0.0/16");
    private static final Map<String, List<String>> NODE_LABELS = Map.of("zone", List.of("a", "b"), "role", List.of("worker"));
    private static final List<ClusterNode> NODES = List.of(
            new ClusterNode("node-1", Map.of("zone", "a", "role", "worker"), List.of(), List.of(IpAddress.of("192.168.1.1"))),
            new ClusterNode("node-2", Map.of("zone", "b"), List.of(), List.of(IpAddress.of("192.168.1.2"))));
    private static final List<SourceGap> GAPS = List.of(
            new SourceGap("NetworkPolicy", "beta", GapReason.status(403)),
            new SourceGap("AdminNetworkPolicy", "", GapReason.status(403)),
            new SourceGap("BaselineAdminNetworkPolicy", "", GapReason.status(403)),
            new SourceGap(CniKind.CILIUM_NETWORK_POLICY.gapKind(), "beta", GapReason.status(403)),
            new SourceGap(CniKind.CILIUM_CLUSTERWIDE_NETWORK_POLICY.gapKind(), "", GapReason.status(403)),
            new SourceGap(CniKind.CALICO_GLOBAL_NETWORK_POLICY.gapKind(), "", GapReason.status(403)),
            new SourceGap(CniKind.ISTIO_AUTHORIZATION_POLICY.gapKind(), "alpha", GapReason.status(403)),
            new SourceGap(CniKind.CALICO_HOST_ENDPOINT.gapKind(), "", GapReason.status(403)));
    private static final List<Tuple.Tuple2<Protocol, Integer>> SAMPLED_PORTS = List.of(
            Tuple.of(Protocol.TCP, 80), Tuple.of(Protocol.UDP, 53), Tuple.of(Protocol.SCTP, 5000),
            Tuple.of(Protocol.TCP, 8080), Tuple.of(Protocol.UDP, 9090), Tuple.of(Protocol.TCP, 65535));

    @Property(tries = 200)
    void enginesAgreeWhenIpBlocksMatchOnlyExternalAddresses(@ForAll("clusters") ClusterSnapshot cluster) {
        assertEnginesAgree(cluster, new EngineOptions(false));
    }

    @Property(tries = 200)
    void enginesAgreeWhenIpBlocksAlsoMatchPodIps(@ForAll("clusters") ClusterSnapshot cluster) {
        assertEnginesAgree(cluster, new EngineOptions(true));
    }

    private static void assertEnginesAgree(ClusterSnapshot cluster, EngineOptions options) {
        ReachabilityEngine literal = new LiteralEngine(cluster, options);
        ReachabilityEngine indexed = new IndexedEngine(cluster, options);
        List<Peer> peers = new ArrayList<>();
        cluster.pods().forEach(p -> peers.add(Peer.of(p)));
        addresses(cluster).forEach(a -> peers.add(Peer.of(a)));
        for (Peer src : peers) {
            for (Peer dst : peers) {
                if (src instanceof Peer.External && dst instanceof Peer.External
                        && Math.max(peers.indexOf(src), peers.indexOf(dst)) >= cluster.pods().size() + 2) {
                    continue; // two addresses are always exempt: a few such pairs are enough
                }
                Reach expected = literal.reach(src, dst);
                assertThat(indexed.reach(src, dst)).as("reach %s -> %s", src, dst).isEqualTo(expected);
                Statistics.label("allowed").collect(kind(src) + " -> " + kind(dst),
                        expected.allowed().isAll() ? "all" : expected.allowed().isEmpty() ? "none" : "some",
                        expected.unknown().isEmpty() ? "known" : "some unknown");
                List<PortProtocol> sampled = sampledPorts(dst).stream().map(p -> new PortProtocol(p.get2(), p.get1())).toList();
                assertThat(indexed.sideFacts(src, dst, sampled)).as("side facts of every sampled port at once %s -> %s", src, dst)
                        .isEqualTo(sampled.stream().map(p -> SideFacts.Pair.of(literal.verdict(src, dst, p.protocol(), p.number()))).toList());
                for (Tuple.Tuple2<Protocol, Integer> port : sampledPorts(dst)) {
                    Verdict verdict = literal.verdict(src, dst, port.get1(), port.get2());
                    assertThat(indexed.verdict(src, dst, port.get1(), port.get2()))
                            .as("verdict %s -> %s %s/%s", src, dst, port.get2(), port.get1())
                            .isEqualTo(verdict);
                    assertThat(indexed.sideFacts(src, dst, port.get1(), port.get2()))
                            .as("side facts %s -> %s %s/%s", src, dst, port.get2(), port.get1())
                            .isEqualTo(SideFacts.Pair.of(verdict));
                    Answer fromSets = expected.allowed().contains(port.get1(), port.get2()) ? Answer.ALLOWED
                            : expected.unknown().contains(port.get1(), port.get2()) ? Answer.UNKNOWN : Answer.DENIED;
                    assertThat(verdict.answer()).as("verdict and sets %s -> %s %s/%s", src, dst, port.get2(), port.get1())
                            .isEqualTo(fromSets);
                    assertThat(decidedByClusterTiers(verdict)).as("cluster tiers in walk and sets %s -> %s %s/%s", src, dst,
                            port.get2(), port.get1()).isEqualTo(expected.byClusterTiers().contains(port.get1(), port.get2()));
                    for (TierKind kind : TierKind.values()) {
                        assertThat(verdict.decidingTiers().contains(kind)).as("%s in walk and sets %s -> %s %s/%s", kind, src, dst,
                                port.get2(), port.get1()).isEqualTo(expected.decidedBy(kind).contains(port.get1(), port.get2()));
                    }
                    for (Decider decider : Decider.ALL) {
                        assertThat(verdict.deciders().contains(decider)).as("%s in walk and sets %s -> %s %s/%s", decider, src, dst,
                                port.get2(), port.get1()).isEqualTo(expected.decidedBy(decider).contains(port.get1(), port.get2()));
                    }
                    verdict.deciders().stream().filter(d -> d.tier() == TierKind.NETWORK_POLICY)
                            .forEach(d -> Statistics.label("language deciding in the NetworkPolicy tier").collect(verdict.answer(), d.language()));
                    Statistics.label("deciding tier").collect(verdict.answer(), decidingTier(verdict.egress()), decidingTier(verdict.ingress()));
                    Statistics.label("verdict").collect(verdict.answer(),
                            verdict.exemption() != Verdict.Exemption.NONE ? "exempt"
                                    : walksClusterTiers(verdict.egress()) || walksClusterTiers(verdict.ingress()) ? "cluster tiers"
                                    : verdict.ingress().admittedBy().size() + verdict.egress().admittedBy().size() > 0 ? "admitted by rules"
                                    : "no rule");
                }
            }
        }
    }

    /**
     * Whether a cluster-wide rule decided the verdict, read from the walks: a side whose walk is
     * known at every step ends at a cluster-wide tier that allowed (either side of an allowed
     * connection) or denied (the source side when egress denies, else the destination side).
     * Exempt connections are decided by no policy.
     */
    private static boolean decidedByClusterTiers(Verdict v) {
        if (v.exemption() != Verdict.Exemption.NONE || v.answer() == Answer.UNKNOWN) {
            return false;
        }
        if (v.answer() == Answer.ALLOWED) {
            return lastStep(v.egress(), StepResult.ALLOWED) || lastStep(v.ingress(), StepResult.ALLOWED);
        }
        return v.egress().answer() == Answer.DENIED ? lastStep(v.egress(), StepResult.DENIED) : lastStep(v.ingress(), StepResult.DENIED);
    }

    private static boolean lastStep(SideVerdict side, StepResult result) {
        if (side.steps().isEmpty() || side.steps().stream().anyMatch(s -> s.result() == StepResult.UNKNOWN)) {
            return false;
        }
        TierStep last = side.steps().get(side.steps().size() - 1);
        return last.tier().clusterWide() && last.result() == result;
    }

    /** The tier whose step ends a side's walk (with its Calico tier name), or none. */
    /** Whether a cluster-wide tier (Admin, Baseline) took part in a side's walk: applied, or could not be read. */
    private static boolean walksClusterTiers(SideVerdict side) {
        return side.steps().stream().anyMatch(s -> s.tier().clusterWide());
    }

    private static String decidingTier(SideVerdict side) {
        if (side.steps().isEmpty()) {
            return "-";
        }
        TierStep last = side.steps().get(side.steps().size() - 1);
        return last.tier() + (last.name().isEmpty() ? "" : ":" + last.name()) + " " + last.result();
    }

    private static String kind(Peer peer) {
        return peer instanceof Peer.PodPeer ? "pod" : "address";
    }

    /** A few fixed ports, plus the ports the destination declares, so named ports are hit. */
    private static Set<Tuple.Tuple2<Protocol, Integer>> sampledPorts(Peer dst) {
        Set<Tuple.Tuple2<Protocol, Integer>> out = new LinkedHashSet<>(SAMPLED_PORTS);
        if (dst instanceof Peer.PodPeer p) {
            p.pod().ports().forEach(cp -> out.add(Tuple.of(cp.protocol(), cp.number())));
        }
        return out;
    }

    /** Every ipBlock boundary and its neighbours, the node addresses, the pod IPs and one far address. */
    private static Set<IpAddress> addresses(ClusterSnapshot cluster) {
        Set<IpAddress> out = new LinkedHashSet<>();
        out.add(IpAddress.of("8.8.8.8"));
        out.add(IpAddress.of("8.8.4.4"));
        out.add(IpAddress.of("2001:db8::1"));
        NODES.forEach(n -> out.addAll(n.addresses()));
        cluster.pods().forEach(p -> out.addAll(p.ips()));
        List<Cidr> edges = new ArrayList<>();
        for (NetworkPolicy policy : cluster.policies()) {
            for (Direction direction : Direction.values()) {
                for (PolicyRule rule : policy.rules(direction)) {
                    for (PolicyPeer peer : rule.peers()) {
                        if (peer instanceof PolicyPeer.Addresses a) {
                            edges.addAll(a.block().except());
                            edges.add(a.block().cidr());
                        }
                    }
                }
            }
        }
        for (AdminPolicy policy : cluster.adminPolicies()) {
            for (AdminRule rule : policy.egress()) {
                for (AdminPeer peer : rule.peers()) {
                    if (peer instanceof AdminPeer.Networks n) {
                        edges.addAll(n.cidrs());
                    }
                }
            }
        }
        CIDRS.forEach(c -> edges.add(Cidr.of(c))); // Cilium CIDRs, Calico nets and addresses of objects not evaluated come from these
        for (Cidr c : edges) {
            out.add(c.first());
            out.add(c.last());
            c.first().previous().ifPresent(out::add);
            c.last().next().ifPresent(out::add);
        }
        return out;
    }

    @Provide
    Arbitrary<ClusterSnapshot> clusters() {
        Arbitrary<Integer> namespaceCount = Arbitraries.integers().between(2, 4);
        Arbitrary<List<Map<String, String>>> namespaceLabels = labels(NAMESPACE_LABELS, 0.5).list().ofSize(4);
        Arbitrary<List<PodDraft>> pods = podDrafts().list().ofMinSize(2).ofMaxSize(12);
        Arbitrary<List<PolicyDraft>> policies = policyDrafts().list().ofMinSize(0).ofMaxSize(6);
        Arbitrary<List<AdminPolicy>> admin = AdminPolicyDrafts.policies(NAMESPACE_LABELS, POD_LABELS, NODE_LABELS, CIDRS,
                PORT_NUMBERS, List.of("http", "dns", "metrics", "absent"));
        Arbitrary<List<SourceGap>> gaps = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(List.<SourceGap>of())),
                Tuple.of(1, Arbitraries.of(GAPS).map(List::of)));
        Arbitrary<CniPolicies> cni = CniPolicyDrafts.policies(NAMESPACES, POD_LABELS, CIDRS, PORT_NUMBERS,
                List.of("http", "dns", "metrics", "absent"));
        Arbitrary<Boolean> apiServer = Arbitraries.of(true, false);
        return Combinators.combine(namespaceCount, namespaceLabels, pods, policies, admin, gaps, cni, apiServer)
                .as(EnginesAgreeProperties::cluster);
    }

    private static ClusterSnapshot cluster(int namespaceCount, List<Map<String, String>> namespaceLabels,
                                           List<PodDraft> pods, List<PolicyDraft> policies, List<AdminPolicy> admin,
                                           List<SourceGap> gaps, CniPolicies cni, boolean apiServer) {
        ClusterSnapshotBuilder b = new ClusterSnapshotBuilder("random");
        for (int i = 0; i < namespaceCount; i++) {
            Map<String, String> labels = new HashMap<>(namespaceLabels.get(i));
            labels.remove(Namespace.NAME_LABEL); // the namespace sets its own name label (rule 12)
            b.namespace(new Namespace(NAMESPACES.get(i), labels));
        }
        NODES.forEach(b::node);
        for (int i = 0; i < pods.size(); i++) {
            b.pod(pods.get(i).pod(i, namespaceCount));
        }
        for (int i = 0; i < policies.size(); i++) {
            b.policy(policies.get(i).policy(i, namespaceCount));
        }
        admin.forEach(b::adminPolicy);
        gaps.forEach(b::gap);
        b.cniPolicies(cni);
        // Services Cilium's toServices and Calico's services name: one with a selector, one with an address outside the cluster
        ServicePort http = new ServicePort("http", Protocol.TCP, 80, new TargetPort.Named("http"), 0);
        b.service(new Service("alpha", "web", ServiceType.CLUSTER_IP, Optional.of(Map.of("app", "web")), List.of(http), List.of(),
                false, "", false, Service.DEFAULT_AFFINITY_TIMEOUT, false));
        b.service(new Service("alpha", "ext", ServiceType.CLUSTER_IP, Optional.empty(),
                List.of(new ServicePort("", Protocol.TCP, 443, new TargetPort.Number(443), 0)), List.of(), false, "", false,
                Service.DEFAULT_AFFINITY_TIMEOUT, false));
        b.endpoints(new ServiceEndpoints("alpha", "ext", List.of(new EndpointAddress(IpAddress.of("8.8.4.4"), true, Optional.empty())),
                List.of(new EndpointPort("", 443, Protocol.TCP))));
        if (apiServer) {
            b.endpoints(new ServiceEndpoints("default", "kubernetes",
                    List.of(new EndpointAddress(IpAddress.of("192.168.1.1"), true, Optional.empty())),
                    List.of(new EndpointPort("https", 6443, Protocol.TCP))));
        }
        return b.build();
    }

    private record PodDraft(int namespace, Map<String, String> labels, List<ContainerPort> ports,
                            boolean hostNetwork, int node, int jitter, String serviceAccount) {

        Pod pod(int index, int namespaceCount) {
            Optional<String> nodeName = node < NODES.size() ? Optional.of(NODES.get(node).name()) : Optional.empty();
            // a hostNetwork pod has its node's address; the others get distinct addresses in 10.0.0.0/27
            IpAddress ip = hostNetwork && nodeName.isPresent()
                    ? NODES.get(node).addresses().get(0)
                    : IpAddress.of("10.0.0." + (2 * index + 1 + jitter));
            String ns = NAMESPACES.get(namespace % namespaceCount);
            String name = "pod-" + index;
            return new Pod(ns, name, labels, List.of(ip), nodeName, new WorkloadRef(ns, "Pod", name), hostNetwork,
                    List.of(new Container("app", "", ports)), true, serviceAccount);
        }
    }

    private static Arbitrary<PodDraft> podDrafts() {
        Arbitrary<ContainerPort> port = Combinators.combine(
                Arbitraries.of(PORT_NAMES).injectNull(0.2),
                Arbitraries.of(53, 80, 5000, 8080, 9090),
                Arbitraries.of(Protocol.class))
                .as((name, number, protocol) -> new ContainerPort(name == null ? "" : name, number, protocol));
        return Combinators.combine(
                Arbitraries.integers().between(0, 3),
                labels(POD_LABELS, 0.4),
                port.list().ofMaxSize(3),
                Arbitraries.of(true, false, false, false, false, false),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1),
                Arbitraries.of(CniPolicyDrafts.SERVICE_ACCOUNTS))
                .as(PodDraft::new);
    }

    private record PolicyDraft(int namespace, LabelSelector podSelector, int types,
                               List<PolicyRule> ingress, List<PolicyRule> egress) {

        NetworkPolicy policy(int index, int namespaceCount) {
            // 0: undeclared, filled as the API server does (rule 3); 1: Ingress; 2: Egress; 3: both
            Set<Direction> policyTypes = switch (types) {
                case 1 -> Set.of(Direction.INGRESS);
                case 2 -> Set.of(Direction.EGRESS);
                case 3 -> Set.of(Direction.INGRESS, Direction.EGRESS);
                default -> NetworkPolicy.defaultPolicyTypes(!egress.isEmpty());
            };
            return new NetworkPolicy(NAMESPACES.get(namespace % namespaceCount), "policy-" + index, podSelector,
                    policyTypes, types != 0, ingress, egress);
        }
    }

    private static Arbitrary<PolicyDraft> policyDrafts() {
        Arbitrary<PolicyRule> rule = Combinators.combine(peers().list().ofMaxSize(3), ports().list().ofMaxSize(3))
                .as(PolicyRule::new);
        return Combinators.combine(
                Arbitraries.integers().between(0, 3),
                selectors(POD_LABELS),
                Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(2, 3)),
                rule.list().ofMaxSize(3),
                rule.list().ofMaxSize(3))
                .as(PolicyDraft::new);
    }

    private static Arbitrary<PolicyPeer> peers() {
        Arbitrary<PolicyPeer> podsOnly = selectors(POD_LABELS)
                .map(s -> new PolicyPeer.Selectors(Optional.of(s), Optional.empty()));
        Arbitrary<PolicyPeer> namespacesOnly = selectors(NAMESPACE_LABELS)
                .map(s -> new PolicyPeer.Selectors(Optional.empty(), Optional.of(s)));
        Arbitrary<PolicyPeer> both = Combinators.combine(selectors(POD_LABELS), selectors(NAMESPACE_LABELS))
                .as((p, n) -> new PolicyPeer.Selectors(Optional.of(p), Optional.of(n)));
        Arbitrary<PolicyPeer> addresses = Combinators.combine(
                Arbitraries.of(CIDRS), Arbitraries.subsetOf(CIDRS).ofMaxSize(2))
                .as((cidr, except) -> new PolicyPeer.Addresses(ipBlock(cidr, except)));
        return Arbitraries.frequencyOf(Tuple.of(3, podsOnly), Tuple.of(2, namespacesOnly), Tuple.of(2, both),
                Tuple.of(2, addresses));
    }

    /** A block with the excepts that lie strictly inside its cidr, as the API server demands. */
    private static IpBlock ipBlock(String cidr, Set<String> excepts) {
        Cidr block = Cidr.of(cidr);
        List<Cidr> inside = excepts.stream().map(Cidr::of)
                .filter(e -> e.prefix() > block.prefix() && block.contains(e.first()))
                .sorted((x, y) -> x.toString().compareTo(y.toString()))
                .toList();
        return new IpBlock(block, inside);
    }

    private static Arbitrary<PolicyPort> ports() {
        Arbitrary<PortSpec> single = Arbitraries.of(PORT_NUMBERS).map(p -> new PortSpec.Range(p, p));
        Arbitrary<PortSpec> range = Combinators.combine(Arbitraries.of(PORT_NUMBERS), Arbitraries.of(PORT_NUMBERS))
                .as((a, b) -> new PortSpec.Range(Math.min(a, b), Math.max(a, b)));
        Arbitrary<PortSpec> named = Arbitraries.of("http", "dns", "metrics", "absent").map(PortSpec.Named::new);
        Arbitrary<PortSpec> any = Arbitraries.just(new PortSpec.AnyPort());
        return Combinators.combine(Arbitraries.of(Protocol.class), Arbitraries.oneOf(single, range, named, any))
                .as(PolicyPort::new);
    }

    static Arbitrary<LabelSelector> selectors(Map<String, List<String>> vocabulary) {
        List<String> keys = vocabulary.keySet().stream().sorted().toList();
        Arbitrary<LabelRequirement> requirement = Arbitraries.of(keys).flatMap(key -> Combinators.combine(
                Arbitraries.of(LabelRequirement.Operator.class),
                Arbitraries.subsetOf(vocabulary.get(key)).ofMinSize(1).ofMaxSize(2))
                .as((operator, values) -> new LabelRequirement(key, operator,
                        operator == LabelRequirement.Operator.IN || operator == LabelRequirement.Operator.NOT_IN
                                ? values : Set.of())));
        return Combinators.combine(labels(vocabulary, 0.8), requirement.list().ofMaxSize(2))
                .as(LabelSelector::new);
    }

    /** A label map over the vocabulary, each key left out with probability {@code absent}. */
    static Arbitrary<Map<String, String>> labels(Map<String, List<String>> vocabulary, double absent) {
        List<String> keys = vocabulary.keySet().stream().sorted().toList();
        List<Arbitrary<String>> values = keys.stream()
                .map(k -> Arbitraries.of(vocabulary.get(k)).injectNull(absent))
                .toList();
        return Combinators.combine(values).as(vs -> {
            Map<String, String> out = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                if (vs.get(i) != null) {
                    out.put(keys.get(i), vs.get(i));
                }
            }
            return out;
        });
    }
}
