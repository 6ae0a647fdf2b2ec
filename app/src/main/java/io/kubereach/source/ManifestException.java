package io.kubereach.source;

/**
 * Input that cannot be read as the cluster it describes: a missing path, broken YAML, or an
 * object the API server would reject. The message names the file, the object and what is wrong.
 */
public class ManifestException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An error with a message that names where it happened and what is wrong. */
    public ManifestException(String message) {
        super(message);
    }

    /** An error caused by a lower-level failure (I/O, parsing). */
    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
