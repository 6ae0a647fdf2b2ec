package io.kubereach.diagram;

import java.util.Locale;
import java.util.Optional;

/** How deep a whole picture is drawn, as the headless export chooses it. */
public enum DetailLevel implements Detail {
    /** The groups (namespaces or nodes) closed: names, counts and one line per pair of groups and direction. */
    NAMESPACE,
    /** The groups open, their workloads and Services closed. */
    WORKLOAD,
    /** Everything open: pods with their network namespaces. */
    POD;

    @Override
    public boolean open(DiagramBox container) {
        return switch (this) {
            case NAMESPACE -> false;
            case WORKLOAD -> container.kind() == BoxKind.NAMESPACE || container.kind() == BoxKind.NODE;
            case POD -> true;
        };
    }

    /** Parses {@code namespace}, {@code workload} or {@code pod}, case-insensitively. */
    public static Optional<DetailLevel> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "namespace", "group", "node" -> Optional.of(NAMESPACE);
            case "workload" -> Optional.of(WORKLOAD);
            case "pod" -> Optional.of(POD);
            default -> Optional.empty();
        };
    }
}
