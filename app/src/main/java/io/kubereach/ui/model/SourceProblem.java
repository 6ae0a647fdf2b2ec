package io.kubereach.ui.model;

import io.kubereach.describe.Message;
import io.kubereach.proxy.SimulationException;
import io.kubereach.source.ManifestException;
import io.kubereach.source.live.ClusterAccessException;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.source.ClusterSource;
import java.util.Optional;

/**
 * Why a source could not be shown (read, judged, laid out or watched), in one line.
 *
 * @param source the source
 * @param message the reason, one line, in the UI's language when the error said it as a message
 * @param fellBack whether the demo is shown instead
 */
public record SourceProblem(ClusterSource source, String message, boolean fellBack) {

    /**
     * The first line of the most telling message of an error, no stack trace, no second line: in
     * the UI's language when the error holds its reason as a message (a file or cluster that
     * cannot be read), else as the error's text.
     */
    public static String lineOf(Throwable error) {
        Optional<Message> reason = Optional.empty();
        for (Throwable t = error; t != null && reason.isEmpty(); t = t.getCause()) {
            reason = reasonOf(t);
        }
        Throwable e = error;
        while (e.getMessage() == null && e.getCause() != null) {
            e = e.getCause();
        }
        String text = reason.map(Messages::text)
                .orElse(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return text.lines().findFirst().orElse(text);
    }

    /** The reason an error holds as a message, when it is one that does. */
    static Optional<Message> reasonOf(Throwable error) {
        if (error instanceof ManifestException m) {
            return Optional.of(m.reason());
        }
        if (error instanceof ClusterAccessException c) {
            return Optional.of(c.reason());
        }
        if (error instanceof SimulationException s) {
            return Optional.of(s.reason());
        }
        return Optional.empty();
    }
}
