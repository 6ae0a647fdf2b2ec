package io.kubereach.engine;

import java.util.OptionalInt;

/**
 * A policy as an explanation names it.
 *
 * @param kind its API kind ({@code NetworkPolicy}, {@code AdminNetworkPolicy}, {@code CiliumNetworkPolicy}, …)
 * @param name its name; {@code namespace/name} for a namespaced policy
 * @param priority its priority within its tier, when it has one (cluster-wide policies)
 * @param language the language it is written in (a Calico NetworkPolicy and a Kubernetes one share a kind)
 * @param order a Calico policy's {@code order} as written; empty when it has none (it then runs last)
 * @param part the item of a Cilium policy's {@code specs} the rule belongs to (0 for {@code spec});
 *     -1 for other languages
 */
public record PolicyRef(String kind, String name, OptionalInt priority, PolicyLanguage language, String order, int part) {

    /** A Kubernetes NetworkPolicy ({@code NetworkPolicy}) or a cluster-wide policy (any other kind). */
    public PolicyRef(String kind, String name, OptionalInt priority) {
        this(kind, name, priority, kind.equals("NetworkPolicy") ? PolicyLanguage.KUBERNETES : PolicyLanguage.CLUSTER_WIDE, "", -1);
    }

    /** A Kubernetes NetworkPolicy, {@code namespace/name}. */
    static PolicyRef networkPolicy(String qualifiedName) {
        return new PolicyRef("NetworkPolicy", qualifiedName, OptionalInt.empty());
    }
}
