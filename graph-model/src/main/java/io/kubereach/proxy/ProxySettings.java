package io.kubereach.proxy;

import io.kubereach.model.IpAddress;
import io.kubereach.model.KubeProxyConfig;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The load balancing kube-proxy does, as the source configures it or as the user overrides it.
 *
 * @param mode the proxy mode
 * @param scheduler the IPVS scheduler, present exactly in {@link ProxyMode#IPVS}
 * @param source where the mode came from, as a message (the ConfigMap, the default, an override)
 */
public record ProxySettings(ProxyMode mode, Optional<IpvsScheduler> scheduler, Message source) {

    public ProxySettings {
        if ((mode == ProxyMode.IPVS) != scheduler.isPresent()) {
            throw new IllegalArgumentException("an IPVS scheduler goes with ipvs mode and only with it");
        }
    }

    /**
     * The settings for a simulation: an override wins, else the {@code kube-system/kube-proxy}
     * ConfigMap, else kube-proxy's defaults (iptables on Linux; {@code rr} for IPVS).
     *
     * @throws SimulationException when the ConfigMap names a mode or scheduler KubeReach cannot
     *     simulate, or a scheduler is asked for outside ipvs mode
     */
    public static ProxySettings resolve(Optional<KubeProxyConfig> config, Optional<ProxyMode> modeOverride,
            Optional<IpvsScheduler> schedulerOverride) {
        String configured = config.map(KubeProxyConfig::mode).orElse("").trim();
        ProxyMode mode;
        Message origin;
        if (modeOverride.isPresent()) {
            mode = modeOverride.get();
            origin = Message.of("sim.origin.override");
        } else if (!configured.isEmpty()) {
            mode = ProxyMode.parse(configured).orElseThrow(() -> new SimulationException(Message.of("sim.refused.mode", configured)));
            origin = Message.of("sim.origin.configMap");
        } else {
            mode = ProxyMode.IPTABLES;
            origin = Message.of(config.isPresent() ? "sim.origin.defaultEmpty" : "sim.origin.defaultNone");
        }
        if (mode != ProxyMode.IPVS) {
            if (schedulerOverride.isPresent()) {
                throw new SimulationException(Message.of("sim.refused.schedulerWithoutIpvs", mode.word(), origin));
            }
            return new ProxySettings(mode, Optional.empty(), origin);
        }
        String configuredScheduler = config.map(KubeProxyConfig::scheduler).orElse("").trim();
        IpvsScheduler scheduler;
        if (schedulerOverride.isPresent()) {
            scheduler = schedulerOverride.get();
        } else if (!configuredScheduler.isEmpty()) {
            scheduler = IpvsScheduler.parse(configuredScheduler).orElseThrow(() -> new SimulationException(
                    Message.of("sim.refused.configuredScheduler", IpvsScheduler.whyNotSimulated(configuredScheduler))));
        } else {
            scheduler = IpvsScheduler.RR;
        }
        return new ProxySettings(mode, Optional.of(scheduler), origin);
    }

    /** The scheduler's word, or {@code none} outside ipvs mode. */
    public String schedulerWord() {
        return scheduler.map(IpvsScheduler::word).orElse("none");
    }

    /** Where the mode came from, in English words (the ConfigMap, the default, an override). */
    public String origin() {
        return MessageText.english(source);
    }

    /** How the backend is picked, in one sentence. */
    public Message explanation() {
        return scheduler.map(IpvsScheduler::explanation).orElse(mode.explanation());
    }

    /**
     * A fresh picker over {@code backends} backends, as kube-proxy programs one node.
     *
     * @param random the random numbers of the random modes
     * @param destination the address the connection was sent to (for {@code dh})
     */
    BackendPicker picker(int backends, SplittableRandom random, IpAddress destination) {
        if (mode == ProxyMode.IPTABLES) {
            return new IptablesStatisticChain(backends, random);
        }
        if (mode == ProxyMode.NFTABLES) {
            return new NftablesNumgen(backends, random);
        }
        return switch (scheduler.orElseThrow()) {
            case RR, WRR -> new IpvsRoundRobin(backends);
            case LC, WLC -> new IpvsLeastConnection();
            case SED -> new IpvsShortestExpectedDelay(false);
            case NQ -> new IpvsShortestExpectedDelay(true);
            case SH -> new IpvsSourceHashing(backends);
            case DH -> new IpvsDestinationHashing(backends, destination);
        };
    }
}
