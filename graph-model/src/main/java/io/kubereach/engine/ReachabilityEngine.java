package io.kubereach.engine;

import io.kubereach.model.Protocol;

/**
 * Answers who may connect to whom under the policies of one snapshot: the cluster-wide Admin
 * tier, NetworkPolicies ({@code shared/netpol-semantics.md}, rules 1–24), the Baseline tier
 * ({@code shared/policy-tiers.md}). Answers are three-valued: what cannot be judged is unknown,
 * never allowed. Implementations differ in speed only: one parameterized suite and a property
 * test hold them to the same answers.
 */
public interface ReachabilityEngine {

    /**
     * Every (protocol, port) on which {@code src} may open a connection to {@code dst}, known to be
     * allowed or unknown: egress at the source AND ingress at the destination.
     */
    Reach reach(Peer src, Peer dst);

    /** The connections {@code src} is known to be allowed to open to {@code dst}. */
    default ConnectionSet allowed(Peer src, Peer dst) {
        return reach(src, dst).allowed();
    }

    /** The verdict for one connection, with the explanation of both sides. */
    Verdict verdict(Peer src, Peer dst, Protocol protocol, int port);

    /**
     * What each side says of one connection, as {@link #verdict} has it but without the
     * explanation: for callers that ask it of hundreds of thousands of pairs.
     */
    default SideFacts.Pair sideFacts(Peer src, Peer dst, Protocol protocol, int port) {
        return SideFacts.Pair.of(verdict(src, dst, protocol, port));
    }
}
