package io.kubereach.proxy;

import io.kubereach.model.IpAddress;

/**
 * IPVS {@code dh} ({@code ip_vs_dh.c}): {@code hash_32(ntohl(daddr), 8)} indexes the
 * {@link IpvsBucketTable}. A Service is one virtual address, so every connection a node sends to
 * it lands on the same backend.
 */
final class IpvsDestinationHashing implements BackendPicker {

    private final int backend;

    IpvsDestinationHashing(int backends, IpAddress destination) {
        this.backend = new IpvsBucketTable(backends).destination(IpvsBucketTable.hash32(IpvsBucketTable.fold(destination)));
    }

    @Override
    public int pick(IpAddress client, int[] open) {
        return backend;
    }
}
