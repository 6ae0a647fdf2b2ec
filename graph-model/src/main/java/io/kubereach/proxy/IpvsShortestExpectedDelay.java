package io.kubereach.proxy;

import io.kubereach.model.IpAddress;

/**
 * IPVS {@code sed} ({@code ip_vs_sed.c}): the destination with the smallest
 * {@code (activeconns + 1) / weight}, the first one on a tie; and {@code nq} ({@code ip_vs_nq.c}),
 * which first takes an idle destination. kube-proxy's weights are all 1.
 */
final class IpvsShortestExpectedDelay implements BackendPicker {

    private static final int WEIGHT = 1;

    private final boolean neverQueue;

    IpvsShortestExpectedDelay(boolean neverQueue) {
        this.neverQueue = neverQueue;
    }

    @Override
    public int pick(IpAddress client, int[] open) {
        int least = -1;
        for (int i = 0; i < open.length; i++) {
            if (neverQueue && open[i] == 0) {
                return i;
            }
            // loh * weight(dest) > doh * weight(least), with overhead activeconns + 1
            if (least < 0 || (long) (open[least] + 1) * WEIGHT > (long) (open[i] + 1) * WEIGHT) {
                least = i;
            }
        }
        return least;
    }
}
