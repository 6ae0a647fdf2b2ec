package io.kubereach.model;

import java.util.Map;
import java.util.Set;

/**
 * One requirement of a Cilium endpoint selector, its key split into the label source Cilium
 * writes before a colon ({@code k8s:app}, {@code reserved:host}; no prefix means any source) and
 * the key ({@code pkg/labels}, {@code pkg/policy/api/selector.go}).
 *
 * @param source which labels the key is looked up in
 * @param sourceName the source as written ({@code k8s}, {@code any}, {@code reserved}, {@code container}, …)
 * @param key the label key without the source
 * @param operator how the value is compared ({@code matchLabels} entries are {@code In} with one value)
 * @param values the values of {@code In} and {@code NotIn}
 */
public record CiliumLabelRequirement(Source source, String sourceName, String key, LabelRequirement.Operator operator,
        Set<String> values) {

    /** Where a key is looked up. */
    public enum Source {
        /** {@code any:} or no prefix: the pod's labels (and, for reserved keys, nothing else matters). */
        ANY,
        /** {@code k8s:}: the pod's Kubernetes-derived labels. */
        K8S,
        /** {@code reserved:}: the identities of entities ({@code host}, {@code world}, …). */
        RESERVED,
        /** Any other source ({@code container:}, {@code cidr:}, {@code unspec:}, …): never a pod label. */
        OTHER
    }

    public CiliumLabelRequirement {
        values = Set.copyOf(values);
    }

    /** A requirement written as {@code source:key}, the source {@code any} when there is no colon. */
    public static CiliumLabelRequirement of(String writtenKey, LabelRequirement.Operator operator, Set<String> values) {
        int colon = writtenKey.indexOf(':');
        String sourceName = colon < 0 ? "any" : writtenKey.substring(0, colon);
        String key = colon < 0 ? writtenKey : writtenKey.substring(colon + 1);
        Source source = switch (sourceName) {
            case "any" -> Source.ANY;
            case "k8s" -> Source.K8S;
            case "reserved" -> Source.RESERVED;
            default -> Source.OTHER;
        };
        return new CiliumLabelRequirement(source, sourceName, key, operator, values);
    }

    /**
     * Whether an identity satisfies this requirement.
     *
     * @param k8sLabels the Kubernetes-derived labels of a pod ({@link CiliumEndpointLabels}); empty for an entity
     * @param reserved the reserved identity names (e.g. {@code host}); empty for a pod
     */
    public boolean matches(Map<String, String> k8sLabels, Set<String> reserved) {
        String value = switch (source) {
            case ANY -> k8sLabels.containsKey(key) ? k8sLabels.get(key) : reserved.contains(key) ? "" : null;
            case K8S -> k8sLabels.get(key);
            case RESERVED -> reserved.contains(key) ? "" : null;
            case OTHER -> null;
        };
        return switch (operator) {
            case IN -> value != null && values.contains(value);
            case NOT_IN -> value == null || !values.contains(value);
            case EXISTS -> value != null;
            case DOES_NOT_EXIST -> value == null;
        };
    }

    /** {@code source:key}, as written. */
    public String writtenKey() {
        return source == Source.ANY && sourceName.equals("any") ? key : sourceName + ":" + key;
    }
}
