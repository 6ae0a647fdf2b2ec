package io.kubereach.engine;

import io.kubereach.model.Direction;
import io.kubereach.model.Protocol;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.List;

/**
 * Whether one connection may be set up, and why: the verdict carries its explanation as data.
 *
 * @param src the connecting side
 * @param dst the accepting side
 * @param protocol the protocol
 * @param port the destination port
 * @param answer whether the connection is allowed, denied, or unknown (never counted as allowed)
 * @param exemption a rule that allows it whatever the policies say, or {@link Exemption#NONE}
 * @param egress what egress at the source decided
 * @param ingress what ingress at the destination decided
 * @param caveatMessages facts that make the verdict less certain (hostNetwork pods, …), as messages
 */
public record Verdict(
        Peer src,
        Peer dst,
        Protocol protocol,
        int port,
        Answer answer,
        Exemption exemption,
        SideVerdict egress,
        SideVerdict ingress,
        List<Message> caveatMessages) {

    /** Connections that NetworkPolicy never judges. */
    public enum Exemption {
        /** Policies decide. */
        NONE,
        /** A pod reaching itself, over lo or its own IP (rule 18). */
        SAME_POD,
        /** A pod and the node it runs on (rule 19). */
        OWN_NODE,
        /** Two addresses outside the cluster: not the cluster's business. */
        BOTH_EXTERNAL
    }

    public Verdict {
        caveatMessages = List.copyOf(caveatMessages);
    }

    /** Whether the connection is known to be allowed. */
    public boolean allowed() {
        return answer == Answer.ALLOWED;
    }

    /** Whether it cannot be judged whether the connection is allowed. */
    public boolean unknown() {
        return answer == Answer.UNKNOWN;
    }

    /** What could not be judged, on either side, when the answer is unknown. */
    public List<Uncertainty> uncertainties() {
        if (answer != Answer.UNKNOWN) {
            return List.of();
        }
        List<Uncertainty> out = new java.util.ArrayList<>(egress.uncertainties());
        ingress.uncertainties().stream().filter(u -> !out.contains(u)).forEach(out::add);
        return out;
    }

    /** The caveats in English, one sentence each. */
    public List<String> caveats() {
        return MessageText.english(caveatMessages);
    }

    /** The side for a direction. */
    public SideVerdict side(Direction direction) {
        return direction == Direction.EGRESS ? egress : ingress;
    }
}
