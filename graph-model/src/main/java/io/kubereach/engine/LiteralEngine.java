package io.kubereach.engine;

import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.SourceGap;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference engine: follows {@code netpol-semantics.md} and {@code policy-tiers.md} sentence by
 * sentence, walking every policy for every question. Slow on purpose; the indexed engine must
 * agree with it.
 *
 * <p>One side of a connection (egress at the source pod, ingress at the destination pod) walks
 * the tiers in order: the Admin tier, the NetworkPolicies of the pod's namespace, the Baseline
 * tier; what none decides is allowed. A tier the source could not read may decide anything, so
 * what reaches it is unknown unless the other side denies.
 */
public final class LiteralEngine implements ReachabilityEngine {

    private final Exemptions exemptions;
    private final LiteralNetworkPolicyTier networkPolicies;
    private final LiteralAdminTier adminTiers;
    private final PolicyGaps gaps;

    public LiteralEngine(ClusterSnapshot snapshot, EngineOptions options) {
        this.exemptions = new Exemptions(snapshot.nodes());
        this.networkPolicies = new LiteralNetworkPolicyTier(snapshot, options);
        this.adminTiers = new LiteralAdminTier(snapshot);
        this.gaps = new PolicyGaps(snapshot);
    }

    public LiteralEngine(ClusterSnapshot snapshot) {
        this(snapshot, EngineOptions.DEFAULTS);
    }

    @Override
    public Reach reach(Peer src, Peer dst) {
        if (exemptions.of(src, dst) != Verdict.Exemption.NONE) {
            return Reach.all();
        }
        // rule 5: egress at the source AND ingress at the destination
        return SideSets.pair(sideSets(src, dst, Direction.EGRESS), sideSets(src, dst, Direction.INGRESS));
    }

    @Override
    public Verdict verdict(Peer src, Peer dst, Protocol protocol, int port) {
        List<Message> caveats = Caveats.of(src, dst);
        Verdict.Exemption exemption = exemptions.of(src, dst);
        SideVerdict egress = side(src, dst, Direction.EGRESS, protocol, port);
        SideVerdict ingress = side(src, dst, Direction.INGRESS, protocol, port);
        Answer answer = exemption != Verdict.Exemption.NONE ? Answer.ALLOWED : egress.answer().and(ingress.answer());
        return new Verdict(src, dst, protocol, port, answer, exemption, egress, ingress, caveats);
    }

    /** The pod whose policies judge a direction: the source for egress, the destination for ingress. */
    private static Optional<Pod> judged(Peer src, Peer dst, Direction direction) {
        Peer side = direction == Direction.EGRESS ? src : dst;
        return side instanceof Peer.PodPeer p ? Optional.of(p.pod()) : Optional.empty();
    }

    private SideSets sideSets(Peer src, Peer dst, Direction direction) {
        Optional<Pod> pod = judged(src, dst, direction);
        if (pod.isEmpty()) {
            return SideSets.ALL; // rule 5: an address outside the cluster has no side of its own
        }
        Peer remote = direction == Direction.EGRESS ? dst : src;
        List<Possibilities> tiers = new ArrayList<>();
        List<Boolean> clusterWide = new ArrayList<>();
        for (TierKind tier : TierKind.values()) {
            Optional<SourceGap> gap = gaps.of(tier, pod.get());
            Possibilities p;
            if (gap.isPresent()) {
                p = Possibilities.UNREAD;
            } else if (tier == TierKind.NETWORK_POLICY) {
                List<NetworkPolicy> isolating = networkPolicies.isolating(pod.get(), direction);
                // rule 1: not isolated, on to the next tier; isolated: the union of the rules decides (rule 4)
                p = isolating.isEmpty() ? Possibilities.NOT_APPLIED
                        : Possibilities.isolated(networkPolicies.admitted(isolating, remote, dst, direction));
            } else {
                p = adminTiers.sets(adminTiers.applying(tier, pod.get(), direction), remote, dst, direction);
            }
            tiers.add(p);
            clusterWide.add(tier.clusterWide());
        }
        return SideSets.walk(tiers, clusterWide);
    }

    private SideVerdict side(Peer src, Peer dst, Direction direction, Protocol protocol, int port) {
        Optional<Pod> pod = judged(src, dst, direction);
        if (pod.isEmpty()) {
            return SideVerdict.external(direction);
        }
        Peer remote = direction == Direction.EGRESS ? dst : src;
        List<NetworkPolicy> isolating = networkPolicies.isolating(pod.get(), direction);
        List<RuleAdmission> admissions = networkPolicies.admissions(isolating, remote, dst, direction, protocol, port);
        List<String> names = isolating.stream().map(NetworkPolicy::qualifiedName).toList();
        List<TierOutcome> walked = new ArrayList<>();
        for (TierKind tier : TierKind.values()) {
            if (!walked.isEmpty() && !walked.get(walked.size() - 1).fates().contains(TierOutcome.Fate.NEXT)) {
                break;
            }
            Optional<SourceGap> gap = gaps.of(tier, pod.get());
            TierOutcome outcome;
            if (tier == TierKind.NETWORK_POLICY) {
                outcome = gap.isPresent() ? TierOutcome.unread(tier, List.of(), new Uncertainty.Unread(gap.get()))
                        : NetworkPolicyStep.of(names, admissions);
            } else {
                List<AdminPolicy> applying = adminTiers.applying(tier, pod.get(), direction);
                outcome = gap.isPresent() ? TierOutcome.unread(tier, applying.stream().map(AdminOrder::ref).toList(),
                        new Uncertainty.Unread(gap.get()))
                        : adminTiers.outcome(tier, applying, remote, dst, direction, protocol, port);
            }
            walked.add(outcome);
        }
        return NetworkPolicyStep.side(direction, names, admissions, walked);
    }
}
