package io.kubereach.proxy;

import io.kubereach.model.IpAddress;

/**
 * How one node's kube-proxy picks the backend of a new connection: the iptables chain, the
 * nftables rule or an IPVS scheduler. A picker keeps the state of one node (a round-robin
 * pointer, random numbers); the caller keeps the connections.
 */
interface BackendPicker {

    /**
     * The backend for a new connection.
     *
     * @param client the client address the node sees (before any SNAT)
     * @param open the connections open to each backend through this node, in destination-list order
     * @return the index of the backend
     */
    int pick(IpAddress client, int[] open);
}
