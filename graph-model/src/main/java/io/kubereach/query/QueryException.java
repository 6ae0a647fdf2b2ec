package io.kubereach.query;

import io.kubereach.text.Message;
import io.kubereach.text.MessageText;

/** A question that cannot be answered as asked: an unknown pod, a port the Service lacks, … */
public final class QueryException extends RuntimeException {

    private final transient Message reason;

    /** A refusal as a message; {@link #getMessage()} is its English text, the words the command line prints. */
    public QueryException(Message reason) {
        super(MessageText.english(reason));
        this.reason = reason;
    }

    /** Why the question cannot be answered, to be shown in the reader's language. */
    public Message reason() {
        return reason;
    }
}
