package io.kubereach.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.LabelRequirement.Operator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Cilium endpoint selectors over identity labels ({@code pkg/labels}, {@code pkg/policy/api/selector.go}). */
class CiliumSelectorTest {

    private static final Namespace NS1 = new Namespace("ns1", Map.of("faction", "alliance"));

    private static Map<String, String> identity(Map<String, String> labels, String serviceAccount) {
        Pod pod = new Pod("ns1", "p", labels, List.of(), Optional.empty(), new WorkloadRef("ns1", "Pod", "p"), false,
                List.of(), true, serviceAccount);
        return CiliumEndpointLabels.of(pod, NS1, CiliumEndpointLabels.DEFAULT_CLUSTER);
    }

    private static CiliumSelector selector(CiliumLabelRequirement... requirements) {
        return new CiliumSelector(List.of(requirements), Optional.empty());
    }

    @Test
    @DisplayName("a key without a source and a k8s: key both read the pod's labels; another source never matches a pod")
    void labelSources() {
        Map<String, String> pod = identity(Map.of("role", "frontend"), "default");
        assertThat(selector(CiliumLabelRequirement.of("role", Operator.IN, Set.of("frontend"))).matches(pod)).isTrue();
        assertThat(selector(CiliumLabelRequirement.of("k8s:role", Operator.IN, Set.of("frontend"))).matches(pod)).isTrue();
        assertThat(selector(CiliumLabelRequirement.of("container:role", Operator.IN, Set.of("frontend"))).matches(pod)).isFalse();
        assertThat(selector(CiliumLabelRequirement.of("reserved:host", Operator.EXISTS, Set.of())).matches(pod)).isFalse();
    }

    @Test
    @DisplayName("a reserved: key selects the entity of that name, not a pod")
    void reservedKeysSelectEntities() {
        CiliumSelector host = selector(CiliumLabelRequirement.of("reserved:host", Operator.IN, Set.of("")));
        assertThat(host.matchesReserved(Set.of("host"))).isTrue();
        assertThat(host.matchesReserved(Set.of("remote-node"))).isFalse();
        assertThat(host.namesReserved()).isTrue();
    }

    @Test
    @DisplayName("a pod's identity has its namespace, its namespace's labels, its service account and the cluster")
    void identityLabels() {
        Map<String, String> pod = identity(Map.of("name", "luke"), "luke");
        assertThat(pod).containsEntry("io.kubernetes.pod.namespace", "ns1")
                .containsEntry("io.cilium.k8s.namespace.labels.faction", "alliance")
                .containsEntry("io.cilium.k8s.policy.serviceaccount", "luke")
                .containsEntry("io.cilium.k8s.policy.cluster", "default");
        CiliumSelector serviceAccount = selector(CiliumLabelRequirement.of("io.cilium.k8s.policy.serviceaccount", Operator.IN,
                Set.of("luke")));
        assertThat(serviceAccount.matches(pod)).isTrue();
    }

    @Test
    @DisplayName("NotIn and DoesNotExist match a pod without the key, as apimachinery's selectors do")
    void negativeOperators() {
        Map<String, String> pod = identity(Map.of(), "default");
        assertThat(selector(CiliumLabelRequirement.of("env", Operator.NOT_IN, Set.of("prod"))).matches(pod)).isTrue();
        assertThat(selector(CiliumLabelRequirement.of("env", Operator.DOES_NOT_EXIST, Set.of())).matches(pod)).isTrue();
    }

    @Test
    @DisplayName("the namespace Cilium adds narrows the selector; a selector naming the namespace itself is seen as such")
    void impliedNamespace() {
        CiliumSelector everyone = CiliumSelector.ALL.implying(CiliumSelector.inNamespace("ns2"));
        assertThat(everyone.matches(identity(Map.of(), "default"))).isFalse();
        assertThat(CiliumSelector.ALL.implying(CiliumSelector.inNamespace("ns1")).matches(identity(Map.of(), "default"))).isTrue();
        assertThat(CiliumSelector.ALL.implying(CiliumSelector.inAnyNamespace()).matchesReserved(Set.of("world"))).isFalse();
        assertThat(selector(CiliumLabelRequirement.of("k8s:io.kubernetes.pod.namespace", Operator.IN, Set.of("ns2")))
                .namesNamespace()).isTrue();
        assertThat(selector(CiliumLabelRequirement.of("io.kubernetes.pod.namespace", Operator.EXISTS, Set.of()))
                .namesNamespace()).isTrue();
        assertThat(selector(CiliumLabelRequirement.of("io.cilium.k8s.namespace.labels.faction", Operator.IN, Set.of("alliance")))
                .namesNamespace()).isFalse();
    }
}
