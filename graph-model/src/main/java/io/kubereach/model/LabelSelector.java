package io.kubereach.model;

import java.util.List;
import java.util.Map;

/**
 * A label selector: every {@code matchLabels} pair AND every requirement must hold.
 * The empty selector matches everything.
 *
 * @param matchLabels exact key=value pairs
 * @param requirements the {@code matchExpressions} items
 */
public record LabelSelector(Map<String, String> matchLabels, List<LabelRequirement> requirements) {

    /** The selector that matches every object. */
    public static final LabelSelector ALL = new LabelSelector(Map.of(), List.of());

    public LabelSelector {
        matchLabels = Map.copyOf(matchLabels);
        requirements = List.copyOf(requirements);
    }

    /** A selector made of {@code matchLabels} only. */
    public static LabelSelector of(Map<String, String> matchLabels) {
        return new LabelSelector(matchLabels, List.of());
    }

    /** Whether an object with these labels is selected. */
    public boolean matches(Map<String, String> labels) {
        for (Map.Entry<String, String> e : matchLabels.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (LabelRequirement r : requirements) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    /** Whether this selector selects everything. */
    public boolean isEmpty() {
        return matchLabels.isEmpty() && requirements.isEmpty();
    }

    @Override
    public String toString() {
        return LabelSelectorText.format(this);
    }
}
