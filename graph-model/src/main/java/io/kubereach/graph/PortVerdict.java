package io.kubereach.graph;

import io.kubereach.describe.Language;
import io.kubereach.describe.Message;
import io.kubereach.describe.MessageText;
import io.kubereach.engine.Answer;
import io.kubereach.engine.StepResult;
import io.kubereach.engine.TierStep;
import io.kubereach.model.Protocol;
import java.util.List;

/**
 * The verdict for one port between one pair of pods (or a pod and an address) behind a traffic edge.
 *
 * @param from the connecting pod or address
 * @param to the accepting pod or address
 * @param protocol the protocol
 * @param port the destination port
 * @param answer whether the connection is allowed, denied, or cannot be judged
 * @param explanation the engine's explanation as messages, one sentence per fact (both sides, caveats)
 * @param egressWalk the tiers egress at the source walked (empty for an address outside the cluster)
 * @param ingressWalk the tiers ingress at the destination walked (empty for an address outside the cluster)
 */
public record PortVerdict(String from, String to, Protocol protocol, int port, Answer answer, List<Message> explanation,
        List<TierStep> egressWalk, List<TierStep> ingressWalk) {

    public PortVerdict {
        explanation = List.copyOf(explanation);
        egressWalk = List.copyOf(egressWalk);
        ingressWalk = List.copyOf(ingressWalk);
    }

    /** Whether the connection is known to be allowed. */
    public boolean allowed() {
        return answer == Answer.ALLOWED;
    }

    /**
     * Whether a rule of a cluster-wide tier (an admin or baseline policy) decided this connection:
     * it allowed it on a side of an allowed connection, or denied it on a side of a denied one.
     */
    public boolean decidedByClusterTiers() {
        if (answer == Answer.UNKNOWN) {
            return false;
        }
        StepResult wanted = answer == Answer.ALLOWED ? StepResult.ALLOWED : StepResult.DENIED;
        return decides(egressWalk, wanted) || decides(ingressWalk, wanted);
    }

    private static boolean decides(List<TierStep> walk, StepResult wanted) {
        if (walk.isEmpty()) {
            return false;
        }
        TierStep last = walk.get(walk.size() - 1);
        return last.tier().clusterWide() && last.result() == wanted;
    }

    /** The explanation in English, one sentence per fact. */
    public List<String> reasons() {
        return reasons(Language.ENGLISH);
    }

    /** The explanation in a language, one sentence per fact. */
    public List<String> reasons(Language language) {
        MessageText text = MessageText.in(language);
        return explanation.stream().map(text::render).toList();
    }
}
