package io.kubereach.engine;

import io.kubereach.model.Direction;
import io.kubereach.model.Protocol;
import io.kubereach.model.SourceGap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one side decides, from the index: egress at a source class, or ingress at a destination
 * class, toward a remote end that is a pod class or an address range. The remote end is given
 * as a {@link Remote} kind and an id, so the hot paths allocate little but their answers.
 * The side walks the tiers in order (Admin, NetworkPolicy, Baseline); a class that no
 * cluster-wide policy applies to and no gap concerns takes the NetworkPolicy shortcut.
 * Immutable and so safe for any number of threads.
 */
final class IndexedSides {

    /** What the id of the remote end numbers. */
    enum Remote {
        /** A pod class of the {@link PodClassIndex}. */
        POD_CLASS,
        /** An address range of the {@link AddressRanges}. */
        ADDRESS_RANGE
    }

    private static final List<Boolean> CLUSTER_WIDE = List.of(TierKind.values()).stream().map(TierKind::clusterWide).toList();

    private final PodClassIndex classes;
    private final ClassIsolation isolation;
    private final AdminIndex admin;
    private final PolicyGaps gaps;

    IndexedSides(PodClassIndex classes, ClassIsolation isolation, AdminIndex admin, PolicyGaps gaps) {
        this.classes = classes;
        this.isolation = isolation;
        this.admin = admin;
        this.gaps = gaps;
    }

    /**
     * Every connection the side allows, and those it may allow or deny.
     *
     * @param direction egress (judged = source) or ingress (judged = destination)
     * @param judged the class whose policies decide
     * @param kind what the remote end is
     * @param remote the remote end's class or range
     */
    SideSets sets(Direction direction, int judged, Remote kind, int remote) {
        PodClass pod = classes.get(judged);
        // a cluster-wide tier none of whose rules can match the remote end hands everything on, as if it did not apply
        boolean shortcut = gaps.isEmpty() && (admin.isEmpty()
                || !anyRuleMayMatch(admin.applying(TierKind.ADMIN, direction, judged), direction, kind, remote)
                        && !anyRuleMayMatch(admin.applying(TierKind.BASELINE, direction, judged), direction, kind, remote));
        if (shortcut) {
            return isolation.isolated(direction, judged) ? SideSets.allowedOnly(admitted(direction, judged, kind, remote)) : SideSets.ALL;
        }
        List<Possibilities> tiers = new ArrayList<>(3);
        for (TierKind tier : TierKind.values()) {
            if (gaps.of(tier, pod.namespace(), pod.hostNetwork()).isPresent()) {
                tiers.add(Possibilities.UNREAD);
            } else if (tier == TierKind.NETWORK_POLICY) {
                // rule 1: not isolated, on to the next tier; isolated: the union of the rules decides (rule 4)
                tiers.add(isolation.isolated(direction, judged) ? Possibilities.isolated(admitted(direction, judged, kind, remote))
                        : Possibilities.NOT_APPLIED);
            } else {
                tiers.add(adminSets(admin.applying(tier, direction, judged), direction, judged, kind, remote));
            }
        }
        return SideSets.walk(tiers, CLUSTER_WIDE);
    }

    /**
     * The side's facts on one (protocol, port), as {@link #explain} would give them: from the
     * NetworkPolicy sets alone where no cluster-wide rule can match the remote end and every tier
     * was read (then NetworkPolicies decide alone), else from the explanation.
     */
    SideFacts facts(Direction direction, int judged, Remote kind, int remote, Protocol protocol, int port) {
        boolean alone = gaps.isEmpty() && (admin.isEmpty()
                || !anyRuleMayMatch(admin.applying(TierKind.ADMIN, direction, judged), direction, kind, remote)
                        && !anyRuleMayMatch(admin.applying(TierKind.BASELINE, direction, judged), direction, kind, remote));
        if (!alone) {
            return SideFacts.of(explain(direction, judged, kind, remote, protocol, port));
        }
        boolean isolated = isolation.isolated(direction, judged);
        boolean admitted = isolated && admitted(direction, judged, kind, remote).contains(protocol, port);
        return new SideFacts(!isolated || admitted, isolated, admitted);
    }

    /** Whether some rule of the policies certainly or maybe matches the remote end (ports aside). */
    private static boolean anyRuleMayMatch(AdminIndex.IndexedAdminPolicy[] applying, Direction direction, Remote kind, int remote) {
        boolean pod = kind == Remote.POD_CLASS;
        for (AdminIndex.IndexedAdminPolicy policy : applying) {
            for (IndexedAdminRule rule : policy.rules(direction)) {
                if (rule.certainly(pod, remote) || rule.maybe(pod, remote)) {
                    return true;
                }
            }
        }
        return false;
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

    /** An ordered cluster-wide tier: rank groups in order, first match within each policy. */
    private Possibilities adminSets(AdminIndex.IndexedAdminPolicy[] applying, Direction direction, int judged, Remote kind, int remote) {
        if (applying.length == 0) {
            return Possibilities.NOT_APPLIED;
        }
        boolean pod = kind == Remote.POD_CLASS;
        int destination = destinationClass(direction, judged, kind, remote);
        List<Possibilities.PolicySets> groups = new ArrayList<>();
        for (int i = 0; i < applying.length; ) {
            int rank = applying[i].rank();
            List<Possibilities.PolicySets> group = new ArrayList<>(1);
            for (; i < applying.length && applying[i].rank() == rank; i++) {
                List<IndexedAdminRule> rules = applying[i].rules(direction);
                List<Possibilities.RuleSets> sets = new ArrayList<>(rules.size());
                for (IndexedAdminRule rule : rules) {
                    boolean certain = rule.certainly(pod, remote);
                    boolean maybe = !certain && rule.maybe(pod, remote);
                    ConnectionSet ports = certain || maybe ? ports(rule.ports(), destination) : ConnectionSet.none();
                    sets.add(new Possibilities.RuleSets(rule.action(), certain ? ports : ConnectionSet.none(),
                            maybe ? ports : ConnectionSet.none()));
                }
                group.add(Possibilities.PolicySets.firstMatch(sets));
            }
            groups.add(Possibilities.PolicySets.anyOrder(group));
        }
        return Possibilities.ofTier(groups, false);
    }

    private ConnectionSet ports(PortEntries entries, int destination) {
        return destination >= 0 ? entries.toward(classes.get(destination)) : entries.towardExternal();
    }

    /** The side's verdict on one (protocol, port): the tiers walked, with the NetworkPolicy facts. */
    SideVerdict explain(Direction direction, int judged, Remote kind, int remote, Protocol protocol, int port) {
        PodClass pod = classes.get(judged);
        List<String> isolating = new ArrayList<>();
        isolation.policies(direction, judged).forEach(p -> isolating.add(p.name()));
        List<RuleAdmission> admissions = admissions(direction, judged, kind, remote, protocol, port);
        List<TierOutcome> walked = new ArrayList<>(3);
        for (TierKind tier : TierKind.values()) {
            if (!walked.isEmpty() && !walked.get(walked.size() - 1).fates().contains(TierOutcome.Fate.NEXT)) {
                break;
            }
            Optional<SourceGap> gap = gaps.of(tier, pod.namespace(), pod.hostNetwork());
            if (tier == TierKind.NETWORK_POLICY) {
                walked.add(gap.isPresent() ? TierOutcome.unread(tier, List.of(), new Uncertainty.Unread(gap.get()))
                        : NetworkPolicyStep.of(isolating, admissions));
                continue;
            }
            AdminIndex.IndexedAdminPolicy[] applying = admin.applying(tier, direction, judged);
            if (gap.isPresent()) {
                List<PolicyRef> refs = new ArrayList<>();
                for (AdminIndex.IndexedAdminPolicy p : applying) {
                    refs.add(p.ref());
                }
                walked.add(TierOutcome.unread(tier, refs, new Uncertainty.Unread(gap.get())));
            } else {
                walked.add(OrderedTierWalk.walk(tier, probes(applying, direction, judged, kind, remote, protocol, port), false));
            }
        }
        return NetworkPolicyStep.side(direction, isolating, admissions, walked);
    }

    /** The rules of the applying cluster-wide policies that match or may match one connection. */
    private List<OrderedTierWalk.PolicyProbe> probes(AdminIndex.IndexedAdminPolicy[] applying, Direction direction, int judged,
            Remote kind, int remote, Protocol protocol, int port) {
        boolean pod = kind == Remote.POD_CLASS;
        int destination = destinationClass(direction, judged, kind, remote);
        List<OrderedTierWalk.PolicyProbe> out = new ArrayList<>(applying.length);
        for (AdminIndex.IndexedAdminPolicy policy : applying) {
            List<OrderedTierWalk.RuleProbe> matching = new ArrayList<>();
            for (IndexedAdminRule rule : policy.rules(direction)) {
                int peer = rule.firstPeer(pod, remote);
                if (peer < 0) {
                    continue;
                }
                int entry = -1;
                if (!rule.ports().allPorts()) {
                    entry = destination >= 0 ? rule.ports().firstMatch(protocol, port, classes.get(destination))
                            : rule.ports().firstMatchExternal(protocol, port);
                    if (entry < 0) {
                        continue;
                    }
                }
                boolean certain = !rule.onlyMaybe(peer);
                RuleHit hit = new RuleHit(policy.ref(), rule.index(), rule.name(), rule.action(), peer, entry, certain);
                Optional<Uncertainty> why = certain ? Optional.empty() : rule.domainNames(peer)
                        .map(names -> new Uncertainty.DomainNames(policy.ref(), rule.index(), rule.name(), names));
                matching.add(new OrderedTierWalk.RuleProbe(hit, why));
            }
            out.add(new OrderedTierWalk.PolicyProbe(policy.ref(), policy.rank(), matching));
        }
        return out;
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
    private static int destinationClass(Direction direction, int judged, Remote kind, int remote) {
        if (direction == Direction.INGRESS) {
            return judged;
        }
        return kind == Remote.POD_CLASS ? remote : -1;
    }
}
