package io.kubereach.model;

import java.util.Locale;
import java.util.Optional;

/** The protocol of a Cilium port ({@code pkg/policy/api/l4.go} {@code L4Proto}). */
public enum CiliumProtocol {
    TCP, UDP, SCTP,
    /** Any protocol: what an empty {@code protocol} means. */
    ANY,
    ICMP, ICMPV6, VRRP, IGMP;

    /**
     * The protocol a port entry names; Cilium upper-cases it before checking ({@code Sanitize}),
     * and an empty one is {@link #ANY}. Empty when Cilium knows none of that name.
     */
    public static Optional<CiliumProtocol> parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.of(ANY);
        }
        try {
            return Optional.of(valueOf(t));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a connection of this transport protocol uses this protocol. */
    public boolean covers(Protocol protocol) {
        return switch (this) {
            case ANY -> true;
            case TCP -> protocol == Protocol.TCP;
            case UDP -> protocol == Protocol.UDP;
            case SCTP -> protocol == Protocol.SCTP;
            default -> false;
        };
    }
}
