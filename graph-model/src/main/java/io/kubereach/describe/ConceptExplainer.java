package io.kubereach.describe;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.Direction;
import io.kubereach.model.Ingress;
import io.kubereach.model.IpAddress;
import io.kubereach.model.KubeProxyConfig;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Explains a concept as it applies to the object selected in the app: which containers share
 * this pod's network namespace, which backends this Service spreads over and how, whether this
 * CNI enforces policy. Every explanation is messages, so it renders in either language.
 */
public final class ConceptExplainer {

    private final ClusterSnapshot snapshot;
    private final ServiceConcepts services;

    public ConceptExplainer(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.services = new ServiceConcepts(snapshot);
    }

    /** The pause container of a pod: the network namespace its containers share (rule 18). */
    public ConceptExplanation pauseContainer(Pod pod) {
        List<Message> out = new ArrayList<>();
        if (pod.hostNetwork()) {
            out.add(Message.of("concept.pause.hostNetwork", pod.name(), pod.node().orElse("?")));
        } else if (pod.ips().isEmpty()) {
            out.add(Message.of("concept.pause.holdsNoIp", pod.name()));
        } else {
            out.add(Message.of("concept.pause.holds", pod.name(), addresses(pod.ips())));
        }
        List<String> containers = pod.containers().stream().map(Container::name).toList();
        if (containers.size() == 1) {
            out.add(Message.of("concept.pause.oneMember", containers.get(0)));
        } else if (containers.size() > 1) {
            out.add(Message.of("concept.pause.members", containers.size(), Message.names(containers)));
        }
        out.add(Message.of("concept.pause.policy"));
        return new ConceptExplanation(Concept.PAUSE_CONTAINER, Message.of("concept.pause.title", pod.ref().toString()), out);
    }

    /** A pod: where it runs, its IP, who isolates it, and why clients should not rely on its IP. */
    public ConceptExplanation pod(Pod pod) {
        List<Message> out = new ArrayList<>();
        out.add(Message.of("concept.pod.basics"));
        if (pod.node().isEmpty()) {
            out.add(Message.of("concept.pod.unscheduled", pod.name()));
        } else if (pod.ips().isEmpty()) {
            out.add(Message.of("concept.pod.noIp", pod.name(), pod.node().get()));
        } else {
            out.add(Message.of("concept.pod.placed", pod.name(), pod.node().get(), addresses(pod.ips())));
        }
        if (pod.hostNetwork()) {
            out.add(Message.of("concept.pod.hostNetwork"));
        }
        for (Direction direction : Direction.values()) {
            List<String> isolating = snapshot.policies().stream()
                    .filter(p -> p.isolates(direction) && p.selects(pod))
                    .map(NetworkPolicy::name)
                    .sorted()
                    .toList();
            out.add(isolating.isEmpty()
                    ? Message.of("concept.pod.open", Phrases.direction(direction))
                    : Message.of("concept.pod.isolated", Phrases.direction(direction), Message.names(isolating), isolating.size()));
        }
        if (!pod.owner().kind().equals("Pod")) {
            out.add(Message.of("concept.pod.owner", pod.owner().kind(), pod.owner().name()));
        }
        return new ConceptExplanation(Concept.POD, Message.of("concept.pod.title", pod.ref().toString()), out);
    }

    /** A Service by its type, with the backends each port spreads over; a selector-less one by its Endpoints. */
    public ConceptExplanation service(Service service) {
        return services.service(service);
    }

    /** Session affinity of a Service: whether one client keeps reaching one backend. */
    public ConceptExplanation sessionAffinity(Service service) {
        return services.sessionAffinity(service);
    }

    /** How outside traffic enters a Service through node ports, and what the backend then sees (rule 22). */
    public ConceptExplanation nodePort(Service service) {
        return services.nodePort(service);
    }

    /** An Ingress: its routes, its controller, and what the backends see as the source (rule 22). */
    public ConceptExplanation ingress(Ingress ingress) {
        return services.ingress(ingress);
    }

    /** The kube-proxy mode of the snapshot and how it picks a backend. */
    public ConceptExplanation kubeProxyMode() {
        Optional<KubeProxyConfig> config = snapshot.kubeProxy();
        String mode = config.map(KubeProxyConfig::mode).filter(m -> !m.isBlank()).orElse("iptables").toLowerCase(Locale.ROOT);
        List<Message> out = new ArrayList<>();
        if (config.isEmpty()) {
            out.add(Message.of("concept.kubeProxy.unknown"));
        }
        switch (mode) {
            case "iptables" -> out.add(Message.of("concept.kubeProxy.iptables"));
            case "nftables" -> out.add(Message.of("concept.kubeProxy.nftables"));
            case "ipvs" -> out.add(Message.of("concept.kubeProxy.ipvs", scheduler(config.map(KubeProxyConfig::scheduler).orElse(""))));
            default -> out.add(Message.of("concept.kubeProxy.other", mode));
        }
        out.add(Message.of("concept.kubeProxy.policy"));
        return new ConceptExplanation(Concept.KUBE_PROXY_MODE, Message.of("concept.kubeProxy.title", mode), out);
    }

    private static Message scheduler(String name) {
        String s = name.isBlank() ? "rr" : name.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "rr" -> Message.of("concept.ipvs.rr");
            case "lc" -> Message.of("concept.ipvs.lc");
            case "sh" -> Message.of("concept.ipvs.sh");
            default -> Message.of("concept.ipvs.other", s);
        };
    }

    /**
     * The CNI plugin and whether it enforces NetworkPolicy.
     *
     * @param name the plugin's name as detected ({@code flannel}, {@code calico}), or words for it (k3s's embedded flannel)
     * @param enforcesPolicy whether it applies NetworkPolicies
     */
    public ConceptExplanation cni(Message name, boolean enforcesPolicy) {
        List<Message> out = new ArrayList<>();
        out.add(Message.of("concept.cni.basics", name));
        out.add(Message.of(enforcesPolicy ? "concept.cni.enforces" : "concept.cni.doesNotEnforce", name));
        return new ConceptExplanation(Concept.CNI, Message.of("concept.cni.title", name), out);
    }

    /** The CNI when the source does not tell which plugin runs. */
    public ConceptExplanation unknownCni() {
        return new ConceptExplanation(Concept.CNI, Message.of("concept.cni.titleUnknown"),
                List.of(Message.of("concept.cni.unknown")));
    }

    static Message addresses(List<IpAddress> ips) {
        return Message.series(ips.stream().map(ip -> Message.verbatim(ip.toString())).toList());
    }
}
