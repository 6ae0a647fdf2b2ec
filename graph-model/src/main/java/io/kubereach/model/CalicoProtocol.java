package io.kubereach.model;

import java.util.Map;
import java.util.Optional;

/**
 * An IP protocol in a Calico rule: a name Calico knows ({@code TCP}, {@code UDP}, {@code ICMP},
 * {@code ICMPv6}, {@code SCTP}, {@code UDPLite}, case-sensitive) or a number 1–255, kept as the
 * number ({@code api/pkg/lib/numorstring/protocol.go}).
 *
 * @param number the IP protocol number
 */
public record CalicoProtocol(int number) {

    private static final Map<String, Integer> NAMES = Map.of(
            "TCP", 6, "UDP", 17, "ICMP", 1, "ICMPv6", 58, "SCTP", 132, "UDPLite", 136);

    public CalicoProtocol {
        if (number < 1 || number > 255) {
            throw new IllegalArgumentException("protocol number " + number + " is not within 1..255");
        }
    }

    /**
     * The protocol a rule's {@code protocol} field names: a known name or the digits of a
     * number 1–255 (a YAML number arrives as its digits); empty otherwise.
     */
    public static Optional<CalicoProtocol> parse(String text) {
        String t = text.trim();
        if (NAMES.containsKey(t)) {
            return Optional.of(new CalicoProtocol(NAMES.get(t)));
        }
        if (t.matches("\\d{1,3}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= 255 ? Optional.of(new CalicoProtocol(n)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The protocol of a connection KubeReach judges. */
    public static CalicoProtocol of(Protocol protocol) {
        return new CalicoProtocol(switch (protocol) {
            case TCP -> 6;
            case UDP -> 17;
            case SCTP -> 132;
        });
    }

    /** Whether this protocol has ports (TCP, UDP, SCTP), so that a rule may list ports with it. */
    public boolean hasPorts() {
        return number == 6 || number == 17 || number == 132;
    }

    /** Whether a connection of this transport protocol is this protocol. */
    public boolean covers(Protocol protocol) {
        return of(protocol).equals(this);
    }

    @Override
    public String toString() {
        return NAMES.entrySet().stream().filter(e -> e.getValue() == number).map(Map.Entry::getKey)
                .findFirst().orElse(String.valueOf(number));
    }
}
