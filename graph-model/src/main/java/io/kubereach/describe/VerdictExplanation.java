package io.kubereach.describe;

import io.kubereach.engine.Peer;
import io.kubereach.engine.RuleAdmission;
import io.kubereach.engine.SideVerdict;
import io.kubereach.engine.Verdict;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.text.Language;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Puts a verdict's explanation into sentences: who isolates each side, which rule admits, or that none does. */
public final class VerdictExplanation {

    private final ClusterSnapshot snapshot;

    public VerdictExplanation(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** One sentence per fact, both sides and the caveats, in English (the command line's words). */
    public List<String> lines(Verdict v) {
        MessageText english = MessageText.in(Language.ENGLISH);
        return messages(v).stream().map(english::render).toList();
    }

    /** One sentence per fact, both sides and the caveats, as messages to render in any language. */
    public List<Message> messages(Verdict v) {
        List<Message> out = new ArrayList<>();
        switch (v.exemption()) {
            case SAME_POD -> out.add(Message.of("explain.samePod"));
            case OWN_NODE -> out.add(Message.of("explain.ownNode"));
            case BOTH_EXTERNAL -> out.add(Message.of("explain.bothExternal"));
            default -> {
                out.add(side(v, v.egress(), v.src()));
                out.addAll(closest(v, v.egress()));
                out.add(side(v, v.ingress(), v.dst()));
                out.addAll(closest(v, v.ingress()));
            }
        }
        v.caveatMessages().forEach(c -> out.add(Message.of("explain.caveat", c)));
        return out;
    }

    /**
     * For a side that NetworkPolicies isolate and no rule of theirs admits: the rules that came
     * closest and what the connection lacked to match each.
     */
    private List<Message> closest(Verdict v, SideVerdict side) {
        if (side.status() != SideVerdict.Status.ISOLATED || !side.admittedBy().isEmpty() || side.answer() == io.kubereach.engine.Answer.ALLOWED) {
            return List.of();
        }
        return new ClosestRules(snapshot).of(side.isolatingPolicies(), side.direction(), v.src(), v.dst(), v.port().number(), v.port().protocol()).stream()
                .map(m -> Message.of("explain.closest", m.policy(), direction(side.direction()), String.valueOf(m.rule() + 1),
                        joinedLacks(m.lacks())))
                .toList();
    }

    /** What a connection lacked, one phrase after the other. */
    static Message joinedLacks(List<Message> lacks) {
        return joined("explain.lackJoin", lacks);
    }

    private Message side(Verdict v, SideVerdict side, Peer judged) {
        Message direction = direction(side.direction());
        String at = judged.toString();
        if (side.status() != SideVerdict.Status.EXTERNAL && TierStepText.needed(side)) {
            return TierStepText.of(side, direction, at, v.port().toString(),
                    a -> admission(a, side.direction(), v.dst()));
        }
        switch (side.status()) {
            case EXTERNAL:
                return Message.of("explain.external", direction, at);
            case NOT_ISOLATED:
                return Message.of("explain.notIsolated", direction, at, side.direction().apiName());
            default:
                break;
        }
        Message policies = joined("explain.policyJoin", side.isolatingPolicies().stream().map(Message::verbatim).toList());
        if (side.admittedBy().isEmpty()) {
            Peer remote = side.direction() == Direction.EGRESS ? v.dst() : v.src();
            return Message.of("explain.isolatedNoRule", direction, at, policies, remote.toString(),
                    v.port().toString());
        }
        List<Message> reasons = side.admittedBy().stream().map(a -> admission(a, side.direction(), v.dst())).toList();
        return Message.of("explain.isolatedAdmitted", direction, at, policies, joined("explain.admissionJoin", reasons));
    }

    private static Message direction(Direction direction) {
        return Message.of(direction == Direction.EGRESS ? "direction.egress" : "direction.ingress");
    }

    /** Items folded left with a two-place template: {@code join(join(a, b), c)}. */
    private static Message joined(String key, List<Message> items) {
        if (items.isEmpty()) {
            return Message.verbatim("");
        }
        Message out = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            out = Message.of(key, out, items.get(i));
        }
        return out;
    }

    private Message admission(RuleAdmission a, Direction direction, Peer destination) {
        Optional<PolicyRule> rule = policy(a.policy()).map(p -> p.rules(direction).get(a.rule()));
        Message peer;
        if (a.peer() < 0) {
            peer = Message.of("explain.everyPeer");
        } else {
            String number = String.valueOf(a.peer() + 1);
            peer = rule.map(r -> Message.of("explain.peerIs", number, peer(r.peers().get(a.peer()))))
                    .orElseGet(() -> Message.of("explain.peer", number));
        }
        Message port;
        if (a.port() < 0) {
            port = Message.of("explain.everyPort");
        } else {
            String number = String.valueOf(a.port() + 1);
            port = rule.map(r -> Message.of("explain.portIs", number, port(r.ports().get(a.port()), destination)))
                    .orElseGet(() -> Message.of("explain.port", number));
        }
        return Message.of("explain.admission", a.policy(), direction(direction), String.valueOf(a.rule() + 1), peer, port);
    }

    /** A port entry; a named port also says what it resolves to on the destination pod (rule 16). */
    private static Message port(PolicyPort entry, Peer destination) {
        if (entry.port() instanceof PortSpec.Named named && destination instanceof Peer.PodPeer pod) {
            return pod.pod().namedPort(named.name(), entry.protocol())
                    .map(n -> Message.of("explain.namedPort", entry.toString(), String.valueOf(n), pod.pod().ref().toString()))
                    .orElse(Message.verbatim(entry.toString()));
        }
        return Message.verbatim(entry.toString());
    }

    private Optional<NetworkPolicy> policy(String qualifiedName) {
        return snapshot.policies().stream().filter(p -> p.qualifiedName().equals(qualifiedName)).findFirst();
    }

    /** A peer in the words of its manifest: {@code podSelector role=frontend}, {@code ipBlock 10.0.0.0/8 except …}. */
    public static String peer(PolicyPeer peer) {
        if (peer instanceof PolicyPeer.Addresses a) {
            String except = a.block().except().isEmpty() ? "" : " except " + a.block().except();
            return "ipBlock " + a.block().cidr() + except;
        }
        PolicyPeer.Selectors s = (PolicyPeer.Selectors) peer;
        List<String> parts = new ArrayList<>();
        s.namespaceSelector().ifPresent(n -> parts.add("namespaceSelector " + n));
        s.podSelector().ifPresent(p -> parts.add("podSelector " + p));
        return String.join(" AND ", parts);
    }
}
