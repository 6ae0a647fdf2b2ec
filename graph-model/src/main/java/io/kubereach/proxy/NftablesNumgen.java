package io.kubereach.proxy;

import io.kubereach.model.IpAddress;
import java.util.SplittableRandom;

/**
 * kube-proxy's nftables Service rule {@code numgen random mod n vmap { 0 : goto ep0, … }}: the
 * kernel's {@code nft_ng_random_gen} is {@code reciprocal_scale(get_random_u32(), n)}, that is
 * {@code (u64) random * n >> 32}.
 */
final class NftablesNumgen implements BackendPicker {

    private final int backends;
    private final SplittableRandom random;

    NftablesNumgen(int backends, SplittableRandom random) {
        this.backends = backends;
        this.random = random;
    }

    @Override
    public int pick(IpAddress client, int[] open) {
        long unsigned = random.nextInt() & 0xFFFFFFFFL;
        return (int) ((unsigned * backends) >>> 32);
    }
}
