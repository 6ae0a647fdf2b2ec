package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.PortSet;
import io.kubereach.engine.RuleHit;
import io.kubereach.engine.SideVerdict;
import io.kubereach.engine.StepResult;
import io.kubereach.engine.TierKind;
import io.kubereach.engine.TierStep;
import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Direction;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.PolicySubject;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The cluster-wide half of "what would allow it": a side refused by an Admin-tier Deny cannot be
 * admitted by any NetworkPolicy (the Admin tier is walked first and its Deny is final), so the
 * proposal is a new policy of the same kind in the Admin tier, tried before the deciding one
 * (a lower priority number, unused so that the order is defined), whose subject is exactly the
 * refusing side's pods and whose one Allow rule names exactly the other side's pods and the
 * ports wanted. The same policy admits a side refused at the Baseline when a NetworkPolicy would
 * change other lines (it would isolate the pods).
 */
final class TierProposal {

    /** The highest priority an Admin-tier policy may have. */
    static final int LOWEST_PRECEDENCE = 1000;

    private TierProposal() {
    }

    /** The Admin-tier Deny that decided one of the side's verdicts, if any. */
    static Optional<RuleHit> adminDenial(List<SideVerdict> verdicts) {
        return decidingHits(verdicts, TierKind.ADMIN, StepResult.DENIED).stream().findFirst();
    }

    /** The Baseline-tier Deny that decided one of the side's verdicts, if any. */
    static Optional<RuleHit> baselineDenial(List<SideVerdict> verdicts) {
        return decidingHits(verdicts, TierKind.BASELINE, StepResult.DENIED).stream().findFirst();
    }

    /**
     * The priority for a new Admin-tier policy that is tried before every Admin-tier rule that
     * denied or passed one of the side's verdicts: the highest free number below them all; empty
     * when every number below is taken.
     */
    static OptionalInt priorityBefore(List<SideVerdict> verdicts, List<AdminPolicy> policies) {
        int limit = LOWEST_PRECEDENCE + 1;
        for (RuleHit hit : decidingHits(verdicts, TierKind.ADMIN, StepResult.DENIED)) {
            limit = Math.min(limit, hit.policy().priority().orElse(LOWEST_PRECEDENCE));
        }
        for (RuleHit hit : decidingHits(verdicts, TierKind.ADMIN, StepResult.PASSED)) {
            limit = Math.min(limit, hit.policy().priority().orElse(LOWEST_PRECEDENCE));
        }
        Set<Integer> taken = new HashSet<>();
        policies.stream().filter(p -> p.tier() == AdminPolicy.Tier.ADMIN).forEach(p -> taken.add(p.priority()));
        for (int priority = limit - 1; priority >= 0; priority--) {
            if (!taken.contains(priority)) {
                return OptionalInt.of(priority);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * An Admin-tier policy of {@code kind} that allows, on {@code direction}'s side, exactly the
     * traffic from (ingress) or to (egress) the pods {@code others} into or out of the pods
     * {@code own}; empty when no selector names either set of pods apart from the rest.
     */
    static Optional<AdminPolicy> allowing(ProposalSides sides, AdminPolicy.Kind kind, String name, int priority, ConnectionSet wanted) {
        Optional<PolicySubject.Pods> subject = subject(sides);
        Optional<AdminPeer.Pods> peer = peer(sides);
        if (subject.isEmpty() || peer.isEmpty()) {
            return Optional.empty();
        }
        AdminRule rule = new AdminRule("allow-" + sides.otherName(), RuleAction.ALLOW, List.of(peer.get()), ports(wanted));
        boolean ingress = sides.direction() == Direction.INGRESS;
        return Optional.of(new AdminPolicy(kind, name, AdminPolicy.Tier.ADMIN, priority, subject.get(),
                ingress ? List.of(rule) : List.of(), ingress ? List.of() : List.of(rule)));
    }

    /** {@code allow-<source>-to-<destination>}, unused among the cluster-wide policies of that kind. */
    static String name(ProposalSides sides, AdminPolicy.Kind kind, List<AdminPolicy> policies) {
        String base = ProposalSides.dnsName("allow-" + sides.sourceName() + "-to-" + sides.targetName()
                + (sides.direction() == Direction.EGRESS ? "-egress" : ""));
        Set<String> used = new HashSet<>();
        policies.stream().filter(p -> p.kind() == kind).forEach(p -> used.add(p.name()));
        String name = base;
        for (int n = 2; used.contains(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private static List<RuleHit> decidingHits(List<SideVerdict> verdicts, TierKind tier, StepResult result) {
        List<RuleHit> out = new ArrayList<>();
        for (SideVerdict verdict : verdicts) {
            for (TierStep step : verdict.steps()) {
                if (step.tier() == tier && step.result() == result) {
                    out.addAll(step.hits());
                }
            }
        }
        return out;
    }

    private static Optional<PolicySubject.Pods> subject(ProposalSides sides) {
        PolicySubject.Pods subject = new PolicySubject.Pods(byName(sides.ownNamespace()), LabelSelector.of(sides.ownLabels()));
        boolean exact = sides.allPods().stream()
                .filter(p -> subject.selects(p, sides.namespace(p.namespace()))).allMatch(sides.own()::contains);
        return exact ? Optional.of(subject) : Optional.empty();
    }

    private static Optional<AdminPeer.Pods> peer(ProposalSides sides) {
        AdminPeer.Pods peer = new AdminPeer.Pods(byName(sides.otherNamespace()), LabelSelector.of(sides.otherLabels()));
        boolean exact = sides.allPods().stream().filter(p -> !p.hostNetwork()
                && peer.namespaces().matches(sides.namespace(p.namespace()).labels()) && peer.pods().matches(p.labels()))
                .allMatch(sides.others()::contains);
        return exact ? Optional.of(peer) : Optional.empty();
    }

    private static LabelSelector byName(String namespace) {
        return LabelSelector.of(Map.of(Namespace.NAME_LABEL, namespace));
    }

    /** The ports as port entries: none (every port) when every port is wanted, else one range each. */
    private static List<AdminPort> ports(ConnectionSet wanted) {
        if (wanted.isAll()) {
            return List.of();
        }
        List<AdminPort> out = new ArrayList<>();
        for (Map.Entry<Protocol, PortSet> e : wanted.byProtocol().entrySet()) {
            for (int[] interval : e.getValue().intervals()) {
                out.add(new AdminPort.Numbers(e.getKey(), Math.max(1, interval[0]), Math.min(65535, interval[1])));
            }
        }
        return out;
    }
}
