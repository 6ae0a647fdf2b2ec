package io.kubereach.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.selector.CalicoSelector;
import io.kubereach.model.selector.CalicoSelectorException;
import io.kubereach.model.selector.CalicoSelectorParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Which endpoints a Calico policy and its rules pick, as Calico's update processors combine the
 * selector, namespaceSelector and serviceAccounts ({@code updateprocessors/rules.go},
 * {@code networkpolicyprocessor.go}, {@code globalnetworkpolicyprocessor.go}).
 */
class CalicoScopingTest {

    private static final Namespace PRODUCTION = new Namespace("production", Map.of("shape", "square"));
    private static final Namespace STAGING = new Namespace("staging", Map.of("shape", "circle"));

    private static Map<String, String> endpoint(Namespace namespace, Map<String, String> labels, String serviceAccount,
            Map<String, String> serviceAccountLabels) {
        Pod pod = new Pod(namespace.name(), "p", labels, List.of(), Optional.empty(),
                new WorkloadRef(namespace.name(), "Pod", "p"), false, List.of(), true, serviceAccount);
        return CalicoEndpointLabels.of(pod, namespace, serviceAccountLabels);
    }

    private static Map<String, String> endpoint(Namespace namespace, Map<String, String> labels) {
        return endpoint(namespace, labels, "default", Map.of());
    }

    /** A network set or host endpoint: labels but no namespace. */
    private static final Map<String, String> GLOBAL_NETWORK_SET = Map.of("ip-deny-list", "true");

    private static CalicoSelector parse(String text) {
        try {
            return CalicoSelectorParser.parse(text);
        } catch (CalicoSelectorException e) {
            throw new AssertionError(e);
        }
    }

    private static CalicoEntityRule entity(String selector, String namespaceSelector, String notSelector) {
        return new CalicoEntityRule(Optional.ofNullable(selector).map(CalicoScopingTest::parse),
                Optional.ofNullable(notSelector).map(CalicoScopingTest::parse),
                Optional.ofNullable(namespaceSelector).map(CalicoScopingTest::parse), Optional.empty(), Optional.empty(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    @DisplayName("a rule selector in a NetworkPolicy picks endpoints of the policy's namespace only")
    void namespacedRuleSelectorStaysInItsNamespace() {
        CalicoSelector peers = entity("color == 'blue'", null, null).endpointSelector(Optional.of("production")).orElseThrow();
        assertThat(peers.matches(endpoint(PRODUCTION, Map.of("color", "blue")))).isTrue();
        assertThat(peers.matches(endpoint(STAGING, Map.of("color", "blue")))).isFalse();
    }

    @Test
    @DisplayName("a rule namespaceSelector picks endpoints of the namespaces whose labels match (namespace-policy.mdx)")
    void namespaceSelectorReadsNamespaceLabels() {
        CalicoSelector peers = entity("color == 'blue'", "shape == 'circle'", null).endpointSelector(Optional.of("production"))
                .orElseThrow();
        assertThat(peers.matches(endpoint(STAGING, Map.of("color", "blue")))).isTrue();
        assertThat(peers.matches(endpoint(PRODUCTION, Map.of("color", "blue")))).isFalse();
        assertThat(peers.matches(endpoint(STAGING, Map.of("color", "red")))).isFalse();
    }

    @Test
    @DisplayName("projectcalico.org/name in a namespaceSelector is the namespace's name")
    void namespaceNameLabel() {
        CalicoSelector peers = entity(null, "projectcalico.org/name == 'staging'", null).endpointSelector(Optional.empty())
                .orElseThrow();
        assertThat(peers.matches(endpoint(STAGING, Map.of()))).isTrue();
        assertThat(peers.matches(endpoint(PRODUCTION, Map.of()))).isFalse();
    }

    @Test
    @DisplayName("namespaceSelector all() means every namespace and no network set; global() only objects in no namespace")
    void allAndGlobalNamespaceSelectors() {
        CalicoSelector every = entity(null, "all()", null).endpointSelector(Optional.of("production")).orElseThrow();
        assertThat(every.matches(endpoint(STAGING, Map.of()))).isTrue();
        assertThat(every.matches(GLOBAL_NETWORK_SET)).isFalse();

        CalicoSelector global = entity("ip-deny-list == 'true'", "global()", null).endpointSelector(Optional.of("production"))
                .orElseThrow();
        assertThat(global.matches(GLOBAL_NETWORK_SET)).isTrue();
        assertThat(global.matches(endpoint(PRODUCTION, Map.of("ip-deny-list", "true")))).isFalse();
    }

    @Test
    @DisplayName("a rule selector in a GlobalNetworkPolicy picks endpoints of every namespace and network sets")
    void globalRuleSelectorIsNotScoped() {
        CalicoSelector peers = entity("color == 'blue'", null, null).endpointSelector(Optional.empty()).orElseThrow();
        assertThat(peers.matches(endpoint(STAGING, Map.of("color", "blue")))).isTrue();
        assertThat(peers.matches(endpoint(PRODUCTION, Map.of("color", "blue")))).isTrue();
    }

    @Test
    @DisplayName("a notSelector alone still limits a NetworkPolicy's rule to its namespace, and is itself not scoped")
    void notSelectorScopesTheRule() {
        CalicoEntityRule rule = entity(null, null, "has(label2)");
        CalicoSelector peers = rule.endpointSelector(Optional.of("production")).orElseThrow();
        assertThat(peers.matches(endpoint(PRODUCTION, Map.of()))).isTrue();
        assertThat(peers.matches(endpoint(STAGING, Map.of()))).isFalse();
        assertThat(rule.notSelector()).contains(parse("has(label2)"));
    }

    @Test
    @DisplayName("a rule that names only addresses picks no endpoints by label")
    void addressOnlyRuleHasNoEndpointSelector() {
        assertThat(CalicoEntityRule.ANY.endpointSelector(Optional.of("production"))).isEmpty();
        assertThat(CalicoEntityRule.ANY.selectsEndpoints()).isFalse();
    }

    @Test
    @DisplayName("serviceAccounts names and selector pick pods by the service account they run as (service-accounts.mdx)")
    void serviceAccountsMatch() {
        CalicoEntityRule byName = new CalicoEntityRule(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new ServiceAccountMatch(Set.of("api-service", "user-auth-service"), Optional.empty())),
                Optional.empty(), List.of(), List.of(), List.of(), List.of());
        CalicoSelector names = byName.endpointSelector(Optional.of("production")).orElseThrow();
        assertThat(names.matches(endpoint(PRODUCTION, Map.of(), "api-service", Map.of()))).isTrue();
        assertThat(names.matches(endpoint(PRODUCTION, Map.of(), "default", Map.of()))).isFalse();
        assertThat(names.matches(endpoint(STAGING, Map.of(), "api-service", Map.of()))).isFalse();

        CalicoEntityRule byLabel = new CalicoEntityRule(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new ServiceAccountMatch(Set.of(), Optional.of(parse("app == 'web-frontend'")))),
                Optional.empty(), List.of(), List.of(), List.of(), List.of());
        CalicoSelector labelled = byLabel.endpointSelector(Optional.of("production")).orElseThrow();
        assertThat(labelled.matches(endpoint(PRODUCTION, Map.of("app", "web-frontend"), "sa", Map.of()))).isFalse();
        assertThat(labelled.matches(endpoint(PRODUCTION, Map.of(), "sa", Map.of("app", "web-frontend")))).isTrue();
    }

    private static CalicoPolicy policy(CalicoPolicyKind kind, Optional<String> namespace, String name, OptionalDouble order,
            String selector, Optional<CalicoSelector> namespaceSelector, Optional<CalicoSelector> serviceAccountSelector) {
        return new CalicoPolicy(kind, namespace, name, "default", order, parse(selector), namespaceSelector,
                serviceAccountSelector, Set.of(Direction.INGRESS), false, List.of(), List.of(), HostEndpointOptions.NONE);
    }

    @Test
    @DisplayName("a NetworkPolicy applies to endpoints of its namespace; a GlobalNetworkPolicy by its namespaceSelector")
    void policySubjects() {
        CalicoPolicy namespaced = policy(CalicoPolicyKind.NETWORK_POLICY, Optional.of("production"), "allow-tcp-6379",
                OptionalDouble.empty(), "color == 'red'", Optional.empty(), Optional.empty());
        assertThat(namespaced.endpointSelector().matches(endpoint(PRODUCTION, Map.of("color", "red")))).isTrue();
        assertThat(namespaced.endpointSelector().matches(endpoint(STAGING, Map.of("color", "red")))).isFalse();

        CalicoPolicy global = policy(CalicoPolicyKind.GLOBAL_NETWORK_POLICY, Optional.empty(), "foo-and-bar",
                OptionalDouble.empty(), "color == 'red'", Optional.of(parse("projectcalico.org/name in {'staging', 'bar'}")),
                Optional.empty());
        assertThat(global.endpointSelector().matches(endpoint(STAGING, Map.of("color", "red")))).isTrue();
        assertThat(global.endpointSelector().matches(endpoint(PRODUCTION, Map.of("color", "red")))).isFalse();
    }

    @Test
    @DisplayName("serviceAccountSelector picks endpoints by the labels of their service account (restrict-intern-access)")
    void policyServiceAccountSelector() {
        CalicoPolicy intern = policy(CalicoPolicyKind.NETWORK_POLICY, Optional.of("production"), "restrict-intern-access",
                OptionalDouble.empty(), "", Optional.empty(), Optional.of(parse("role == 'intern'")));
        assertThat(intern.endpointSelector().matches(endpoint(PRODUCTION, Map.of(), "trainee", Map.of("role", "intern")))).isTrue();
        assertThat(intern.endpointSelector().matches(endpoint(PRODUCTION, Map.of("role", "intern")))).isFalse();
    }

    @Test
    @DisplayName("types left out: Ingress without egress rules, Egress for egress rules alone, both for both")
    void typesDefaultAsCalicoDoes() {
        assertThat(CalicoPolicy.defaultTypes(false, false)).containsExactly(Direction.INGRESS);
        assertThat(CalicoPolicy.defaultTypes(true, false)).containsExactly(Direction.INGRESS);
        assertThat(CalicoPolicy.defaultTypes(false, true)).containsExactly(Direction.EGRESS);
        assertThat(CalicoPolicy.defaultTypes(true, true)).containsExactlyInAnyOrder(Direction.INGRESS, Direction.EGRESS);
    }

    @Test
    @DisplayName("policies in a tier run by order, a missing order last, equal orders by name/namespace/kind")
    void policyOrder() {
        CalicoPolicy none = policy(CalicoPolicyKind.NETWORK_POLICY, Optional.of("a"), "aaa", OptionalDouble.empty(), "",
                Optional.empty(), Optional.empty());
        CalicoPolicy thousand = policy(CalicoPolicyKind.NETWORK_POLICY, Optional.of("a"), "zzz", OptionalDouble.of(1000), "",
                Optional.empty(), Optional.empty());
        CalicoPolicy hundredB = policy(CalicoPolicyKind.NETWORK_POLICY, Optional.of("a"), "b", OptionalDouble.of(100), "",
                Optional.empty(), Optional.empty());
        CalicoPolicy hundredA = policy(CalicoPolicyKind.GLOBAL_NETWORK_POLICY, Optional.empty(), "a", OptionalDouble.of(100), "",
                Optional.empty(), Optional.empty());
        assertThat(java.util.stream.Stream.of(none, thousand, hundredB, hundredA).sorted(CalicoPolicy.ORDER).toList())
                .containsExactly(hundredA, hundredB, thousand, none);
    }

    @Test
    @DisplayName("tiers run by order (kube-admin 1,000, default 1,000,000, kube-baseline 10,000,000), equal orders by name")
    void tierOrder() {
        CalicoTier security = new CalicoTier("security", 300, CalicoAction.DENY, true);
        CalicoTier unordered = new CalicoTier("app", CalicoTier.DEFAULT_ORDER, CalicoAction.DENY, true);
        assertThat(security.before(CalicoTier.KUBE_ADMIN)).isTrue(); // 300 before 1,000
        assertThat(security.before(CalicoTier.DEFAULT)).isTrue();
        assertThat(unordered.before(CalicoTier.DEFAULT)).isTrue();
        assertThat(CalicoTier.DEFAULT.before(CalicoTier.KUBE_BASELINE)).isTrue();
    }

    @Test
    @DisplayName("protocols are Calico's case-sensitive names or numbers 1..255")
    void protocols() {
        assertThat(CalicoProtocol.parse("TCP")).contains(new CalicoProtocol(6));
        assertThat(CalicoProtocol.parse("132")).contains(new CalicoProtocol(132));
        assertThat(CalicoProtocol.parse("ICMPv6").map(CalicoProtocol::toString)).contains("ICMPv6");
        assertThat(CalicoProtocol.parse("tcp")).isEmpty();
        assertThat(CalicoProtocol.parse("0")).isEmpty();
        assertThat(CalicoProtocol.parse("256")).isEmpty();
        assertThat(new CalicoProtocol(17).hasPorts()).isTrue();
        assertThat(new CalicoProtocol(1).hasPorts()).isFalse();
    }

    @Test
    @DisplayName("a workload endpoint carries Calico's namespace, orchestrator and service-account labels")
    void syntheticLabels() {
        Map<String, String> labels = endpoint(STAGING, Map.of("app", "web"), "leia", Map.of("role", "jedi"));
        assertThat(labels).containsEntry("app", "web")
                .containsEntry("projectcalico.org/namespace", "staging")
                .containsEntry("projectcalico.org/orchestrator", "k8s")
                .containsEntry("projectcalico.org/serviceaccount", "leia")
                .containsEntry("pcns.shape", "circle")
                .containsEntry("pcns.projectcalico.org/name", "staging")
                .containsEntry("pcsa.role", "jedi")
                .containsEntry("pcsa.projectcalico.org/name", "leia");
        String longName = "s".repeat(63);
        assertThat(endpoint(STAGING, Map.of(), longName, Map.of())).doesNotContainKey("projectcalico.org/serviceaccount");
    }
}
