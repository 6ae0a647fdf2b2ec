package io.kubereach.engine;

import io.kubereach.model.Protocol;

/**
 * Answers who may connect to whom under the NetworkPolicies of one snapshot
 * ({@code shared/netpol-semantics.md}, rules 1–24). Implementations differ in speed only:
 * one parameterized suite and a property test hold them to the same answers.
 */
public interface ReachabilityEngine {

    /**
     * Every (protocol, port) on which {@code src} may open a connection to {@code dst}: egress
     * allowed at the source AND ingress allowed at the destination.
     */
    ConnectionSet allowed(Peer src, Peer dst);

    /** The verdict for one connection, with the explanation of both sides. */
    Verdict verdict(Peer src, Peer dst, Protocol protocol, int port);
}
