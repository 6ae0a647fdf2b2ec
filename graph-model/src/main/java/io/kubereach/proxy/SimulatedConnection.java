package io.kubereach.proxy;

import io.kubereach.engine.Peer;
import java.util.OptionalInt;

/**
 * One connection of a simulation, in the order it was opened.
 *
 * @param index its number, from 0
 * @param time when it was opened, in simulated seconds
 * @param client the client that opened it
 * @param node the node whose kube-proxy balanced it (the client pod's node, or the node an outside client entered)
 * @param seenAs the source the backend sees (a node address after SNAT, else the client)
 * @param backend the index of the backend in {@link SimulationResult#rows()}, empty when it reached none
 * @param pinned whether ClientIP session affinity chose the backend
 * @param allowed whether policy lets it through at the backend
 * @param note why it reached no backend, empty otherwise
 */
public record SimulatedConnection(int index, double time, Peer client, String node, Peer seenAs, OptionalInt backend,
        boolean pinned, boolean allowed, String note) {
}
