package io.kubereach.diagram;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * How deep a whole picture is drawn, as the command line's {@code export --level} and the
 * window's Export dialog choose it: a level, or the deepest one whose picture fits.
 */
public enum PictureLevel {
    /** The deepest level whose picture is at most {@link DiagramExport#MAX_SIDE} a side. */
    AUTO,
    /** Namespaces (or nodes) closed, one line per pair and direction. */
    NAMESPACE,
    /** Namespaces open, workloads closed. */
    WORKLOAD,
    /** Everything open: pods with their pause and app containers. */
    POD;

    /** The level drawn: this one, or for {@link #AUTO} the deepest that fits; empty when none fits. */
    public Optional<DetailLevel> chosen(Predicate<DetailLevel> fits) {
        if (this != AUTO) {
            return Optional.of(deepest());
        }
        return Stream.of(DetailLevel.POD, DetailLevel.WORKLOAD, DetailLevel.NAMESPACE).filter(fits).findFirst();
    }

    /** The deepest level this choice may draw. */
    public DetailLevel deepest() {
        return switch (this) {
            case AUTO, NAMESPACE -> DetailLevel.NAMESPACE;
            case WORKLOAD -> DetailLevel.WORKLOAD;
            case POD -> DetailLevel.POD;
        };
    }

    /** The choice that draws exactly a level. */
    public static PictureLevel of(DetailLevel level) {
        return switch (level) {
            case NAMESPACE -> NAMESPACE;
            case WORKLOAD -> WORKLOAD;
            case POD -> POD;
        };
    }
}
