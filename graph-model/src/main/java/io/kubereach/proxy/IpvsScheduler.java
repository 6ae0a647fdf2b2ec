package io.kubereach.proxy;

import io.kubereach.text.Message;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The IPVS schedulers kube-proxy can configure ({@code ipvs.scheduler}) that KubeReach simulates.
 * kube-proxy gives every backend the weight 1, so the weighted variants behave as their plain ones.
 */
public enum IpvsScheduler implements ConfigWord {

    /** Round robin, kube-proxy's default. */
    RR("rr", "sim.scheduler.rr"),
    /** Weighted round robin. */
    WRR("wrr", "sim.scheduler.wrr"),
    /** Least connection. */
    LC("lc", "sim.scheduler.lc"),
    /** Weighted least connection. */
    WLC("wlc", "sim.scheduler.wlc"),
    /** Source hashing. */
    SH("sh", "sim.scheduler.sh"),
    /** Destination hashing. */
    DH("dh", "sim.scheduler.dh"),
    /** Shortest expected delay. */
    SED("sed", "sim.scheduler.sed"),
    /** Never queue. */
    NQ("nq", "sim.scheduler.nq");

    /** Schedulers IPVS has that KubeReach explains but does not simulate, each with the key of what it is. */
    private static final Map<String, String> NOT_SIMULATED = Map.of(
            "lblc", "sim.scheduler.lblc",
            "lblcr", "sim.scheduler.lblcr",
            "mh", "sim.scheduler.mh",
            "fo", "sim.scheduler.fo",
            "ovf", "sim.scheduler.ovf",
            "twos", "sim.scheduler.twos");

    private final String word;
    private final String explanationKey;

    IpvsScheduler(String word, String explanationKey) {
        this.word = word;
        this.explanationKey = explanationKey;
    }

    /** The scheduler's name as {@code ipvsadm} and kube-proxy write it. */
    @Override
    public String word() {
        return word;
    }

    /** How this scheduler picks a backend, in one sentence. */
    public Message explanation() {
        return Message.of(explanationKey);
    }

    /** Parses a scheduler name case-insensitively; empty when it is none KubeReach simulates. */
    public static Optional<IpvsScheduler> parse(String text) {
        return ConfigWord.parse(values(), text);
    }

    /** Why a scheduler name cannot be simulated: what it is, or that IPVS has no such scheduler. */
    public static Message whyNotSimulated(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        String known = NOT_SIMULATED.get(t);
        return known != null ? Message.of("sim.scheduler.notSimulated", t, Message.of(known))
                : Message.of("sim.scheduler.unknown", text.trim());
    }
}
