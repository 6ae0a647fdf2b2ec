package io.kubereach.ui.model;

import io.kubereach.ui.source.ClusterSource;

/**
 * Why a source could not be shown (read, judged, laid out or watched), in one line.
 *
 * @param source the source
 * @param message the reason, one line, as the reader wrote it
 * @param fellBack whether the demo is shown instead
 */
public record SourceProblem(ClusterSource source, String message, boolean fellBack) {

    /** The first line of the most telling message of an error: no stack trace, no second line. */
    public static String lineOf(Throwable error) {
        Throwable e = error;
        while (e.getMessage() == null && e.getCause() != null) {
            e = e.getCause();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.lines().findFirst().orElse(text);
    }
}
