package io.kubereach.engine;

import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyRule;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshot's policies with their selectors evaluated: which classes each policy selects and
 * whom each of its rules' peers matches. Policies keep the snapshot's order. Immutable.
 */
final class PolicyIndex {

    /**
     * One policy, indexed.
     *
     * @param name its {@code namespace/name}
     * @param selected the classes it selects (rule 2)
     * @param policy the policy itself
     * @param ingress its ingress rules, indexed
     * @param egress its egress rules, indexed
     */
    record IndexedPolicy(String name, BitSet selected, NetworkPolicy policy, List<IndexedRule> ingress, List<IndexedRule> egress) {

        IndexedPolicy {
            ingress = List.copyOf(ingress);
            egress = List.copyOf(egress);
        }

        /** Whether it isolates the pods it selects for a direction (rules 1 and 3). */
        boolean isolates(Direction direction) {
            return policy.isolates(direction);
        }

        List<IndexedRule> rules(Direction direction) {
            return direction == Direction.INGRESS ? ingress : egress;
        }
    }

    private final List<IndexedPolicy> policies;

    private PolicyIndex(List<IndexedPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    /** The indexed policies, in the snapshot's order. */
    List<IndexedPolicy> policies() {
        return policies;
    }

    /** Indexes policies over pod classes and address ranges. */
    static PolicyIndex build(List<NetworkPolicy> policies, PodClassIndex classes, SelectorBits selectors,
                             AddressRanges ranges, EngineOptions options) {
        Builder builder = new Builder(classes, selectors, ranges, options);
        List<IndexedPolicy> out = new ArrayList<>(policies.size());
        for (NetworkPolicy policy : policies) {
            out.add(new IndexedPolicy(policy.qualifiedName(), selectors.selectedBy(policy), policy,
                    builder.rules(policy, Direction.INGRESS), builder.rules(policy, Direction.EGRESS)));
        }
        return new PolicyIndex(out);
    }

    /** Turns peers into bit sets, each ipBlock once. */
    private static final class Builder {
        private final PodClassIndex classes;
        private final SelectorBits selectors;
        private final AddressRanges ranges;
        private final EngineOptions options;
        private final Map<IpBlock, PeerBits> byBlock = new HashMap<>();

        Builder(PodClassIndex classes, SelectorBits selectors, AddressRanges ranges, EngineOptions options) {
            this.classes = classes;
            this.selectors = selectors;
            this.ranges = ranges;
            this.options = options;
        }

        List<IndexedRule> rules(NetworkPolicy policy, Direction direction) {
            List<PolicyRule> rules = policy.rules(direction);
            List<IndexedRule> out = new ArrayList<>(rules.size());
            for (int r = 0; r < rules.size(); r++) {
                PolicyRule rule = rules.get(r);
                List<PeerBits> peers = new ArrayList<>(rule.peers().size());
                for (PolicyPeer peer : rule.peers()) {
                    peers.add(bits(policy, peer));
                }
                out.add(new IndexedRule(policy.qualifiedName(), r, rule.allPeers(), peers, PortEntries.of(rule.ports())));
            }
            return out;
        }

        /** Rules 10 and 13: selectors match pods only; ipBlocks match external addresses, and pod IPs if asked. */
        private PeerBits bits(NetworkPolicy policy, PolicyPeer peer) {
            if (peer instanceof PolicyPeer.Selectors s) {
                return new PeerBits(selectors.matchedBy(policy.namespace(), s), new BitSet());
            }
            IpBlock block = ((PolicyPeer.Addresses) peer).block();
            return byBlock.computeIfAbsent(block, this::blockBits);
        }

        private PeerBits blockBits(IpBlock block) {
            int id = ranges.blockId(block);
            BitSet podClasses = new BitSet();
            if (options.ipBlocksMatchPodIps()) {
                for (PodClass c : classes.classes()) {
                    if (c.key().hasIpBlock(id)) {
                        podClasses.set(c.id());
                    }
                }
            }
            return new PeerBits(podClasses, ranges.ranges(id));
        }
    }
}
