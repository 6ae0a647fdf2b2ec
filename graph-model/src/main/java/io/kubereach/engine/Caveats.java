package io.kubereach.engine;

import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;

/** Facts about the two ends, and about the rules that allowed, that make a verdict less certain than it reads. */
final class Caveats {

    private Caveats() {
    }

    static List<Message> of(Peer src, Peer dst) {
        List<Message> out = new ArrayList<>();
        hostNetwork(src, out);
        if (!dst.equals(src)) {
            hostNetwork(dst, out);
        }
        return out;
    }

    /** The ends' caveats, and for an allowed connection the rules that allow it at L4 only. */
    static List<Message> of(Peer src, Peer dst, Answer answer, SideVerdict egress, SideVerdict ingress) {
        List<Message> out = of(src, dst);
        if (answer == Answer.ALLOWED) {
            filtered(egress, out);
            filtered(ingress, out);
        }
        return out;
    }

    /** Rule 20: most CNIs neither isolate hostNetwork pods nor show their traffic as coming from the pod. */
    private static void hostNetwork(Peer peer, List<Message> out) {
        if (peer instanceof Peer.PodPeer p && p.pod().hostNetwork()) {
            out.add(Message.of("caveat.hostNetwork", p.pod().ref().toString()));
        }
    }

    /**
     * A side allowed only by rules that something above L4 filters (a Cilium L7 rule or required
     * authentication, a Calico {@code http} match): the connection opens, requests may still be refused.
     */
    private static void filtered(SideVerdict side, List<Message> out) {
        if (side.steps().isEmpty()) {
            return;
        }
        TierStep last = side.steps().get(side.steps().size() - 1);
        if (last.result() != StepResult.ALLOWED) {
            return;
        }
        List<RuleHit> allowing = last.hits().stream().filter(h -> h.certain() && h.action() == io.kubereach.model.RuleAction.ALLOW).toList();
        if (!allowing.isEmpty() && allowing.stream().allMatch(RuleHit::filtered)) {
            RuleHit hit = allowing.get(0);
            out.add(Message.of("caveat.filteredAbove", hit.policy().kind(), hit.policy().name(), String.valueOf(hit.rule() + 1)));
        }
    }
}
