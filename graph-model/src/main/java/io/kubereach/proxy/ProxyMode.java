package io.kubereach.proxy;

import java.util.Locale;
import java.util.Optional;

/** How kube-proxy turns a Service address into a backend: the {@code mode} of its configuration. */
public enum ProxyMode {

    /** iptables rules: each new connection walks a chain of {@code statistic --mode random} rules. */
    IPTABLES("iptables", "each new connection walks kube-proxy's chain of 'statistic --mode random' rules"
            + " (probability 1/n, then 1/(n-1), …, the last rule unconditional): every backend is chosen with probability 1/n"),
    /** The kernel's IP Virtual Server, with a scheduler. */
    IPVS("ipvs", "the kernel's IP Virtual Server picks the backend with its scheduler"),
    /** nftables rules: {@code numgen random mod n} picks the backend. */
    NFTABLES("nftables", "kube-proxy's 'numgen random mod n vmap' rule picks a backend: each with probability 1/n");

    private final String word;
    private final String explanation;

    ProxyMode(String word, String explanation) {
        this.word = word;
        this.explanation = explanation;
    }

    /** The word of kube-proxy's configuration: {@code iptables}, {@code ipvs} or {@code nftables}. */
    public String word() {
        return word;
    }

    /** How this mode picks a backend, in one sentence. */
    public String explanation() {
        return explanation;
    }

    /** Parses a mode word case-insensitively; empty when it is no mode KubeReach simulates. */
    public static Optional<ProxyMode> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ProxyMode mode : values()) {
            if (mode.word.equals(t)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
