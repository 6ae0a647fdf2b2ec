package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.model.Cidr;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkPolicyConversionTest {

    @RegisterExtension
    final TemporaryManifests manifests = new TemporaryManifests("manifests.yaml");

    /** A policy {@code default/np} with this spec, read from {@code policies.yaml}. */
    private NetworkPolicy policy(String spec) throws ManifestException {
        List<NetworkPolicy> policies = manifests.folder().read("policies.yaml", manifest(spec)).policies();
        assertThat(policies).hasSize(1);
        return policies.get(0);
    }

    private static String manifest(String spec) {
        return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\nspec:\n"
                + spec.indent(2);
    }

    @Test
    void aPolicyWithoutPodSelectorOrRulesSelectsEveryPodAndDeniesIngress() throws Exception {
        NetworkPolicy policy = policy("{}");

        assertThat(policy.namespace()).isEqualTo("default");
        assertThat(policy.podSelector()).isEqualTo(LabelSelector.ALL);
        assertThat(policy.policyTypes()).containsExactly(Direction.INGRESS);
        assertThat(policy.policyTypesDeclared()).isFalse();
        assertThat(policy.ingress()).isEmpty();
        assertThat(policy.egress()).isEmpty();
    }

    @Test
    void egressRulesWithoutPolicyTypesIsolateBothDirections() throws Exception {
        NetworkPolicy policy = policy("""
                podSelector: {matchLabels: {app: web}}
                egress: [{}]
                """);

        assertThat(policy.policyTypes()).containsExactlyInAnyOrder(Direction.INGRESS, Direction.EGRESS);
        assertThat(policy.policyTypesDeclared()).isFalse();
        assertThat(policy.ingress()).isEmpty();
        assertThat(policy.egress()).containsExactly(new PolicyRule(List.of(), List.of()));
    }

    @Test
    void declaredPolicyTypesAreKeptAsDeclared() throws Exception {
        NetworkPolicy policy = policy("""
                policyTypes: [Egress]
                ingress: [{}]
                """);

        assertThat(policy.policyTypes()).containsExactly(Direction.EGRESS);
        assertThat(policy.policyTypesDeclared()).isTrue();
        assertThat(policy.ingress()).hasSize(1);
    }

    @Test
    void portEntriesDefaultToTcpAndReadNumbersNamesRangesAndBareProtocols() throws Exception {
        NetworkPolicy policy = policy("""
                ingress:
                - ports:
                  - port: 80
                  - {port: http, protocol: TCP}
                  - {port: 32000, endPort: 32768, protocol: UDP}
                  - {protocol: SCTP}
                """);

        assertThat(policy.ingress().get(0).ports()).containsExactly(
                new PolicyPort(Protocol.TCP, new PortSpec.Range(80, 80)),
                new PolicyPort(Protocol.TCP, new PortSpec.Named("http")),
                new PolicyPort(Protocol.UDP, new PortSpec.Range(32000, 32768)),
                new PolicyPort(Protocol.SCTP, new PortSpec.AnyPort()));
    }

    @Test
    void peersKeepTheirSelectorsAndIpBlocks() throws Exception {
        NetworkPolicy policy = policy("""
                ingress:
                - from:
                  - podSelector: {matchLabels: {role: client}}
                  - namespaceSelector: {}
                  - namespaceSelector:
                      matchExpressions: [{key: env, operator: NotIn, values: [prod]}]
                    podSelector:
                      matchExpressions: [{key: debug, operator: DoesNotExist}]
                  - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
                """);

        List<PolicyPeer> peers = policy.ingress().get(0).peers();
        assertThat(peers).containsExactly(
                new PolicyPeer.Selectors(Optional.of(LabelSelector.of(Map.of("role", "client"))), Optional.empty()),
                new PolicyPeer.Selectors(Optional.empty(), Optional.of(LabelSelector.ALL)),
                new PolicyPeer.Selectors(
                        Optional.of(new LabelSelector(Map.of(), List.of(
                                new LabelRequirement("debug", LabelRequirement.Operator.DOES_NOT_EXIST, Set.of())))),
                        Optional.of(new LabelSelector(Map.of(), List.of(
                                new LabelRequirement("env", LabelRequirement.Operator.NOT_IN, Set.of("prod")))))),
                new PolicyPeer.Addresses(new IpBlock(Cidr.of("10.0.0.0/8"), List.of(Cidr.of("10.1.0.0/16")))));
    }

    @Test
    void emptyFromAndPortsListsMeanEveryPeerAndEveryPort() throws Exception {
        NetworkPolicy policy = policy("""
                ingress: [{from: [], ports: []}]
                egress: []
                """);

        assertThat(policy.ingress()).singleElement().satisfies(rule -> {
            assertThat(rule.allPeers()).isTrue();
            assertThat(rule.allPorts()).isTrue();
        });
        assertThat(policy.egress()).isEmpty();
        assertThat(policy.policyTypes()).containsExactly(Direction.INGRESS);
    }

    static Stream<Arguments> invalidPolicies() {
        return Stream.of(
                Arguments.of("ipBlock with podSelector",
                        "ingress: [{from: [{podSelector: {}}, {ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}]}]",
                        "ingress rule 1 peer 2 has both ipBlock and podSelector"),
                Arguments.of("ipBlock with namespaceSelector",
                        "egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}, namespaceSelector: {}}]}]",
                        "egress rule 1 peer 1 has both ipBlock and namespaceSelector"),
                Arguments.of("empty peer",
                        "ingress: [{}, {from: [{}]}]",
                        "ingress rule 2 peer 1 has neither ipBlock nor podSelector nor namespaceSelector"),
                Arguments.of("endPort with a named port",
                        "ingress: [{ports: [{port: http, endPort: 90}]}]",
                        "ingress rule 1 port 1: endPort 90 needs a numeric port, not the named port 'http'"),
                Arguments.of("endPort below port",
                        "ingress: [{ports: [{port: 90, endPort: 80}]}]",
                        "ingress rule 1 port 1: endPort 80 is below port 90"),
                Arguments.of("endPort above 65535",
                        "egress: [{ports: [{port: 90, endPort: 70000}]}]",
                        "egress rule 1 port 1: endPort 70000 is not within 1..65535"),
                Arguments.of("endPort without port",
                        "ingress: [{ports: [{endPort: 80}]}]",
                        "ingress rule 1 port 1: endPort 80 needs a port"),
                Arguments.of("port zero",
                        "ingress: [{ports: [{port: 0}]}]",
                        "ingress rule 1 port 1: port 0 is not within 1..65535"),
                Arguments.of("unparseable cidr",
                        "ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/33}}]}]",
                        "ingress rule 1 peer 1 ipBlock cidr '10.0.0.0/33' is not a CIDR"),
                Arguments.of("unparseable except",
                        "ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8, except: [banana]}}]}]",
                        "ingress rule 1 peer 1 ipBlock except 'banana' is not a CIDR"),
                Arguments.of("except outside the cidr",
                        "ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8, except: [192.168.0.0/16]}}]}]",
                        "except 192.168.0.0/16 is not a strict subset of cidr 10.0.0.0/8"),
                Arguments.of("unknown protocol",
                        "egress: [{ports: [{protocol: ICMP}]}]",
                        "egress rule 1 port 1: protocol 'ICMP' is not TCP, UDP or SCTP"),
                Arguments.of("unknown operator",
                        "podSelector: {matchExpressions: [{key: app, operator: Equals, values: [a]}]}",
                        "podSelector matchExpressions item 1: unknown operator 'Equals'"),
                Arguments.of("In without values",
                        "ingress: [{from: [{namespaceSelector: {matchExpressions: [{key: env, operator: In}]}}]}]",
                        "ingress rule 1 peer 1 namespaceSelector matchExpressions item 1: operator In needs values"),
                Arguments.of("unknown policy type",
                        "policyTypes: [Ingress, Sideways]",
                        "policyTypes: 'Sideways' is neither Ingress nor Egress"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPolicies")
    void anInvalidPolicyFailsWithAMessageNamingFileObjectAndProblem(String title, String spec, String problem) {
        manifests.folder().write("policies.yaml", manifest(spec));

        assertThatThrownBy(manifests.folder()::readStrictly)
                .isInstanceOf(ManifestException.class)
                .hasMessageStartingWith(manifests.root().resolve("policies.yaml") + ": NetworkPolicy default/np: ")
                .hasMessageContaining(problem);
    }
}
