package io.kubereach.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
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
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.model.WorkloadRef;
import io.kubereach.source.ManifestException;
import io.kubereach.source.ManifestSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifests {@link SyntheticCluster#write} writes, read back by the product's reader
 * ({@link ManifestSource}, fabric8): they must mean the cluster they were written from.
 */
@DisplayName("synthetic manifests read back with ManifestSource")
class WrittenManifestsReadBackTest {

    @TempDir
    Path temp;

    static Stream<Arguments> shapes() {
        return Stream.of(Arguments.of("small", ClusterShape.small()), Arguments.of("medium", ClusterShape.medium()),
                Arguments.of("small-tiers", ClusterShape.smallWithTiers()), Arguments.of("small-cni", ClusterShape.smallWithCni()));
    }

    @ParameterizedTest(name = "the {0} shape")
    @MethodSource("shapes")
    @DisplayName("give the namespaces, nodes, pods, Services and policies they were written from")
    void readBackEqualsTheModel(String name, ClusterShape shape) throws ManifestException {
        ClusterSnapshot written = SyntheticCluster.snapshot(shape);
        ClusterSnapshot read = new ManifestSource().read(SyntheticCluster.write(shape, temp));

        assertThat(read.warnings()).isEmpty();
        assertThat(read.namespaces()).containsExactlyInAnyOrderElementsOf(written.namespaces());
        assertThat(read.nodes()).containsExactlyInAnyOrderElementsOf(written.nodes());
        assertThat(read.pods()).hasSize(shape.pods()).containsExactlyInAnyOrderElementsOf(written.pods());
        assertThat(read.services()).containsExactlyInAnyOrderElementsOf(written.services());
        assertThat(read.policies()).hasSize(shape.policies()).containsExactlyInAnyOrderElementsOf(written.policies());
        assertThat(read.adminPolicies()).hasSize(shape.adminPolicies() + (shape.baselinePolicy() ? 1 : 0))
                .containsExactlyInAnyOrderElementsOf(written.adminPolicies());
        assertThat(read.cniPolicies().cilium()).hasSize(shape.ciliumPolicies()).containsExactlyInAnyOrderElementsOf(written.cniPolicies().cilium());
        assertThat(read.cniPolicies().calico()).hasSize(shape.calicoPolicies()).containsExactlyInAnyOrderElementsOf(written.cniPolicies().calico());
        assertThat(read.cniPolicies().calicoTiers()).containsExactlyInAnyOrderElementsOf(written.cniPolicies().calicoTiers());
    }

    @Test
    @DisplayName("keep what the synthetic shapes never use: hostNetwork, unscheduled and unready pods, bare pods, dual stack, every Service type, labels that look like other YAML types")
    void everyFeatureTheWriterWritesReadsBackEqual() throws ManifestException {
        ClusterNode nodeA = new ClusterNode("node-a", Map.of("node-role.kubernetes.io/control-plane", ""),
                List.of(Cidr.of("10.244.0.0/24"), Cidr.of("fd00:10:244::/64")),
                List.of(IpAddress.of("192.168.49.2"), IpAddress.of("fd00::2")));
        ClusterNode nodeB = new ClusterNode("node-b", Map.of(), List.of(), List.of(IpAddress.of("192.168.49.3")));
        // values a careless writer would leave plain and a YAML reader would turn into booleans, numbers or null
        Map<String, String> tricky = Map.of("yes", "yes", "on", "On", "null", "null", "version", "1.10",
                "hash", "5e7", "octal", "0755", "empty", "", "time", "12:30", "tilde", "~");
        Container web = new Container("web", "nginx:1.27", List.of(
                new ContainerPort("http", 8080, Protocol.TCP), new ContainerPort("", 9090, Protocol.TCP)));
        Container dns = new Container("dns", "", List.of(new ContainerPort("dns", 53, Protocol.UDP),
                new ContainerPort("sctp", 5000, Protocol.SCTP)));
        Pod dualStack = new Pod("shop", "web-1", tricky, List.of(IpAddress.of("10.244.0.5"), IpAddress.of("fd00:10:244::5")),
                Optional.of("node-a"), new WorkloadRef("shop", "ReplicaSet", "web-5f7c9b8d4"), false, List.of(web, dns), true);
        Pod hostNetwork = new Pod("kube-system", "kube-proxy-x", Map.of("k8s-app", "kube-proxy"),
                List.of(IpAddress.of("192.168.49.3")), Optional.of("node-b"), new WorkloadRef("kube-system", "DaemonSet", "kube-proxy"),
                true, List.of(new Container("kube-proxy", "registry.k8s.io/kube-proxy:v1.31.0", List.of())), true);
        Pod pending = new Pod("shop", "batch-x", Map.of("role", "batch"), List.of(), Optional.empty(),
                new WorkloadRef("shop", "Job", "batch-28735140"), false, List.of(), false);
        Pod bare = new Pod("shop", "debug", Map.of(), List.of(IpAddress.of("10.244.0.9")), Optional.of("node-a"),
                new WorkloadRef("shop", "Pod", "debug"), false, List.of(new Container("sh", "busybox", List.of())), false);
        List<Service> services = List.of(
                new Service("shop", "web", ServiceType.NODE_PORT, Optional.of(Map.of("app", "web", "tier", "1")),
                        List.of(new ServicePort("http", Protocol.TCP, 80, new TargetPort.Named("http"), 30080),
                                new ServicePort("metrics", Protocol.TCP, 9090, new TargetPort.Number(9090), 30090)),
                        List.of(IpAddress.of("10.96.0.20"), IpAddress.of("fd00:96::20")), false, "", true, 600, true),
                new Service("shop", "web-headless", ServiceType.CLUSTER_IP, Optional.of(Map.of("app", "web")),
                        List.of(new ServicePort("", Protocol.UDP, 53, new TargetPort.Named("dns"), 0)), List.of(), true, "",
                        false, Service.DEFAULT_AFFINITY_TIMEOUT, false),
                new Service("kube-system", "lb", ServiceType.LOAD_BALANCER, Optional.of(Map.of("k8s-app", "kube-proxy")),
                        List.of(new ServicePort("https", Protocol.TCP, 443, new TargetPort.Number(8443), 31443)),
                        List.of(IpAddress.of("10.96.0.30")), false, "", false, Service.DEFAULT_AFFINITY_TIMEOUT, false),
                new Service("shop", "stripe", ServiceType.EXTERNAL_NAME, Optional.empty(), List.of(), List.of(), false,
                        "api.stripe.example", false, Service.DEFAULT_AFFINITY_TIMEOUT, false),
                new Service("shop", "legacy-db", ServiceType.CLUSTER_IP, Optional.empty(),
                        List.of(new ServicePort("pg", Protocol.TCP, 5432, new TargetPort.Number(5432), 0)),
                        List.of(IpAddress.of("10.96.0.40")), false, "", false, Service.DEFAULT_AFFINITY_TIMEOUT, false));
        ClusterSnapshotBuilder builder = new ClusterSnapshotBuilder("hand-built")
                .namespace(new Namespace("shop", tricky))
                .namespace(new Namespace("kube-system", Map.of()))
                .node(nodeA).node(nodeB)
                .pod(dualStack).pod(hostNetwork).pod(pending).pod(bare);
        services.forEach(builder::service);
        ClusterSnapshot written = builder.build();

        ClusterSnapshot read = new ManifestSource().read(SnapshotYamlWriter.write(written, temp));

        // the values chosen to test YAML quoting include two the API server would refuse as label values
        assertThat(read.warnings()).hasSize(4).allMatch(w -> w.contains("would refuse the value '~' of tilde")
                || w.contains("would refuse the value '12:30' of time"));
        assertThat(read.namespaces()).containsExactlyInAnyOrderElementsOf(written.namespaces());
        assertThat(read.nodes()).containsExactlyInAnyOrderElementsOf(written.nodes());
        assertThat(read.pods()).containsExactlyInAnyOrderElementsOf(written.pods());
        assertThat(read.services()).containsExactlyInAnyOrderElementsOf(written.services());
    }

    @Test
    @DisplayName("a policy with every kind of peer and port, and an egress-only policy with no policyTypes, read back equal")
    void policyWithEveryFeatureReadsBackEqual() throws IOException, ManifestException {
        LabelSelector expressions = new LabelSelector(Map.of("role", "db"), List.of(
                new LabelRequirement("tier", LabelRequirement.Operator.IN, Set.of("a", "b")),
                new LabelRequirement("env", LabelRequirement.Operator.NOT_IN, Set.of("dev")),
                new LabelRequirement("team", LabelRequirement.Operator.EXISTS, Set.of()),
                new LabelRequirement("canary", LabelRequirement.Operator.DOES_NOT_EXIST, Set.of())));
        PolicyRule ingress = new PolicyRule(List.of(
                new PolicyPeer.Addresses(new IpBlock(Cidr.of("172.17.0.0/16"), List.of(Cidr.of("172.17.1.0/24")))),
                new PolicyPeer.Selectors(Optional.empty(), Optional.of(LabelSelector.ALL)),
                new PolicyPeer.Selectors(Optional.of(expressions), Optional.of(LabelSelector.of(Map.of("project", "on"))))),
                List.of(new PolicyPort(Protocol.TCP, new PortSpec.Range(6379, 6379)),
                        new PolicyPort(Protocol.TCP, new PortSpec.Range(8000, 9000)),
                        new PolicyPort(Protocol.UDP, new PortSpec.Named("dns")),
                        new PolicyPort(Protocol.SCTP, new PortSpec.AnyPort())));
        PolicyRule everything = new PolicyRule(List.of(), List.of());
        NetworkPolicy declared = new NetworkPolicy("default", "all-features", expressions,
                Set.of(Direction.INGRESS, Direction.EGRESS), true, List.of(ingress, everything), List.of(everything));
        NetworkPolicy trap = new NetworkPolicy("default", "egress-only", LabelSelector.ALL,
                NetworkPolicy.defaultPolicyTypes(true), false, List.of(), List.of(ingress));
        NetworkPolicy odd = new NetworkPolicy("default", "odd", LabelSelector.ALL, Set.of(Direction.EGRESS), false,
                List.of(), List.of());
        Path file = temp.resolve("policies.yaml");
        Files.writeString(file, ManifestYaml.networkPolicy(declared) + "---\n" + ManifestYaml.networkPolicy(trap)
                + "---\n" + ManifestYaml.networkPolicy(odd));

        List<NetworkPolicy> read = new ManifestSource().read(file).policies();

        // an undeclared policyTypes other than the API server's default is written out, so it reads back declared
        NetworkPolicy oddAsWritten = new NetworkPolicy("default", "odd", LabelSelector.ALL, Set.of(Direction.EGRESS), true,
                List.of(), List.of());
        assertThat(read).containsExactly(declared, trap, oddAsWritten);
    }
}
