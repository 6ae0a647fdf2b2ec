package io.kubereach.describe;

import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.text.Message;
import io.kubereach.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link PolicyDescription} into sentences, the way a teacher walks through a policy:
 * what it selects (and what that is now), which directions it isolates, what each rule admits,
 * and the traps.
 */
public final class PolicySentences {

    private PolicySentences() {
    }

    /** The description as sentences, ready for {@link MessageText}. */
    public static List<Sentence> of(PolicyDescription description) {
        NetworkPolicy policy = description.policy();
        List<Sentence> out = new ArrayList<>();
        out.add(new Sentence(0, Message.of("describe.title", policy.qualifiedName())));
        out.add(new Sentence(0, selection(description)));
        out.add(new Sentence(0, isolation(policy)));
        if (!policy.policyTypesDeclared()) {
            out.add(new Sentence(0, Message.of("describe.policyTypesImplied", policyTypes(policy))));
        }
        direction(description, Direction.INGRESS, out);
        direction(description, Direction.EGRESS, out);
        if (!description.traps().isEmpty()) {
            out.add(new Sentence(0, Message.of("describe.traps")));
            description.traps().forEach(t -> out.add(new Sentence(1, t.message())));
        }
        return out;
    }

    private static Message selection(PolicyDescription description) {
        NetworkPolicy policy = description.policy();
        Message selects = policy.podSelector().isEmpty()
                ? Message.of("describe.selectsAll", policy.namespace())
                : Message.of("describe.selects", Phrases.selector(policy.podSelector()), policy.namespace());
        if (description.selectedPods().isEmpty()) {
            return Message.of("describe.selectedNone", selects);
        }
        return Message.of("describe.selectedNow", selects, description.selectedPods().size(),
                Phrases.pods(description.selectedPods(), policy.namespace()));
    }

    private static Message isolation(NetworkPolicy policy) {
        boolean in = policy.isolates(Direction.INGRESS);
        boolean out = policy.isolates(Direction.EGRESS);
        if (in && out) {
            return Message.of("describe.isolatesBoth");
        }
        if (in) {
            return Message.of("describe.isolatesIngress");
        }
        return out ? Message.of("describe.isolatesEgress") : Message.of("describe.isolatesNothing");
    }

    private static Message policyTypes(NetworkPolicy policy) {
        List<String> names = new ArrayList<>();
        for (Direction d : Direction.values()) {
            if (policy.isolates(d)) {
                names.add(d.apiName());
            }
        }
        return Message.verbatim("[" + String.join(", ", names) + "]");
    }

    private static void direction(PolicyDescription description, Direction direction, List<Sentence> out) {
        NetworkPolicy policy = description.policy();
        boolean ingress = direction == Direction.INGRESS;
        List<RuleDescription> rules = description.rules(direction);
        if (!policy.isolates(direction)) {
            if (!rules.isEmpty()) {
                out.add(new Sentence(0, Message.of(ingress ? "describe.ingressIgnored" : "describe.egressIgnored")));
            }
            return;
        }
        if (rules.isEmpty()) {
            out.add(new Sentence(0, Message.of(ingress ? "describe.ingressNone" : "describe.egressNone")));
            return;
        }
        out.add(new Sentence(0, Message.of(ingress ? "describe.ingressRules" : "describe.egressRules")));
        for (RuleDescription rule : rules) {
            Message line = rule.allPorts()
                    ? Message.of(ingress ? "rule.ingressAllPorts" : "rule.egressAllPorts")
                    : Message.of(ingress ? "rule.ingressPorts" : "rule.egressPorts", Phrases.ports(rule.ports(), policy.namespace()));
            out.add(new Sentence(1, line));
            if (rule.allPeers()) {
                out.add(new Sentence(2, Message.of("peer.everyone")));
            }
            rule.peers().forEach(p -> out.add(new Sentence(2, Phrases.peerNow(p))));
        }
    }
}
