package io.kubereach.model;

import java.util.Locale;
import java.util.Optional;

/** The transport protocols NetworkPolicy covers (rule 17); anything else is not judged by policy. */
public enum Protocol {
    TCP, UDP, SCTP;

    /** Parses a protocol name case-insensitively; empty when it is not one NetworkPolicy covers. */
    public static Optional<Protocol> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
