package io.kubereach.proxy;

import io.kubereach.model.IpAddress;

/**
 * IPVS {@code sh} ({@code ip_vs_sh.c}): {@code ip_vs_sh_hashkey = hash_32(ntohs(port) + ntohl(saddr), 8)}
 * indexes the {@link IpvsBucketTable}. The port counts only with the {@code sh-port} flag, which
 * kube-proxy does not set, so it is 0: one client address always lands on the same backend.
 */
final class IpvsSourceHashing implements BackendPicker {

    private static final int PORT = 0;

    private final IpvsBucketTable table;

    IpvsSourceHashing(int backends) {
        this.table = new IpvsBucketTable(backends);
    }

    /** The bucket of a client address. */
    static int bucket(IpAddress client) {
        return IpvsBucketTable.hash32(PORT + IpvsBucketTable.fold(client));
    }

    @Override
    public int pick(IpAddress client, int[] open) {
        return table.destination(bucket(client));
    }
}
