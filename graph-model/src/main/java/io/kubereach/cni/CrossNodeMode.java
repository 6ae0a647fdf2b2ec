package io.kubereach.cni;

import java.util.Locale;

/**
 * How pod traffic travels between nodes.
 *
 * @param kind overlay (encapsulated) or routed (plain pod addresses on the wire)
 * @param mechanism the encapsulation or routing: {@code vxlan}, {@code ipip}, {@code geneve},
 *     {@code wireguard}, {@code host-gw}, {@code bgp}, …; empty when unknown
 * @param observed whether the nodes say so (annotations), rather than the CNI's default
 * @param basis where it comes from, in words
 */
public record CrossNodeMode(Kind kind, String mechanism, boolean observed, String basis) {

    /** Encapsulated or routed. */
    public enum Kind {
        /** Pod packets are wrapped in node-to-node packets (VXLAN, IP-in-IP, Geneve, WireGuard). */
        OVERLAY,
        /** Pod packets travel as they are; nodes route each other's pod CIDRs (host-gw, BGP). */
        ROUTED,
        /** Not known. */
        UNKNOWN;

        /** {@code overlay}, {@code routed} or {@code unknown}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Nothing known. */
    public static final CrossNodeMode UNKNOWN = new CrossNodeMode(Kind.UNKNOWN, "", false, "no CNI recognised");

    /** A CNI's default, not confirmed by the nodes. */
    static CrossNodeMode byDefault(Kind kind, String mechanism, String basis) {
        return new CrossNodeMode(kind, mechanism, false, basis);
    }

    /** {@code overlay (vxlan), flannel's default backend; not confirmed by node annotations}. */
    public String describe() {
        if (kind == Kind.UNKNOWN) {
            return "unknown (" + basis + ")";
        }
        String head = kind.word() + (mechanism.isEmpty() ? "" : " (" + mechanism + ")");
        return head + ", " + basis + (observed ? "" : "; not confirmed by node annotations");
    }
}
