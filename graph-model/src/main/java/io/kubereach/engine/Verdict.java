package io.kubereach.engine;

import io.kubereach.model.Direction;
import io.kubereach.model.PortProtocol;
import io.kubereach.text.Message;
import java.util.List;

/**
 * Whether one connection may be set up, and why: the verdict carries its explanation as data.
 *
 * @param src the connecting side
 * @param dst the accepting side
 * @param port the destination port and its protocol
 * @param answer whether the connection is allowed, denied, or unknown (never counted as allowed)
 * @param exemption a rule that allows it whatever the policies say, or {@link Exemption#NONE}
 * @param egress what egress at the source decided
 * @param ingress what ingress at the destination decided
 * @param caveatMessages facts that make the verdict less certain (hostNetwork pods, …), as messages
 */
public record Verdict(
        Peer src,
        Peer dst,
        PortProtocol port,
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

    /**
     * The kinds of tier that decided the connection: the tier that allowed it on each side of an
     * allowed connection, the tier that denied it on the side the denial is counted to (the
     * source's when egress denies, else the destination's). Only walks known at every step count;
     * none for an exempt or unknown connection, or a side no tier decided (allowed by default).
     * {@link Reach#decidedBy} holds the same as sets.
     */
    public java.util.Set<TierKind> decidingTiers() {
        java.util.Set<TierKind> out = java.util.EnumSet.noneOf(TierKind.class);
        decidingSteps().forEach(s -> out.add(s.tier()));
        return out;
    }

    /**
     * The languages of the policies that decided the connection ({@link #decidingTiers}): those of
     * the rules that matched, or for a default denial those of the policies that isolate.
     */
    public java.util.Set<PolicyLanguage> decidingLanguages() {
        java.util.Set<PolicyLanguage> out = java.util.EnumSet.noneOf(PolicyLanguage.class);
        deciders().forEach(d -> out.add(d.language()));
        return out;
    }

    /**
     * Who decided the connection, each deciding step's tier with the languages that decided there
     * ({@link #decidingLanguages}), in walking order. {@link Reach#decidedBy} holds the same as sets.
     */
    public java.util.SortedSet<Decider> deciders() {
        java.util.SortedSet<Decider> out = new java.util.TreeSet<>();
        for (TierStep step : decidingSteps()) {
            List<RuleHit> hits = step.hits().stream().filter(RuleHit::certain).toList();
            if (hits.isEmpty()) {
                step.policies().forEach(p -> out.add(new Decider(step.tier(), p.language())));
            } else {
                hits.forEach(h -> out.add(new Decider(step.tier(), h.policy().language())));
            }
        }
        return out;
    }

    private List<TierStep> decidingSteps() {
        if (exemption != Exemption.NONE || answer == Answer.UNKNOWN) {
            return List.of();
        }
        List<TierStep> out = new java.util.ArrayList<>();
        if (answer == Answer.ALLOWED) {
            lastStep(egress, StepResult.ALLOWED).ifPresent(out::add);
            lastStep(ingress, StepResult.ALLOWED).ifPresent(out::add);
        } else {
            lastStep(egress.answer() == Answer.DENIED ? egress : ingress, StepResult.DENIED).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<TierStep> lastStep(SideVerdict side, StepResult result) {
        if (side.steps().isEmpty() || side.steps().stream().anyMatch(s -> s.result() == StepResult.UNKNOWN)) {
            return java.util.Optional.empty();
        }
        TierStep last = side.steps().get(side.steps().size() - 1);
        return last.result() == result ? java.util.Optional.of(last) : java.util.Optional.empty();
    }

    /** The side for a direction. */
    public SideVerdict side(Direction direction) {
        return direction == Direction.EGRESS ? egress : ingress;
    }
}
