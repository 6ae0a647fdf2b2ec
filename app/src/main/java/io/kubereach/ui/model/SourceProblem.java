package io.kubereach.ui.model;

import io.kubereach.proxy.SimulationException;
import io.kubereach.source.ManifestException;
import io.kubereach.source.live.ClusterAccessException;
import io.kubereach.text.Message;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.source.ClusterSource;
import java.util.Optional;

/**
 * Why a source could not be shown (read, judged, laid out or watched), in one line.
 *
 * @param source the source
 * @param reason the reason, as a message for the UI's language when the error said it as one,
 *     else as the error's words
 * @param fellBack whether the demo is shown instead
 */
public record SourceProblem(ClusterSource source, Message reason, boolean fellBack) {

    /** A problem told in words that are the same in every language. */
    public SourceProblem(ClusterSource source, String message, boolean fellBack) {
        this(source, Message.verbatim(message), fellBack);
    }

    /** The problem an error makes. */
    public static SourceProblem of(ClusterSource source, Throwable error, boolean fellBack) {
        return new SourceProblem(source, reasonOf(error), fellBack);
    }

    /** The reason in one line of the UI's language as it is now. */
    public String message() {
        return firstLine(Messages.text(reason));
    }

    /**
     * The first line of the most telling message of an error, no stack trace, no second line: in
     * the UI's language when the error holds its reason as a message (a file or cluster that
     * cannot be read), else as the error's text.
     */
    public static String lineOf(Throwable error) {
        return firstLine(Messages.text(reasonOf(error)));
    }

    /**
     * What an error says: the message of the first error in its chain that holds one, else the
     * text of the first that has any, else its type's name.
     */
    public static Message reasonOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            Optional<Message> reason = heldBy(t);
            if (reason.isPresent()) {
                return reason.get();
            }
        }
        Throwable e = error;
        while (e.getMessage() == null && e.getCause() != null) {
            e = e.getCause();
        }
        return Message.verbatim(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static Optional<Message> heldBy(Throwable error) {
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

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text);
    }
}
