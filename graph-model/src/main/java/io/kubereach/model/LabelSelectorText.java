package io.kubereach.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/** Writes a label selector the way kubectl prints one, e.g. {@code role=db,tier notin (a,b)}. */
final class LabelSelectorText {

    private LabelSelectorText() {
    }

    static String format(LabelSelector selector) {
        if (selector.isEmpty()) {
            return "{}";
        }
        List<String> parts = new ArrayList<>();
        new TreeMap<>(selector.matchLabels()).forEach((k, v) -> parts.add(k + "=" + v));
        for (LabelRequirement r : selector.requirements()) {
            String values = String.join(",", new TreeSet<>(r.values()));
            parts.add(switch (r.operator()) {
                case IN -> r.key() + " in (" + values + ")";
                case NOT_IN -> r.key() + " notin (" + values + ")";
                case EXISTS -> r.key();
                case DOES_NOT_EXIST -> "!" + r.key();
            });
        }
        return String.join(",", parts);
    }
}
