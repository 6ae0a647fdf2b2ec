package io.kubereach.cni;

import io.kubereach.text.Message;
import java.util.Locale;

/**
 * How pod traffic travels between nodes.
 *
 * @param kind overlay (encapsulated) or routed (plain pod addresses on the wire)
 * @param mechanism the encapsulation or routing: {@code vxlan}, {@code ipip}, {@code geneve},
 *     {@code wireguard}, {@code host-gw}, {@code bgp}, …; empty when unknown
 * @param observed whether the nodes say so (annotations), rather than the CNI's default
 * @param basis where it comes from
 */
public record CrossNodeMode(Kind kind, String mechanism, boolean observed, Message basis) {

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
    public static final CrossNodeMode UNKNOWN = new CrossNodeMode(Kind.UNKNOWN, "", false, Message.of("cni.basis.none"));

    /** A CNI's default, not confirmed by the nodes; {@code basisKey} says whose default it is. */
    static CrossNodeMode byDefault(Kind kind, String mechanism, String basisKey) {
        return new CrossNodeMode(kind, mechanism, false, Message.of(basisKey));
    }

    /** {@code overlay (vxlan), flannel's default backend; not confirmed by node annotations}. */
    public Message describe() {
        if (kind == Kind.UNKNOWN) {
            return Message.of("cni.crossNode.unknown", basis);
        }
        Message word = Message.of(kind == Kind.OVERLAY ? "cni.crossNode.overlay" : "cni.crossNode.routed");
        Message head = mechanism.isEmpty() ? word : Message.of("cni.crossNode.withMechanism", word, mechanism);
        return Message.of(observed ? "cni.crossNode.observed" : "cni.crossNode.unconfirmed", head, basis);
    }
}
