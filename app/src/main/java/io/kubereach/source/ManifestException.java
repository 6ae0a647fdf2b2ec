package io.kubereach.source;

import io.kubereach.text.Message;
import io.kubereach.text.MessageText;

/**
 * Input that cannot be read as the cluster it describes: a missing path, broken YAML, or an
 * object the API server would reject. The message names the file, the object and what is wrong;
 * {@link #reason()} holds it as a message for the UI's language, {@link #getMessage()} in English.
 */
public class ManifestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    /** An error as a message that names where it happened and what is wrong; {@link #getMessage()} is its English text. */
    public ManifestException(Message reason) {
        this(reason, null);
    }

    /** An error as a message, caused by a lower-level failure (I/O, parsing). */
    public ManifestException(Message reason, Throwable cause) {
        super(MessageText.english(reason), cause);
        this.reason = reason;
    }

    /** What is wrong and where, to be shown in the reader's language. */
    public Message reason() {
        return reason;
    }
}
