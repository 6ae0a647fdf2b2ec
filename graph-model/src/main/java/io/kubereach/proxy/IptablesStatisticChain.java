package io.kubereach.proxy;

import io.kubereach.model.IpAddress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * kube-proxy's iptables Service chain, rule by rule: endpoint {@code i} of {@code n} is jumped to
 * with {@code -m statistic --mode random --probability 1/(n-i)}, the last one unconditionally.
 *
 * <p>Exact to the bit: kube-proxy writes each probability as {@code fmt.Sprintf("%0.10f", 1.0/float64(n-i))};
 * iptables stores {@code lround(0x80000000 * p)}; the kernel's {@code xt_statistic} matches when
 * {@code (get_random_u32() & 0x7FFFFFFF) < stored}. The product of the chain's probabilities gives
 * every backend 1/n.
 */
final class IptablesStatisticChain implements BackendPicker {

    private static final double TWO_TO_31 = 0x80000000L;

    private final long[] thresholds;
    private final SplittableRandom random;

    IptablesStatisticChain(int backends, SplittableRandom random) {
        this.random = random;
        this.thresholds = new long[Math.max(0, backends - 1)];
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i] = threshold(backends - i);
        }
    }

    /** What the kernel compares 31 random bits with, for the rule that has {@code remaining} endpoints left. */
    static long threshold(int remaining) {
        // Go's %0.10f rounds the exact binary value; HALF_EVEN on the exact BigDecimal does the same
        String written = new BigDecimal(1.0 / remaining).setScale(10, RoundingMode.HALF_EVEN).toPlainString();
        return Math.round(TWO_TO_31 * Double.parseDouble(written));
    }

    @Override
    public int pick(IpAddress client, int[] open) {
        for (int i = 0; i < thresholds.length; i++) {
            if ((random.nextInt() & 0x7FFFFFFF) < thresholds[i]) {
                return i;
            }
        }
        return thresholds.length;
    }
}
