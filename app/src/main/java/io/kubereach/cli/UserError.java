package io.kubereach.cli;

/** A problem with what the user asked or gave: printed as one clear message, exit code 2. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
