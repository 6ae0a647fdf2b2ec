package io.kubereach.engine;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.PolicySubject;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random cluster-wide policies for the property tests: AdminNetworkPolicies and ClusterNetworkPolicies
 * of both tiers with few priorities (so ties happen), a BaselineAdminNetworkPolicy now and then,
 * subjects by namespaces and by pods, peers of every kind, ports by number, range and name.
 */
final class AdminPolicyDrafts {

    private AdminPolicyDrafts() {
    }

    /** A draft of one policy, named when the list is made. */
    private record Draft(AdminPolicy.Kind kind, AdminPolicy.Tier tier, int priority, PolicySubject subject,
                         List<AdminRule> ingress, List<AdminRule> egress) {
        AdminPolicy policy(int index) {
            String name = kind == AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY ? "default" : "cluster-" + index;
            int p = kind == AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY ? AdminPolicy.BASELINE_ADMIN_PRIORITY : priority;
            return new AdminPolicy(kind, name, tier, p, subject, withoutPass(ingress), withoutPass(egress));
        }

        /** A BaselineAdminNetworkPolicy has no Pass action. */
        private List<AdminRule> withoutPass(List<AdminRule> rules) {
            if (kind != AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY) {
                return rules;
            }
            return rules.stream().map(r -> r.action() == RuleAction.PASS ? new AdminRule(r.name(), RuleAction.DENY, r.peers(), r.ports()) : r)
                    .toList();
        }
    }

    static Arbitrary<List<AdminPolicy>> policies(Map<String, List<String>> namespaceLabels, Map<String, List<String>> podLabels,
            Map<String, List<String>> nodeLabels, List<String> cidrs, List<Integer> portNumbers, List<String> portNames) {
        Arbitrary<Tuple.Tuple2<AdminPolicy.Kind, AdminPolicy.Tier>> kinds = Arbitraries.frequency(
                Tuple.of(4, Tuple.of(AdminPolicy.Kind.ADMIN_NETWORK_POLICY, AdminPolicy.Tier.ADMIN)),
                Tuple.of(2, Tuple.of(AdminPolicy.Kind.CLUSTER_NETWORK_POLICY, AdminPolicy.Tier.ADMIN)),
                Tuple.of(2, Tuple.of(AdminPolicy.Kind.CLUSTER_NETWORK_POLICY, AdminPolicy.Tier.BASELINE)),
                Tuple.of(1, Tuple.of(AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY, AdminPolicy.Tier.BASELINE)));
        Arbitrary<LabelSelector> namespaceSelectors = EnginesAgreeProperties.selectors(namespaceLabels);
        Arbitrary<LabelSelector> podSelectors = EnginesAgreeProperties.selectors(podLabels);
        Arbitrary<PolicySubject> subjects = Arbitraries.oneOf(
                namespaceSelectors.map(PolicySubject.Namespaces::new),
                Combinators.combine(namespaceSelectors, podSelectors).as(PolicySubject.Pods::new));
        Arbitrary<AdminPeer> podPeers = Arbitraries.oneOf(
                namespaceSelectors.map(AdminPeer.Namespaces::new),
                Combinators.combine(namespaceSelectors, podSelectors).as(AdminPeer.Pods::new));
        Arbitrary<AdminPeer> addressPeers = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.subsetOf(cidrs).ofMinSize(1).ofMaxSize(2)
                        .map(set -> new AdminPeer.Networks(set.stream().sorted().map(Cidr::of).toList()))),
                Tuple.of(2, EnginesAgreeProperties.selectors(nodeLabels).map(AdminPeer.Nodes::new)),
                Tuple.of(1, Arbitraries.just(new AdminPeer.Everyone("future"))));
        Arbitrary<AdminPort> ports = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(Protocol.class), Arbitraries.of(portNumbers), Arbitraries.of(portNumbers))
                        .as((p, a, b) -> new AdminPort.Numbers(p, Math.min(a, b), Math.max(a, b))),
                Arbitraries.of(portNames).map(AdminPort.Named::new));
        Arbitrary<RuleAction> actions = Arbitraries.of(RuleAction.class);
        Arbitrary<String> ruleNames = Arbitraries.of("", "web", "deny-all", "pass-dns");
        Arbitrary<AdminRule> ingressRules = Combinators.combine(ruleNames, actions, podPeers.list().ofMinSize(1).ofMaxSize(2),
                ports.list().ofMaxSize(2)).as(AdminRule::new);
        Arbitrary<AdminPeer> egressPeer = Arbitraries.frequencyOf(Tuple.of(3, podPeers), Tuple.of(2, addressPeers));
        Arbitrary<AdminRule> egressRules = Combinators.combine(ruleNames, actions, egressPeer.list().ofMinSize(1).ofMaxSize(2),
                ports.list().ofMaxSize(2), Arbitraries.integers().between(0, 5)).as((name, action, peers, p, domains) -> {
                    List<AdminPeer> all = new ArrayList<>(peers);
                    if (domains == 0 && action == RuleAction.ALLOW) {
                        all.add(new AdminPeer.DomainNames(List.of("*.example.com")));
                    }
                    return new AdminRule(name, action, all, p);
                });
        Arbitrary<Draft> drafts = Combinators.combine(kinds, Arbitraries.of(0, 1, 1, 2, 5), subjects,
                ingressRules.list().ofMaxSize(3), egressRules.list().ofMaxSize(3))
                .as((k, priority, subject, in, out) -> new Draft(k.get1(), k.get2(), priority, subject, in, out));
        return drafts.list().ofMaxSize(4).map(list -> {
            List<AdminPolicy> out = new ArrayList<>();
            boolean baseline = false;
            for (int i = 0; i < list.size(); i++) {
                Draft d = list.get(i);
                if (d.kind() == AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY) {
                    if (baseline) {
                        continue; // the BaselineAdminNetworkPolicy is a singleton
                    }
                    baseline = true;
                }
                out.add(d.policy(i));
            }
            return out;
        });
    }
}
