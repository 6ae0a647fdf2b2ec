package io.kubereach.proxy;

import io.kubereach.engine.Peer;
import java.util.Optional;

/**
 * Where a Service sends one connection after DNAT: a backend and the port it lands on.
 *
 * @param peer the backend pod, or an address outside the cluster (a hand-written endpoint)
 * @param targetPort the port on the backend, empty when a named targetPort does not resolve there
 * @param note why the backend is there or why it cannot take the connection, empty when plain
 */
public record ServiceBackend(Peer peer, Optional<Integer> targetPort, String note) {
}
