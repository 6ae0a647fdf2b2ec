package io.kubereach.engine;

import io.kubereach.model.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * For every pod class and direction, the policies that isolate it (rule 1) and their rules,
 * flattened in the snapshot's policy order. Immutable.
 */
final class ClassIsolation {

    private static final IndexedRule[] NO_RULES = new IndexedRule[0];

    private final List<List<PolicyIndex.IndexedPolicy>> ingressPolicies;
    private final List<List<PolicyIndex.IndexedPolicy>> egressPolicies;
    private final IndexedRule[][] ingressRules;
    private final IndexedRule[][] egressRules;

    private ClassIsolation(PolicyIndex policies, int classCount) {
        this.ingressPolicies = isolating(policies, classCount, Direction.INGRESS);
        this.egressPolicies = isolating(policies, classCount, Direction.EGRESS);
        this.ingressRules = rules(ingressPolicies, Direction.INGRESS);
        this.egressRules = rules(egressPolicies, Direction.EGRESS);
    }

    /** Finds, for each of {@code classCount} classes, what isolates it. */
    static ClassIsolation of(PolicyIndex policies, int classCount) {
        return new ClassIsolation(policies, classCount);
    }

    /** Whether some policy isolates the class for the direction; if none does, the direction is allow-all (rule 1). */
    boolean isolated(Direction direction, int podClass) {
        return !policies(direction, podClass).isEmpty();
    }

    /** The policies that select the class and list the direction, in snapshot order. */
    List<PolicyIndex.IndexedPolicy> policies(Direction direction, int podClass) {
        return (direction == Direction.INGRESS ? ingressPolicies : egressPolicies).get(podClass);
    }

    /** Every rule of those policies for the direction, policy by policy; callers must not change the array. */
    IndexedRule[] rules(Direction direction, int podClass) {
        return (direction == Direction.INGRESS ? ingressRules : egressRules)[podClass];
    }

    private static List<List<PolicyIndex.IndexedPolicy>> isolating(PolicyIndex policies, int classCount, Direction direction) {
        List<List<PolicyIndex.IndexedPolicy>> byClass = new ArrayList<>(classCount);
        for (int c = 0; c < classCount; c++) {
            byClass.add(new ArrayList<>(2));
        }
        for (PolicyIndex.IndexedPolicy policy : policies.policies()) {
            if (policy.isolates(direction)) {
                policy.selected().stream().forEach(c -> byClass.get(c).add(policy));
            }
        }
        List<List<PolicyIndex.IndexedPolicy>> out = new ArrayList<>(classCount);
        byClass.forEach(list -> out.add(List.copyOf(list)));
        return List.copyOf(out);
    }

    private static IndexedRule[][] rules(List<List<PolicyIndex.IndexedPolicy>> policiesByClass, Direction direction) {
        IndexedRule[][] out = new IndexedRule[policiesByClass.size()][];
        for (int c = 0; c < out.length; c++) {
            List<IndexedRule> rules = new ArrayList<>();
            for (PolicyIndex.IndexedPolicy policy : policiesByClass.get(c)) {
                rules.addAll(policy.rules(direction));
            }
            out[c] = rules.isEmpty() ? NO_RULES : rules.toArray(IndexedRule[]::new);
        }
        return out;
    }
}
