package io.kubereach.engine;

import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.Direction;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import io.kubereach.model.SourceGap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one side decides, from the index: egress at a source class, or ingress at a destination
 * class, toward a remote end that is a pod class or an address range (on the judged pod's own
 * node or not, which Cilium's {@code host} entity tells apart). The remote end is given as a
 * {@link Remote} kind and an id, so the hot paths allocate little but their answers. The side
 * walks the tiers of the snapshot's {@link TierPlan}; a class that no cluster-wide, Cilium or Calico
 * policy applies to, no object not evaluated covers and no gap concerns takes the NetworkPolicy
 * shortcut. Immutable and so safe for any number of threads.
 */
final class IndexedSides {

    /** What the id of the remote end numbers. */
    enum Remote {
        /** A pod class of the {@link PodClassIndex}. */
        POD_CLASS,
        /** An address range of the {@link AddressRanges}. */
        ADDRESS_RANGE
    }

    private final PodClassIndex classes;
    private final ClassIsolation isolation;
    private final AdminIndex admin;
    private final PolicyGaps gaps;
    private final TierPlan plan;
    private final List<TierKind> kinds;
    private final CiliumIndex cilium;
    private final CalicoIndex calico;
    private final UnjudgedIndex unjudged;
    private final CniContext context;
    private final IndexedAdminSides adminSides;

    IndexedSides(PodClassIndex classes, ClassIsolation isolation, AdminIndex admin, PolicyGaps gaps, TierPlan plan, CiliumIndex cilium,
            CalicoIndex calico, UnjudgedIndex unjudged, CniContext context) {
        this.classes = classes;
        this.isolation = isolation;
        this.admin = admin;
        this.gaps = gaps;
        this.plan = plan;
        this.kinds = plan.slots().stream().map(TierPlan.Slot::kind).toList();
        this.cilium = cilium;
        this.calico = calico;
        this.unjudged = unjudged;
        this.context = context;
        this.adminSides = new IndexedAdminSides(classes);
    }

    /**
     * Every connection the side allows, and those it may allow or deny.
     *
     * @param direction egress (judged = source) or ingress (judged = destination)
     * @param judged the class whose policies decide
     * @param kind what the remote end is
     * @param remote the remote end's class or range
     * @param sameNode whether the remote end is on the judged pod's own node
     */
    SideSets sets(Direction direction, int judged, Remote kind, int remote, boolean sameNode) {
        PodClass pod = classes.get(judged);
        boolean podRemote = kind == Remote.POD_CLASS;
        if (gaps.isEmpty() && cniFree(direction, judged, podRemote, remote) && adminFree(direction, judged, kind, remote)) {
            return isolation.isolated(direction, judged) ? SideSets.allowedOnly(admitted(direction, judged, kind, remote)) : SideSets.ALL;
        }
        int destination = destinationClass(direction, judged, kind, remote);
        NamedPorts named = destination >= 0 ? classes.get(destination).namedPorts() : NamedPorts.NONE;
        List<CiliumRules.Member> selecting = cilium.distinct(judged);
        CiliumRules.Matcher ciliumPeers = cilium.matcher(podRemote, remote, sameNode);
        CalicoRules.Matcher calicoRules = calico.matcher(judged, podRemote, remote);
        List<TierPlan.Slot> slots = plan.slots();
        boolean read = gaps.isEmpty();
        return SideSets.walk(i -> {
            TierPlan.Slot slot = slots.get(i);
            if (!read && gaps.of(slot.kind(), pod.namespace(), pod.hostNetwork()).isPresent()) {
                return Possibilities.UNREAD;
            }
            return switch (slot.kind()) {
                case UNEVALUATED -> Unjudged.sets(unjudged.deciding(direction, judged, podRemote, remote));
                case ADMIN, BASELINE -> adminSides.sets(admin.applying(slot.kind(), direction, judged), direction, judged, kind, remote);
                case CALICO -> CalicoRules.sets(calico.distinct(slot.name(), direction, judged), slot.denyUnmatched(), calicoRules,
                        direction, named, context);
                case CILIUM_DENY -> CiliumRules.denySets(selecting, ciliumPeers, direction, named);
                case NETWORK_POLICY -> networkPolicySets(slot, direction, judged, kind, remote, selecting, ciliumPeers, calicoRules, named);
            };
        }, kinds);
    }

    /**
     * Every bit set {@link #sets} may test a remote end of this kind against on the side of a judged
     * class: the peers of its isolating NetworkPolicy rules, of the cluster-wide rules, Cilium rules
     * and Calico policies that apply to it, and for a range the objects not evaluated. What else it
     * reads of a remote class are its families, host network and, as the destination, named ports;
     * of a range its family ({@link RemoteGroups}).
     */
    void remoteBits(Direction direction, int judged, Remote kind, Consumer<BitSet> sink) {
        boolean pod = kind == Remote.POD_CLASS;
        for (IndexedRule rule : isolation.rules(direction, judged)) {
            sink.accept(pod ? rule.remote().classes() : rule.remote().ranges());
        }
        for (TierKind tier : List.of(TierKind.ADMIN, TierKind.BASELINE)) {
            for (AdminIndex.IndexedAdminPolicy policy : admin.applying(tier, direction, judged)) {
                policy.rules(direction).forEach(rule -> rule.remote().forEach(b -> sink.accept(pod ? b.classes() : b.ranges())));
            }
        }
        cilium.remoteBits(direction, judged, pod, sink);
        calico.remoteBits(direction, judged, pod, sink);
        if (!pod) {
            unjudged.rangeBits(sink);
        }
    }

    /**
     * The side's facts on one (protocol, port), as {@link #explain} would give them: from the
     * NetworkPolicy sets alone where no Cilium rule, Calico policy or object not evaluated has a
     * say, no cluster-wide rule can match the remote end and every tier was read (then
     * NetworkPolicies decide alone), else from the explanation.
     */
    SideFacts facts(Direction direction, int judged, Remote kind, int remote, boolean sameNode, Protocol protocol, int port) {
        return facts(direction, judged, kind, remote, sameNode, List.of(new PortProtocol(port, protocol))).get(0);
    }

    /**
     * The side's facts on each of several connections, as {@link #facts(Direction, int, Remote, int, boolean, Protocol, int)}
     * gives them one by one; where NetworkPolicies decide alone, what the side admits is worked out once for all.
     */
    List<SideFacts> facts(Direction direction, int judged, Remote kind, int remote, boolean sameNode, List<PortProtocol> connections) {
        boolean alone = gaps.isEmpty() && cniFree(direction, judged, kind == Remote.POD_CLASS, remote)
                && adminFree(direction, judged, kind, remote);
        List<SideFacts> out = new ArrayList<>(connections.size());
        if (!alone) {
            connections.forEach(c -> out.add(SideFacts.of(explain(direction, judged, kind, remote, sameNode, c.protocol(), c.number()))));
            return out;
        }
        boolean isolated = isolation.isolated(direction, judged);
        ConnectionSet admittedSet = isolated ? admitted(direction, judged, kind, remote) : ConnectionSet.none();
        for (PortProtocol c : connections) {
            boolean admitted = isolated && admittedSet.contains(c.protocol(), c.number());
            out.add(SideFacts.of(!isolated || admitted, isolated, admitted));
        }
        return out;
    }

    /** Whether no Cilium rule, Calico policy or object not evaluated has a say on this side. */
    private boolean cniFree(Direction direction, int judged, boolean podRemote, int remote) {
        return cilium.selecting(judged).isEmpty() && !calico.any(direction, judged) && unjudged.coversNoClass(direction, judged)
                && (podRemote || !unjudged.coversRange(remote));
    }

    /** Whether no applying cluster-wide rule can match the remote end: such a tier hands everything on, as if it did not apply. */
    private boolean adminFree(Direction direction, int judged, Remote kind, int remote) {
        return admin.isEmpty() || !IndexedAdminSides.anyRuleMayMatch(admin.applying(TierKind.ADMIN, direction, judged), direction, kind, remote)
                && !IndexedAdminSides.anyRuleMayMatch(admin.applying(TierKind.BASELINE, direction, judged), direction, kind, remote);
    }

    /** Kubernetes NetworkPolicies and Cilium's allow rules, one union (rules 1, 4); with Calico, among the default tier's policies. */
    private Possibilities networkPolicySets(TierPlan.Slot slot, Direction direction, int judged, Remote kind, int remote,
            List<CiliumRules.Member> selecting, CiliumRules.Matcher ciliumPeers, CalicoRules.Matcher calicoRules, NamedPorts named) {
        boolean npIsolated = isolation.isolated(direction, judged);
        ConnectionSet admitted = npIsolated ? admitted(direction, judged, kind, remote) : ConnectionSet.none();
        CiliumRules.Admitted ciliumAdmitted = selecting.isEmpty() ? new CiliumRules.Admitted(ConnectionSet.none(), ConnectionSet.none())
                : CiliumRules.admitted(selecting, ciliumPeers, direction, named);
        ConnectionSet certain = admitted.union(ciliumAdmitted.certain());
        List<CalicoPolicy> defaultTier = plan.calico() ? calico.distinct(slot.name(), direction, judged) : List.of();
        if (defaultTier.isEmpty()) {
            return NetworkPolicyStep.unionSets(npIsolated, CiliumRules.isolates(selecting, direction), admitted, ciliumAdmitted,
                    slot.denyUnmatched());
        }
        int k = NetworkPolicyStep.groupPosition(defaultTier);
        List<Possibilities.PolicySets> groups = new ArrayList<>();
        for (int i = 0; i < defaultTier.size(); i++) {
            if (i == k) {
                groups.add(NetworkPolicyStep.unionGroup(certain, ciliumAdmitted.maybe()));
            }
            groups.add(CalicoRules.policySets(defaultTier.get(i), calicoRules, direction, named, context));
        }
        if (k == defaultTier.size()) {
            groups.add(NetworkPolicyStep.unionGroup(certain, ciliumAdmitted.maybe()));
        }
        return NetworkPolicyStep.orderedSets(groups, k, npIsolated, CiliumRules.isolates(selecting, direction), admitted,
                ciliumAdmitted.certain(), slot.denyUnmatched());
    }

    /** Rule 4: the union of the ports of every isolating rule that matches the remote end. */
    private ConnectionSet admitted(Direction direction, int judged, Remote kind, int remote) {
        IndexedRule[] rules = isolation.rules(direction, judged);
        int destination = destinationClass(direction, judged, kind, remote);
        ConnectionSet out = ConnectionSet.none();
        for (IndexedRule rule : rules) {
            boolean matches = kind == Remote.POD_CLASS ? rule.matchesClass(remote) : rule.matchesRange(remote);
            if (matches) {
                out = out.union(destination >= 0 ? rule.ports().toward(classes.get(destination)) : rule.ports().towardExternal());
                if (out.isAll()) {
                    break;
                }
            }
        }
        return out;
    }

    /** The side's verdict on one (protocol, port): the tiers walked, with the NetworkPolicy facts. */
    SideVerdict explain(Direction direction, int judged, Remote kind, int remote, boolean sameNode, Protocol protocol, int port) {
        PodClass pod = classes.get(judged);
        boolean podRemote = kind == Remote.POD_CLASS;
        List<String> isolating = new ArrayList<>();
        isolation.policies(direction, judged).forEach(p -> isolating.add(p.name()));
        List<RuleAdmission> admissions = admissions(direction, judged, kind, remote, protocol, port);
        int destination = destinationClass(direction, judged, kind, remote);
        NamedPorts named = destination >= 0 ? classes.get(destination).namedPorts() : NamedPorts.NONE;
        List<CiliumRules.Member> selecting = cilium.selecting(judged);
        List<PolicyRef> ciliumIsolating = CiliumRules.isolating(selecting, direction);
        CiliumRules.Matcher ciliumPeers = cilium.matcher(podRemote, remote, sameNode);
        CalicoRules.Matcher calicoRules = calico.matcher(judged, podRemote, remote);
        List<CalicoPolicy> defaultTier = plan.calico()
                ? calico.applying(plan.slot(TierKind.NETWORK_POLICY).orElseThrow().name(), direction, judged) : List.of();
        List<TierOutcome> walked = new ArrayList<>(plan.slots().size());
        for (TierPlan.Slot slot : plan.slots()) {
            if (!walked.isEmpty() && !walked.get(walked.size() - 1).fates().contains(TierOutcome.Fate.NEXT)) {
                break;
            }
            Optional<SourceGap> gap = gaps.of(slot.kind(), pod.namespace(), pod.hostNetwork());
            walked.add(switch (slot.kind()) {
                case UNEVALUATED -> Unjudged.outcome(unjudged.deciding(direction, judged, podRemote, remote));
                case ADMIN, BASELINE -> {
                    AdminIndex.IndexedAdminPolicy[] applying = admin.applying(slot.kind(), direction, judged);
                    if (gap.isPresent()) {
                        List<PolicyRef> refs = new ArrayList<>();
                        for (AdminIndex.IndexedAdminPolicy p : applying) {
                            refs.add(p.ref());
                        }
                        yield TierOutcome.unread(slot.kind(), refs, new Uncertainty.Unread(gap.get()));
                    }
                    yield OrderedTierWalk.walk(slot.kind(), adminSides.probes(applying, direction, judged, kind, remote, protocol, port),
                            false);
                }
                case CALICO -> CalicoRules.outcome(TierKind.CALICO, slot.name(), calico.applying(slot.name(), direction, judged),
                        slot.denyUnmatched(), calicoRules, direction, named, protocol, port, context);
                case CILIUM_DENY -> gap.isPresent() ? TierOutcome.unread(slot.kind(), List.of(), new Uncertainty.Unread(gap.get()))
                        : CiliumRules.denyOutcome(selecting, ciliumPeers, direction, named, protocol, port);
                case NETWORK_POLICY -> {
                    if (gap.isPresent()) {
                        yield TierOutcome.unread(slot.kind(), slot.name(), List.of(), new Uncertainty.Unread(gap.get()));
                    }
                    List<OrderedTierWalk.RuleProbe> ciliumAdmissions = CiliumRules.admissions(selecting, ciliumPeers, direction, named,
                            protocol, port);
                    if (defaultTier.isEmpty()) {
                        yield NetworkPolicyStep.union(slot.name(), isolating, admissions, ciliumIsolating, ciliumAdmissions,
                                slot.denyUnmatched());
                    }
                    yield OrderedTierWalk.walk(TierKind.NETWORK_POLICY, slot.name(), NetworkPolicyStep.defaultTierProbes(defaultTier,
                            isolating, admissions, selecting, ciliumAdmissions, direction,
                            (policy, rank) -> CalicoRules.probe(policy, rank, calicoRules, direction, named, protocol, port, context)),
                            slot.denyUnmatched());
                }
            });
        }
        boolean isolated = !isolating.isEmpty() || !ciliumIsolating.isEmpty() || !defaultTier.isEmpty();
        return NetworkPolicyStep.side(direction, isolated, isolating, admissions, walked);
    }

    /** Every NetworkPolicy rule that admits the connection, with its first matching peer and port entry. */
    private List<RuleAdmission> admissions(Direction direction, int judged, Remote kind, int remote, Protocol protocol, int port) {
        int destination = destinationClass(direction, judged, kind, remote);
        List<RuleAdmission> admissions = new ArrayList<>();
        for (IndexedRule rule : isolation.rules(direction, judged)) {
            int peer = -1;
            if (!rule.allPeers()) {
                peer = kind == Remote.POD_CLASS ? rule.firstPeerMatchingClass(remote) : rule.firstPeerMatchingRange(remote);
            }
            int entry = -1;
            if (!rule.ports().allPorts()) {
                entry = destination >= 0
                        ? rule.ports().firstMatch(protocol, port, classes.get(destination))
                        : rule.ports().firstMatchExternal(protocol, port);
            }
            if ((rule.allPeers() || peer >= 0) && (rule.ports().allPorts() || entry >= 0)) {
                admissions.add(new RuleAdmission(rule.policy(), rule.index(), peer, entry));
            }
        }
        return admissions;
    }

    /** The class named ports resolve on: always the destination (rule 16); -1 when it is an address. */
    static int destinationClass(Direction direction, int judged, Remote kind, int remote) {
        if (direction == Direction.INGRESS) {
            return judged;
        }
        return kind == Remote.POD_CLASS ? remote : -1;
    }
}
