package io.kubereach.proxy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The IPVS schedulers kube-proxy can configure ({@code ipvs.scheduler}) that KubeReach simulates.
 * kube-proxy gives every backend the weight 1, so the weighted variants behave as their plain ones.
 */
public enum IpvsScheduler {

    /** Round robin, kube-proxy's default. */
    RR("rr", "round robin: each new connection goes to the next backend of the IPVS destination list, whoever the client is"),
    /** Weighted round robin. */
    WRR("wrr", "weighted round robin: kube-proxy gives every backend weight 1, so it behaves as rr"),
    /** Least connection. */
    LC("lc", "least connection: each new connection goes to the backend with the fewest active connections on this node"
            + " (ties to the first in the destination list)"),
    /** Weighted least connection. */
    WLC("wlc", "weighted least connection: with kube-proxy's equal weights, the same as lc"),
    /** Source hashing. */
    SH("sh", "source hashing: the client address is hashed into a 256-bucket table whose buckets are dealt round robin"
            + " to the backends, so one client always reaches the same backend while the backends stay the same"),
    /** Destination hashing. */
    DH("dh", "destination hashing: like sh but hashing the destination address; for a Service that is its one virtual IP,"
            + " so every connection to it goes to one backend"),
    /** Shortest expected delay. */
    SED("sed", "shortest expected delay: the backend with the smallest (active connections + 1) / weight; with kube-proxy's"
            + " equal weights, the backend with the fewest active connections"),
    /** Never queue. */
    NQ("nq", "never queue: an idle backend (no active connection) when there is one, else as sed");

    /** Schedulers IPVS has that KubeReach explains but does not simulate. */
    private static final Map<String, String> NOT_SIMULATED = Map.of(
            "lblc", "locality-based least connection: for cache clusters, keyed by destination address; not simulated",
            "lblcr", "locality-based least connection with replication: for cache clusters; not simulated",
            "mh", "maglev hashing: consistent hashing of the source address into a 65521-entry lookup table; not simulated",
            "fo", "weighted failover: the highest-weight backend; not simulated",
            "ovf", "overflow connection: the highest-weight backend until its connections exceed its weight; not simulated",
            "twos", "weighted random twos choice; not simulated");

    private final String word;
    private final String explanation;

    IpvsScheduler(String word, String explanation) {
        this.word = word;
        this.explanation = explanation;
    }

    /** The scheduler's name as {@code ipvsadm} and kube-proxy write it. */
    public String word() {
        return word;
    }

    /** How this scheduler picks a backend, in one sentence. */
    public String explanation() {
        return explanation;
    }

    /** Parses a scheduler name case-insensitively; empty when it is none KubeReach simulates. */
    public static Optional<IpvsScheduler> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (IpvsScheduler s : values()) {
            if (s.word.equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Why a scheduler name cannot be simulated: what it is, or that IPVS has no such scheduler. */
    public static String whyNotSimulated(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        String known = NOT_SIMULATED.get(t);
        String choices = "choose rr, wrr, lc, wlc, sh, dh, sed or nq";
        return known != null ? "IPVS scheduler '" + t + "' is " + known + "; " + choices
                : "'" + text.trim() + "' is no IPVS scheduler; " + choices;
    }
}
