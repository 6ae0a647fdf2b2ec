package io.kubereach.proxy;

import io.kubereach.model.IpAddress;

/**
 * IPVS {@code lc} ({@code ip_vs_lc.c}): the destination with the least overhead
 * {@code (activeconns << 8) + inactconns}, the first one on a tie. Closed connections are not
 * kept as inactive ones here (IPVS keeps them for its TIME_WAIT timeout), so the overhead is the
 * open connections. With kube-proxy's equal weights {@code wlc} does the same.
 */
final class IpvsLeastConnection implements BackendPicker {

    @Override
    public int pick(IpAddress client, int[] open) {
        int least = 0;
        for (int i = 1; i < open.length; i++) {
            if (overhead(open[i]) < overhead(open[least])) {
                least = i;
            }
        }
        return least;
    }

    /** {@code ip_vs_dest_conn_overhead}, with no inactive connections. */
    private static long overhead(int active) {
        return (long) active << 8;
    }
}
