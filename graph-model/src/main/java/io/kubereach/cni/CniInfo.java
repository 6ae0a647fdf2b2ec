package io.kubereach.cni;

import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Optional;

/**
 * What the cluster's CNI is and what it means for the verdicts.
 *
 * @param name the CNI as recognised ({@code flannel}, {@code canal}, {@code flannel (embedded in k3s)}), or {@code unknown}
 * @param plugin the recognised CNI, empty when none was
 * @param enforcement whether it enforces NetworkPolicy
 * @param reason why, as a message
 * @param crossNode how pod traffic crosses nodes
 * @param nodes each node's pod CIDRs
 * @param evidence the objects and annotations that told
 */
public record CniInfo(String name, Optional<CniPlugin> plugin, PolicyEnforcement enforcement, Message reason,
        CrossNodeMode crossNode, List<NodePodNetwork> nodes, List<CniEvidence> evidence) {

    public CniInfo {
        nodes = List.copyOf(nodes);
        evidence = List.copyOf(evidence);
    }

    /** The name {@link CniRecognizer} gives k3s's embedded flannel. */
    static final String K3S_FLANNEL = "flannel (embedded in k3s)";

    /** The name {@link #unknown} gives a CNI not recognised. */
    static final String UNKNOWN = "unknown";

    /** Why it does or does not enforce NetworkPolicy, in English. */
    public String enforcementReason() {
        return MessageText.english(reason);
    }

    /** The name as a message: the project's name, or words for k3s's flannel and for an unknown CNI. */
    public Message title() {
        if (name.equals(K3S_FLANNEL)) {
            return Message.of("cni.name.k3sFlannel");
        }
        return plugin.isEmpty() ? Message.of("cni.name.unknown") : Message.verbatim(name);
    }

    /** No CNI recognised. */
    static CniInfo unknown(List<NodePodNetwork> nodes) {
        return new CniInfo(UNKNOWN, Optional.empty(), PolicyEnforcement.UNKNOWN, Message.of("cni.reason.unknown"), CrossNodeMode.UNKNOWN, nodes, List.of());
    }

    /**
     * The warning every verdict needs when the CNI does not enforce NetworkPolicy; empty when it
     * does, or when the CNI is unknown (most manifest sets hold no CNI objects).
     */
    public Optional<Message> enforcementWarning() {
        if (enforcement != PolicyEnforcement.NOT_ENFORCED) {
            return Optional.empty();
        }
        return Optional.of(evidence.isEmpty()
                ? Message.of("cni.notEnforcing", title(), reason)
                : Message.of("cni.notEnforcing.seen", title(), evidence.get(0).object(), reason));
    }
}
