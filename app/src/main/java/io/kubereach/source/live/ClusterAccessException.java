package io.kubereach.source.live;

import io.kubereach.text.Message;
import io.kubereach.text.MessageText;

/**
 * A cluster that cannot be read at all: no kubeconfig, a malformed one, an unknown context, an
 * unreachable API server, refused credentials. The message is one line that says what is wrong
 * and never holds a credential; {@link #reason()} holds it as a message for the UI's language,
 * {@link #getMessage()} in English.
 */
public final class ClusterAccessException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    /** A failure as a message; {@link #getMessage()} is its English text. */
    public ClusterAccessException(Message reason) {
        this(reason, null);
    }

    /** A failure as a message, caused by a lower-level one (kept for debugging only). */
    public ClusterAccessException(Message reason, Throwable cause) {
        super(MessageText.english(reason), cause);
        this.reason = reason;
    }

    /** What is wrong, to be shown in the reader's language. */
    public Message reason() {
        return reason;
    }
}
