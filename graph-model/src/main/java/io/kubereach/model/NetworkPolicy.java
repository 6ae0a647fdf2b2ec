package io.kubereach.model;

import java.util.List;
import java.util.Set;

/**
 * A {@code networking.k8s.io/v1} NetworkPolicy with its defaults filled in.
 *
 * @param namespace the namespace it lives in and selects pods of (rule 2)
 * @param name its name
 * @param podSelector the pods it selects in its namespace
 * @param policyTypes the directions it isolates, defaulted as the API server does (rule 3)
 * @param policyTypesDeclared whether the manifest listed {@code policyTypes} itself
 * @param ingress the ingress rules (empty: isolation, nothing admitted)
 * @param egress the egress rules (empty: isolation, nothing admitted)
 */
public record NetworkPolicy(
        String namespace,
        String name,
        LabelSelector podSelector,
        Set<Direction> policyTypes,
        boolean policyTypesDeclared,
        List<PolicyRule> ingress,
        List<PolicyRule> egress) {

    public NetworkPolicy {
        policyTypes = Set.copyOf(policyTypes);
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }

    /**
     * The policy types the API server fills in when a manifest leaves them out (rule 3):
     * Ingress always, plus Egress when there are egress rules.
     */
    public static Set<Direction> defaultPolicyTypes(boolean hasEgressRules) {
        return hasEgressRules ? Set.of(Direction.INGRESS, Direction.EGRESS) : Set.of(Direction.INGRESS);
    }

    /** Whether this policy isolates the pods it selects for a direction. */
    public boolean isolates(Direction direction) {
        return policyTypes.contains(direction);
    }

    /** The rules for a direction. */
    public List<PolicyRule> rules(Direction direction) {
        return direction == Direction.INGRESS ? ingress : egress;
    }

    /** Whether this policy selects a pod (only pods of its own namespace, rule 2). */
    public boolean selects(Pod pod) {
        return pod.namespace().equals(namespace) && podSelector.matches(pod.labels());
    }

    /** {@code namespace/name}. */
    public String qualifiedName() {
        return namespace + "/" + name;
    }
}
