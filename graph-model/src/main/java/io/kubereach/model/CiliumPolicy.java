package io.kubereach.model;

import java.util.List;
import java.util.Optional;

/**
 * A {@code cilium.io/v2} CiliumNetworkPolicy (namespaced) or CiliumClusterwideNetworkPolicy, its
 * {@code spec} and {@code specs} as one list of rules with their defaults filled in.
 *
 * @param namespace the namespace of a CiliumNetworkPolicy; empty for a clusterwide one
 * @param name its name
 * @param rules its rules ({@code spec} first, then {@code specs})
 */
public record CiliumPolicy(Optional<String> namespace, String name, List<CiliumRule> rules) {

    /** The kind of a namespaced policy. */
    public static final String KIND = "CiliumNetworkPolicy";
    /** The kind of a clusterwide policy. */
    public static final String CLUSTERWIDE_KIND = "CiliumClusterwideNetworkPolicy";

    public CiliumPolicy {
        rules = List.copyOf(rules);
    }

    /** Whether this is a CiliumClusterwideNetworkPolicy. */
    public boolean clusterwide() {
        return namespace.isEmpty();
    }

    /** {@code CiliumNetworkPolicy} or {@code CiliumClusterwideNetworkPolicy}. */
    public String kind() {
        return clusterwide() ? CLUSTERWIDE_KIND : KIND;
    }

    /** {@code namespace/name}, or the name alone for a clusterwide policy. */
    public String qualifiedName() {
        return namespace.map(n -> n + "/" + name).orElse(name);
    }
}
