package io.kubereach.proxy;

import io.kubereach.model.IpAddress;

/**
 * IPVS {@code rr} ({@code ip_vs_rr.c}): a pointer into the destination list, starting at its head,
 * moves to the next destination for every new connection. kube-proxy's weights are all 1, so
 * {@code wrr} does the same.
 */
final class IpvsRoundRobin implements BackendPicker {

    private final int backends;
    private int last = -1;

    IpvsRoundRobin(int backends) {
        this.backends = backends;
    }

    @Override
    public int pick(IpAddress client, int[] open) {
        last = (last + 1) % backends;
        return last;
    }
}
