package io.kubereach.cni;

import java.util.List;
import java.util.Optional;

/**
 * What the cluster's CNI is and what it means for the verdicts.
 *
 * @param name the CNI as recognised ({@code flannel}, {@code canal}, {@code flannel (embedded in k3s)}), or {@code unknown}
 * @param plugin the recognised CNI, empty when none was
 * @param enforcement whether it enforces NetworkPolicy
 * @param enforcementReason why, in words
 * @param crossNode how pod traffic crosses nodes
 * @param nodes each node's pod CIDRs
 * @param evidence the objects and annotations that told
 */
public record CniInfo(String name, Optional<CniPlugin> plugin, PolicyEnforcement enforcement, String enforcementReason,
        CrossNodeMode crossNode, List<NodePodNetwork> nodes, List<CniEvidence> evidence) {

    public CniInfo {
        nodes = List.copyOf(nodes);
        evidence = List.copyOf(evidence);
    }

    /** No CNI recognised. */
    static CniInfo unknown(List<NodePodNetwork> nodes) {
        return new CniInfo("unknown", Optional.empty(), PolicyEnforcement.UNKNOWN,
                "no DaemonSet or node annotation of a known CNI in the source", CrossNodeMode.UNKNOWN, nodes, List.of());
    }

    /**
     * The warning every verdict needs when the CNI does not enforce NetworkPolicy; empty when it
     * does, or when the CNI is unknown (most manifest sets hold no CNI objects).
     */
    public Optional<String> enforcementWarning() {
        if (enforcement != PolicyEnforcement.NOT_ENFORCED) {
            return Optional.empty();
        }
        String seen = evidence.isEmpty() ? "" : " (seen in " + evidence.get(0).object() + ")";
        return Optional.of("the CNI is " + name + seen + ", which does not enforce NetworkPolicy: " + enforcementReason
                + "; every verdict is intended, not enforced, and all pod traffic flows");
    }
}
