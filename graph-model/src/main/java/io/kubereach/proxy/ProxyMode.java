package io.kubereach.proxy;

import io.kubereach.text.Message;
import java.util.Optional;

/** How kube-proxy turns a Service address into a backend: the {@code mode} of its configuration. */
public enum ProxyMode implements ConfigWord {

    /** iptables rules: each new connection walks a chain of {@code statistic --mode random} rules. */
    IPTABLES("iptables", "sim.mode.iptables"),
    /** The kernel's IP Virtual Server, with a scheduler. */
    IPVS("ipvs", "sim.mode.ipvs"),
    /** nftables rules: {@code numgen random mod n} picks the backend. */
    NFTABLES("nftables", "sim.mode.nftables");

    private final String word;
    private final String explanationKey;

    ProxyMode(String word, String explanationKey) {
        this.word = word;
        this.explanationKey = explanationKey;
    }

    /** The word of kube-proxy's configuration: {@code iptables}, {@code ipvs} or {@code nftables}. */
    @Override
    public String word() {
        return word;
    }

    /** How this mode picks a backend, in one sentence. */
    public Message explanation() {
        return Message.of(explanationKey);
    }

    /** Parses a mode word case-insensitively; empty when it is no mode KubeReach simulates. */
    public static Optional<ProxyMode> parse(String text) {
        return ConfigWord.parse(values(), text);
    }
}
