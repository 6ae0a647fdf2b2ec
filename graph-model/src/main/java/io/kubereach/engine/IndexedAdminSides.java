package io.kubereach.engine;

import io.kubereach.model.Direction;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cluster-wide tiers of one side, from the {@link AdminIndex}: rank groups in order, the first
 * match within each policy. Immutable.
 */
final class IndexedAdminSides {

    private final PodClassIndex classes;

    IndexedAdminSides(PodClassIndex classes) {
        this.classes = classes;
    }

    /** Whether some rule of the policies certainly or maybe matches the remote end (ports aside). */
    static boolean anyRuleMayMatch(AdminIndex.IndexedAdminPolicy[] applying, Direction direction, IndexedSides.Remote kind, int remote) {
        boolean pod = kind == IndexedSides.Remote.POD_CLASS;
        for (AdminIndex.IndexedAdminPolicy policy : applying) {
            for (IndexedAdminRule rule : policy.rules(direction)) {
                if (rule.certainly(pod, remote) || rule.maybe(pod, remote)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An ordered cluster-wide tier: rank groups in order, first match within each policy. */
    Possibilities sets(AdminIndex.IndexedAdminPolicy[] applying, Direction direction, int judged, IndexedSides.Remote kind, int remote) {
        if (applying.length == 0) {
            return Possibilities.NOT_APPLIED;
        }
        boolean pod = kind == IndexedSides.Remote.POD_CLASS;
        int destination = IndexedSides.destinationClass(direction, judged, kind, remote);
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

    /** The rules of the applying cluster-wide policies that match or may match one connection. */
    List<OrderedTierWalk.PolicyProbe> probes(AdminIndex.IndexedAdminPolicy[] applying, Direction direction, int judged,
            IndexedSides.Remote kind, int remote, Protocol protocol, int port) {
        boolean pod = kind == IndexedSides.Remote.POD_CLASS;
        int destination = IndexedSides.destinationClass(direction, judged, kind, remote);
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
}
