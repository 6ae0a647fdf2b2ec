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

    /**
     * The level of a picture as a {@link Detail} shows it: pod when some workload (or pod) is open,
     * workload when only groups are, namespace when none is. Looks inside open groups only.
     *
     * @param top the picture's outermost boxes ({@link DiagramLayout#boxes()})
     */
    public static DetailLevel shownBy(java.util.List<DiagramBox> top, Detail detail) {
        DetailLevel deepest = NAMESPACE;
        for (DiagramBox box : top) {
            if (box.children().isEmpty() || !detail.open(box)) {
                continue;
            }
            if (box.kind() != BoxKind.NAMESPACE && box.kind() != BoxKind.NODE) {
                return POD;
            }
            deepest = WORKLOAD;
            for (DiagramBox inside : box.children()) {
                if (!inside.children().isEmpty() && detail.open(inside)) {
                    return POD;
                }
            }
        }
        return deepest;
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
