package io.kubereach.source.live;

/**
 * A cluster that cannot be read at all: no kubeconfig, a malformed one, an unknown context, an
 * unreachable API server, refused credentials. The message is one line that says what is wrong
 * and never holds a credential.
 */
public final class ClusterAccessException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure described in one line. */
    public ClusterAccessException(String message) {
        super(message);
    }

    /** A failure described in one line, caused by a lower-level one (kept for debugging only). */
    public ClusterAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
