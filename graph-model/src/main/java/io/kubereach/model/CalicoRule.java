package io.kubereach.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One rule of a Calico policy: a connection that matches every field given gets the action
 * ({@code _rule.mdx}: "all match criteria must match").
 *
 * @param action what happens to a matching connection
 * @param protocol the IP protocol it must use, if given
 * @param notProtocol the IP protocol it must not use, if given
 * @param ipVersion 4 or 6 when the rule is limited to one address family
 * @param icmp whether the rule has {@code icmp}/{@code notICMP} type and code criteria: they only
 *        concern ICMP ({@code icmp} needs protocol ICMP or ICMPv6, which already keeps TCP, UDP and
 *        SCTP out), kept for descriptions
 * @param source the source criteria
 * @param destination the destination criteria
 * @param http whether the rule has an {@code http} match: application-layer policy filters what
 *        the rule allows at L4
 */
public record CalicoRule(
        CalicoAction action,
        Optional<CalicoProtocol> protocol,
        Optional<CalicoProtocol> notProtocol,
        OptionalInt ipVersion,
        boolean icmp,
        CalicoEntityRule source,
        CalicoEntityRule destination,
        boolean http) {

    public CalicoRule {
        if (ipVersion.isPresent() && ipVersion.getAsInt() != 4 && ipVersion.getAsInt() != 6) {
            throw new IllegalArgumentException("ipVersion is 4 or 6, not " + ipVersion.getAsInt());
        }
    }

    /** A rule with only an action: it matches every connection. */
    public static CalicoRule of(CalicoAction action) {
        return new CalicoRule(action, Optional.empty(), Optional.empty(), OptionalInt.empty(), false,
                CalicoEntityRule.ANY, CalicoEntityRule.ANY, false);
    }
}
