package io.kubereach.model;

import io.kubereach.text.Message;
import java.util.Objects;

/**
 * Why a source could not read something, as a cause KubeReach decides on and the words that
 * go with it; rendered in the reader's language by {@link #message()}.
 *
 * @param cause what kind of reason it is
 * @param detail the status for {@link Cause#HTTP_STATUS}, the input's label for {@link Cause#UNREADABLE_INPUT}, the
 *     words for {@link Cause#RECORDED}; empty otherwise
 */
public record GapReason(Cause cause, String detail) {

    /** The server refused or lost the list: the reasons of an API server, and what a file or folder lacks. */
    public enum Cause {
        /** HTTP 401: the credentials were not accepted. */
        UNAUTHORIZED("gap.reason.unauthorized", 401),
        /** HTTP 403: the user may not list them. */
        FORBIDDEN("gap.reason.forbidden", 403),
        /** HTTP 404: the API server does not serve the kind. */
        NOT_SERVED("gap.reason.notServed", 404),
        /** HTTP 410: the list expired while it was read. */
        EXPIRED("gap.reason.expired", 410),
        /** Another HTTP status, the detail. */
        HTTP_STATUS("gap.reason.http", -1),
        /** One of the objects is not valid, so it is not evaluated. */
        INVALID("gap.reason.invalid", -1),
        /** An input (a file, a document, a chart) could not be read; the detail names it. */
        UNREADABLE_INPUT("", -1),
        /** Words a snapshot file recorded without a cause (an older KubeReach); shown as they are. */
        RECORDED("", -1);

        private final String key;
        private final int status;

        Cause(String key, int status) {
            this.key = key;
            this.status = status;
        }
    }

    /** An object of the kind is not valid. */
    public static final GapReason INVALID = new GapReason(Cause.INVALID, "");

    public GapReason {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(detail, "detail");
    }

    /** The reason an API server gave with an HTTP status. */
    public static GapReason status(int status) {
        for (Cause cause : Cause.values()) {
            if (cause.status == status) {
                return new GapReason(cause, "");
            }
        }
        return new GapReason(Cause.HTTP_STATUS, String.valueOf(status));
    }

    /** An input that could not be read, named by its label (a path, {@code stdin}). */
    public static GapReason unreadable(String label) {
        return new GapReason(Cause.UNREADABLE_INPUT, label);
    }

    /** The words a file recorded, without a cause. */
    public static GapReason recorded(String words) {
        return new GapReason(Cause.RECORDED, words);
    }

    /** The reason in words of any language. */
    public Message message() {
        return switch (cause) {
            case UNREADABLE_INPUT, RECORDED -> Message.verbatim(detail);
            case HTTP_STATUS -> Message.of(cause.key, detail);
            default -> Message.of(cause.key);
        };
    }
}
