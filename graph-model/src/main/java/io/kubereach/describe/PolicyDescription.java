package io.kubereach.describe;

import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PodRef;
import java.util.List;

/**
 * What a NetworkPolicy does, as facts resolved against one snapshot: which pods it selects now,
 * every rule with its peers (namespaces and pods they match now, ipBlocks as address ranges) and
 * ports (named ports resolved per pod), and the traps it falls into. {@link PolicySentences}
 * turns it into sentences.
 *
 * @param policy the policy, defaults filled
 * @param selectedPods the pods it selects now, sorted
 * @param ingress its ingress rules
 * @param egress its egress rules
 * @param traps the traps found, in a stable order
 */
public record PolicyDescription(NetworkPolicy policy, List<PodRef> selectedPods, List<RuleDescription> ingress,
        List<RuleDescription> egress, List<Trap> traps) {

    public PolicyDescription {
        selectedPods = List.copyOf(selectedPods);
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
        traps = List.copyOf(traps);
    }

    /** The rules of a direction. */
    public List<RuleDescription> rules(Direction direction) {
        return direction == Direction.INGRESS ? ingress : egress;
    }

    /** Whether a trap of this kind was found. */
    public boolean has(Trap.Kind kind) {
        return traps.stream().anyMatch(t -> t.kind() == kind);
    }
}
