package io.kubereach.diagram;

import java.util.Locale;
import java.util.Optional;

/** How pods are grouped into large boxes. */
public enum Grouping {
    /** By the node they run on: where things run. */
    NODE,
    /** By namespace, with the namespace's Services beside its workloads. */
    NAMESPACE;

    /** Parses {@code node} or {@code namespace}, case-insensitively. */
    public static Optional<Grouping> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "node" -> Optional.of(NODE);
            case "namespace", "ns" -> Optional.of(NAMESPACE);
            default -> Optional.empty();
        };
    }
}
