package io.kubereach.engine;

import io.kubereach.model.AdminPolicy;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import io.kubereach.model.SourceGap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference engine: follows {@code netpol-semantics.md}, {@code policy-tiers.md} and
 * {@code cnipol-semantics.md} sentence by sentence, walking every policy for every question. Slow
 * on purpose; the indexed engine must agree with it.
 *
 * <p>One side of a connection (egress at the source pod, ingress at the destination pod) walks
 * the tiers of the snapshot's {@link TierPlan} in order: objects not evaluated, the Admin tier,
 * Calico's tiers, Cilium's deny rules, the NetworkPolicy tier (with Cilium's allow rules and
 * Calico's default tier), the Baseline tier; what none decides is allowed. A tier the source could
 * not read may decide anything, so what reaches it is unknown unless the other side denies.
 */
public final class LiteralEngine implements ReachabilityEngine {

    private final Exemptions exemptions;
    private final TierPlan plan;
    private final LiteralNetworkPolicyTier networkPolicies;
    private final LiteralAdminTier adminTiers;
    private final LiteralCiliumTier cilium;
    private final LiteralCalicoTiers calico;
    private final CniContext context;
    private final Unjudged unjudged;
    private final PolicyGaps gaps;

    public LiteralEngine(ClusterSnapshot snapshot, EngineOptions options) {
        CniContext context = new CniContext(snapshot);
        this.exemptions = new Exemptions(snapshot.nodes(), this::egressJudgedByCni);
        this.plan = TierPlan.of(snapshot);
        this.networkPolicies = new LiteralNetworkPolicyTier(snapshot, options);
        this.adminTiers = new LiteralAdminTier(snapshot);
        this.cilium = new LiteralCiliumTier(snapshot, context);
        this.calico = new LiteralCalicoTiers(snapshot, context);
        this.context = context;
        this.unjudged = new Unjudged(snapshot, context);
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
        Verdict.Exemption exemption = exemptions.of(src, dst);
        SideVerdict egress = side(src, dst, Direction.EGRESS, protocol, port);
        SideVerdict ingress = side(src, dst, Direction.INGRESS, protocol, port);
        Answer answer = exemption != Verdict.Exemption.NONE ? Answer.ALLOWED : egress.answer().and(ingress.answer());
        return new Verdict(src, dst, new PortProtocol(port, protocol), answer, exemption, egress, ingress, Caveats.of(src, dst, answer, egress, ingress));
    }

    /**
     * Whether a Cilium or Calico policy judges the pod's egress (a Cilium rule that isolates it or
     * denies some of it, a Calico policy that governs it), or an object not evaluated may judge it
     * toward the remote end: then its egress to its own node is judged, not exempt ({@link Exemptions}).
     */
    boolean egressJudgedByCni(Pod pod, Peer remote) {
        List<CiliumRules.Member> selecting = cilium.selecting(pod);
        if (CiliumRules.isolates(selecting, Direction.EGRESS) || selecting.stream().anyMatch(m -> !m.rule().denies(Direction.EGRESS).isEmpty())) {
            return true;
        }
        for (TierPlan.Slot slot : plan.slots()) {
            if ((slot.kind() == TierKind.CALICO || slot.kind() == TierKind.NETWORK_POLICY && plan.calico())
                    && !calico.applying(slot.name(), pod, Direction.EGRESS).isEmpty()) {
                return true;
            }
        }
        return !unjudged.deciding(pod, Direction.EGRESS, remote).isEmpty();
    }

    /** The pod whose policies judge a direction: the source for egress, the destination for ingress. */
    private static Optional<Pod> judged(Peer src, Peer dst, Direction direction) {
        Peer side = direction == Direction.EGRESS ? src : dst;
        return side instanceof Peer.PodPeer p ? Optional.of(p.pod()) : Optional.empty();
    }

    private SideSets sideSets(Peer src, Peer dst, Direction direction) {
        Optional<Pod> judged = judged(src, dst, direction);
        if (judged.isEmpty()) {
            return SideSets.ALL; // rule 5: an address outside the cluster has no side of its own
        }
        Pod pod = judged.get();
        Peer remote = direction == Direction.EGRESS ? dst : src;
        List<CiliumRules.Member> selecting = cilium.selecting(pod);
        CiliumRules.Matcher ciliumPeers = cilium.matcher(pod, remote);
        CalicoRules.Matcher calicoRules = calico.matcher(pod, remote);
        NamedPorts destination = NamedPorts.of(dst);
        List<Possibilities> tiers = new ArrayList<>();
        List<TierKind> kinds = new ArrayList<>();
        for (TierPlan.Slot slot : plan.slots()) {
            Optional<SourceGap> gap = gaps.of(slot.kind(), pod);
            Possibilities p;
            if (gap.isPresent()) {
                p = Possibilities.UNREAD;
            } else {
                p = switch (slot.kind()) {
                    case UNEVALUATED -> Unjudged.sets(unjudged.deciding(pod, direction, remote));
                    case ADMIN, BASELINE -> adminTiers.sets(adminTiers.applying(slot.kind(), pod, direction), remote, dst, direction);
                    case CALICO -> CalicoRules.sets(calico.applying(slot.name(), pod, direction), slot.denyUnmatched(), calicoRules,
                            direction, destination, context);
                    case CILIUM_DENY -> CiliumRules.denySets(selecting, ciliumPeers, direction, destination);
                    case NETWORK_POLICY -> networkPolicySets(slot, pod, selecting, ciliumPeers, calicoRules, remote, dst, direction);
                };
            }
            tiers.add(p);
            kinds.add(slot.kind());
        }
        return SideSets.walk(tiers, kinds);
    }

    /** Kubernetes NetworkPolicies and Cilium's allow rules, one union (rules 1, 4); with Calico, among the default tier's policies. */
    private Possibilities networkPolicySets(TierPlan.Slot slot, Pod pod, List<CiliumRules.Member> selecting,
            CiliumRules.Matcher ciliumPeers, CalicoRules.Matcher calicoRules, Peer remote, Peer dst, Direction direction) {
        List<NetworkPolicy> isolating = networkPolicies.isolating(pod, direction);
        ConnectionSet admitted = isolating.isEmpty() ? ConnectionSet.none() : networkPolicies.admitted(isolating, remote, dst, direction);
        CiliumRules.Admitted ciliumAdmitted = CiliumRules.admitted(selecting, ciliumPeers, direction, NamedPorts.of(dst));
        ConnectionSet certain = admitted.union(ciliumAdmitted.certain());
        List<CalicoPolicy> calicoApplying = plan.calico() ? calico.applying(slot.name(), pod, direction) : List.of();
        if (calicoApplying.isEmpty()) {
            return NetworkPolicyStep.unionSets(!isolating.isEmpty(), CiliumRules.isolates(selecting, direction), admitted, ciliumAdmitted,
                    slot.denyUnmatched());
        }
        int k = NetworkPolicyStep.groupPosition(calicoApplying);
        List<Possibilities.PolicySets> groups = new ArrayList<>();
        for (int i = 0; i < calicoApplying.size(); i++) {
            if (i == k) {
                groups.add(NetworkPolicyStep.unionGroup(certain, ciliumAdmitted.maybe()));
            }
            groups.add(CalicoRules.policySets(calicoApplying.get(i), calicoRules, direction, NamedPorts.of(dst), context));
        }
        if (k == calicoApplying.size()) {
            groups.add(NetworkPolicyStep.unionGroup(certain, ciliumAdmitted.maybe()));
        }
        return NetworkPolicyStep.orderedSets(groups, k, !isolating.isEmpty(), CiliumRules.isolates(selecting, direction), admitted,
                ciliumAdmitted.certain(), slot.denyUnmatched());
    }

    private SideVerdict side(Peer src, Peer dst, Direction direction, Protocol protocol, int port) {
        Optional<Pod> judged = judged(src, dst, direction);
        if (judged.isEmpty()) {
            return SideVerdict.external(direction);
        }
        Pod pod = judged.get();
        Peer remote = direction == Direction.EGRESS ? dst : src;
        List<NetworkPolicy> isolating = networkPolicies.isolating(pod, direction);
        List<RuleAdmission> admissions = networkPolicies.admissions(isolating, remote, dst, direction, protocol, port);
        List<String> names = isolating.stream().map(NetworkPolicy::qualifiedName).toList();
        List<CiliumRules.Member> selecting = cilium.selecting(pod);
        List<PolicyRef> ciliumIsolating = CiliumRules.isolating(selecting, direction);
        CiliumRules.Matcher ciliumPeers = cilium.matcher(pod, remote);
        CalicoRules.Matcher calicoRules = calico.matcher(pod, remote);
        NamedPorts destination = NamedPorts.of(dst);
        List<CalicoPolicy> defaultTier = plan.calico()
                ? calico.applying(plan.slot(TierKind.NETWORK_POLICY).orElseThrow().name(), pod, direction) : List.of();
        List<TierOutcome> walked = new ArrayList<>();
        for (TierPlan.Slot slot : plan.slots()) {
            if (!walked.isEmpty() && !walked.get(walked.size() - 1).fates().contains(TierOutcome.Fate.NEXT)) {
                break;
            }
            Optional<SourceGap> gap = gaps.of(slot.kind(), pod);
            TierOutcome outcome = switch (slot.kind()) {
                case UNEVALUATED -> Unjudged.outcome(unjudged.deciding(pod, direction, remote));
                case ADMIN, BASELINE -> {
                    List<AdminPolicy> applying = adminTiers.applying(slot.kind(), pod, direction);
                    yield gap.isPresent() ? TierOutcome.unread(slot.kind(), applying.stream().map(AdminOrder::ref).toList(),
                            new Uncertainty.Unread(gap.get()))
                            : adminTiers.outcome(slot.kind(), applying, remote, dst, direction, protocol, port);
                }
                case CALICO -> CalicoRules.outcome(TierKind.CALICO, slot.name(), calico.applying(slot.name(), pod, direction),
                        slot.denyUnmatched(), calicoRules, direction, destination, protocol, port, context);
                case CILIUM_DENY -> gap.isPresent() ? TierOutcome.unread(slot.kind(), List.of(), new Uncertainty.Unread(gap.get()))
                        : CiliumRules.denyOutcome(selecting, ciliumPeers, direction, destination, protocol, port);
                case NETWORK_POLICY -> {
                    if (gap.isPresent()) {
                        yield TierOutcome.unread(slot.kind(), slot.name(), List.of(), new Uncertainty.Unread(gap.get()));
                    }
                    List<OrderedTierWalk.RuleProbe> ciliumAdmissions = CiliumRules.admissions(selecting, ciliumPeers, direction,
                            destination, protocol, port);
                    if (defaultTier.isEmpty()) {
                        yield NetworkPolicyStep.union(slot.name(), names, admissions, ciliumIsolating, ciliumAdmissions,
                                slot.denyUnmatched());
                    }
                    yield OrderedTierWalk.walk(TierKind.NETWORK_POLICY, slot.name(), NetworkPolicyStep.defaultTierProbes(defaultTier,
                            names, admissions, selecting, ciliumAdmissions, direction,
                            (policy, rank) -> CalicoRules.probe(policy, rank, calicoRules, direction, destination, protocol, port, context)),
                            slot.denyUnmatched());
                }
            };
            walked.add(outcome);
        }
        boolean isolated = !names.isEmpty() || !ciliumIsolating.isEmpty() || !defaultTier.isEmpty();
        return NetworkPolicyStep.side(direction, isolated, names, admissions, walked);
    }
}
