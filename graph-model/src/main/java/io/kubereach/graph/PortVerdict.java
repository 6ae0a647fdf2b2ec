package io.kubereach.graph;

import io.kubereach.engine.Answer;
import io.kubereach.engine.PolicyLanguage;
import io.kubereach.engine.SideVerdict;
import io.kubereach.engine.TierKind;
import io.kubereach.engine.TierStep;
import io.kubereach.engine.Verdict;
import io.kubereach.model.PortProtocol;
import io.kubereach.text.Language;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Set;

/**
 * The verdict for one port between one pair of pods (or a pod and an address) behind a traffic edge.
 *
 * @param from the connecting pod or address
 * @param to the accepting pod or address
 * @param port the destination port and its protocol
 * @param answer whether the connection is allowed, denied, or cannot be judged
 * @param explanation the engine's explanation as messages, one sentence per fact (both sides, caveats)
 * @param egress what egress at the source decided, with its tier walk
 * @param ingress what ingress at the destination decided, with its tier walk
 * @param decidingTiers the kinds of tier that decided it ({@link io.kubereach.engine.Verdict#decidingTiers})
 * @param decidingLanguages the languages of the policies that decided it — what the app shows as a badge on the line:
 *     the rules that allowed it on each side, or that denied it on the side the denial is counted to; none when it is
 *     unknown, exempt, or allowed because nothing isolates ({@link io.kubereach.engine.Verdict#decidingLanguages})
 */
public record PortVerdict(String from, String to, PortProtocol port, Answer answer, List<Message> explanation,
        SideVerdict egress, SideVerdict ingress, Set<TierKind> decidingTiers, Set<PolicyLanguage> decidingLanguages) {

    public PortVerdict {
        explanation = List.copyOf(explanation);
        decidingTiers = Set.copyOf(decidingTiers);
        decidingLanguages = Set.copyOf(decidingLanguages);
    }

    /** The verdict of one port, with its explanation in messages. */
    public static PortVerdict of(String from, String to, Verdict verdict, List<Message> explanation) {
        return new PortVerdict(from, to, verdict.port(), verdict.answer(), explanation, verdict.egress(),
                verdict.ingress(), verdict.decidingTiers(), verdict.decidingLanguages());
    }

    /** The tiers egress at the source walked (empty for an address outside the cluster). */
    public List<TierStep> egressWalk() {
        return egress.steps();
    }

    /** The tiers ingress at the destination walked (empty for an address outside the cluster). */
    public List<TierStep> ingressWalk() {
        return ingress.steps();
    }

    /** Whether the connection is known to be allowed. */
    public boolean allowed() {
        return answer == Answer.ALLOWED;
    }

    /** The explanation in a language, one sentence per fact. */
    public List<String> reasons(Language language) {
        MessageText text = MessageText.in(language);
        return explanation.stream().map(text::render).toList();
    }
}
