package io.kubereach.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Cilium endpoint (or node) selector: every requirement must hold; no requirement selects
 * everything. A namespaced policy's selectors carry the namespace requirement Cilium adds
 * ({@code pkg/k8s/apis/cilium.io/utils/utils.go} {@code getEndpointSelector}) as {@code implied}.
 *
 * @param requirements the requirements as written ({@code matchLabels} as {@code In} with one value)
 * @param implied the namespace requirement Cilium added, if any
 */
public record CiliumSelector(List<CiliumLabelRequirement> requirements, Optional<CiliumLabelRequirement> implied) {

    /** The label key of a pod's namespace. */
    public static final String NAMESPACE_KEY = "io.kubernetes.pod.namespace";

    /** A selector of everything. */
    public static final CiliumSelector ALL = new CiliumSelector(List.of(), Optional.empty());

    public CiliumSelector {
        requirements = List.copyOf(requirements);
    }

    /** Whether a pod with these Kubernetes-derived labels ({@link CiliumEndpointLabels}) is selected. */
    public boolean matches(Map<String, String> k8sLabels) {
        return matches(k8sLabels, Set.of());
    }

    /** Whether an entity of these reserved identity names ({@code host}, {@code world}, …) is selected. */
    public boolean matchesReserved(Set<String> reserved) {
        return matches(Map.of(), reserved);
    }

    private boolean matches(Map<String, String> k8sLabels, Set<String> reserved) {
        if (implied.isPresent() && !implied.get().matches(k8sLabels, reserved)) {
            return false;
        }
        return requirements.stream().allMatch(r -> r.matches(k8sLabels, reserved));
    }

    /** Whether the selector as written names a pod's namespace (any source, any operator): then Cilium adds none. */
    public boolean namesNamespace() {
        return requirements.stream().anyMatch(r -> r.key().equals(NAMESPACE_KEY)
                && (r.source() == CiliumLabelRequirement.Source.K8S || r.source() == CiliumLabelRequirement.Source.ANY));
    }

    /** Whether the selector as written has a {@code reserved:} key: then Cilium adds no namespace. */
    public boolean namesReserved() {
        return requirements.stream().anyMatch(r -> r.source() == CiliumLabelRequirement.Source.RESERVED);
    }

    /** The same selector with a namespace requirement added. */
    public CiliumSelector implying(CiliumLabelRequirement requirement) {
        return new CiliumSelector(requirements, Optional.of(requirement));
    }

    /** The requirement {@code k8s:io.kubernetes.pod.namespace=<namespace>}. */
    public static CiliumLabelRequirement inNamespace(String namespace) {
        return CiliumLabelRequirement.of("k8s:" + NAMESPACE_KEY, LabelRequirement.Operator.IN, Set.of(namespace));
    }

    /** The requirement {@code k8s:io.kubernetes.pod.namespace Exists}: any pod, never an entity. */
    public static CiliumLabelRequirement inAnyNamespace() {
        return CiliumLabelRequirement.of("k8s:" + NAMESPACE_KEY, LabelRequirement.Operator.EXISTS, Set.of());
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (CiliumLabelRequirement r : requirements) {
            parts.add(switch (r.operator()) {
                case IN -> r.values().size() == 1 ? r.writtenKey() + "=" + r.values().iterator().next()
                        : r.writtenKey() + " in (" + r.values().stream().sorted().collect(Collectors.joining(",")) + ")";
                case NOT_IN -> r.writtenKey() + " notin (" + r.values().stream().sorted().collect(Collectors.joining(",")) + ")";
                case EXISTS -> r.writtenKey();
                case DOES_NOT_EXIST -> "!" + r.writtenKey();
            });
        }
        return parts.isEmpty() ? "{}" : String.join(",", parts);
    }
}
