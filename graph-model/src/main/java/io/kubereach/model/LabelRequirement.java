package io.kubereach.model;

import java.util.Map;
import java.util.Set;

/**
 * One {@code matchExpressions} item of a label selector, with apimachinery semantics.
 *
 * @param key the label key
 * @param operator how the key's value is compared
 * @param values the values for {@code In} and {@code NotIn}, in the order written; empty for the others
 */
public record LabelRequirement(String key, Operator operator, Set<String> values) {

    /** The four operators of a label selector requirement. */
    public enum Operator { IN, NOT_IN, EXISTS, DOES_NOT_EXIST }

    public LabelRequirement {
        values.forEach(java.util.Objects::requireNonNull);
        values = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(values)); // as written: reports print them in order
    }

    /** Whether an object with these labels satisfies this requirement. */
    public boolean matches(Map<String, String> labels) {
        String value = labels.get(key);
        return switch (operator) {
            case IN -> value != null && values.contains(value);
            // rule 11: NotIn matches an object that lacks the key
            case NOT_IN -> value == null || !values.contains(value);
            case EXISTS -> value != null;
            case DOES_NOT_EXIST -> value == null;
        };
    }
}
