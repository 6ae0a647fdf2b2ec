package io.kubereach.synthetic;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.PolicySubject;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes the cluster-wide policies of a synthetic cluster as administrators write them: guard
 * rails between environments, monitoring that must always get in, egress to the internet only
 * on 443, hand-over of a team's own traffic to its NetworkPolicies, DNS always allowed, nodes
 * reachable for node agents; each AdminNetworkPolicy with a priority of its own. The
 * BaselineAdminNetworkPolicy keeps dev away from everything else unless a NetworkPolicy says otherwise.
 */
final class AdminPolicyGenerator {

    /** The guard rails drawn, in turn. */
    enum Pattern { ISOLATE_ENV, ALLOW_MONITORING, PASS_SAME_TEAM, EGRESS_INTERNET, ALLOW_DNS, NODE_AGENTS, DENY_PROJECT }

    private final ClusterShape shape;
    private final SyntheticTopology topology;
    private final Random random;

    AdminPolicyGenerator(ClusterShape shape, SyntheticTopology topology, long seed) {
        this.shape = shape;
        this.topology = topology;
        this.random = new Random(seed);
    }

    List<AdminPolicy> generate() {
        List<AdminPolicy> out = new ArrayList<>();
        for (int i = 0; i < shape.adminPolicies(); i++) {
            Pattern pattern = Pattern.values()[i % Pattern.values().length];
            // priorities spread over 0..1000, each its own: no two policies of the tier tie
            int priority = (int) ((long) i * 1000 / Math.max(1, shape.adminPolicies()));
            out.add(policy(pattern, i, priority));
        }
        if (shape.baselinePolicy()) {
            out.add(new AdminPolicy(AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY, "default", AdminPolicy.Tier.BASELINE,
                    AdminPolicy.BASELINE_ADMIN_PRIORITY, new PolicySubject.Namespaces(labels("env", "prod")),
                    List.of(rule("deny-from-dev", RuleAction.DENY, List.of(new AdminPeer.Namespaces(labels("env", "dev"))))),
                    List.of(rule("deny-to-dev", RuleAction.DENY, List.of(new AdminPeer.Namespaces(labels("env", "dev")))))));
        }
        return out;
    }

    private AdminPolicy policy(Pattern pattern, int index, int priority) {
        String team = pick(TopologyGenerator.TEAMS);
        String name = pattern.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + index;
        return switch (pattern) {
            case ISOLATE_ENV -> {
                String env = pick(List.of("prod", "staging"));
                yield admin(name, priority, new PolicySubject.Namespaces(labels("env", env)),
                        List.of(rule("deny-from-dev", RuleAction.DENY, List.of(new AdminPeer.Namespaces(labels("env", "dev"))))),
                        List.of());
            }
            case ALLOW_MONITORING -> admin(name, priority, new PolicySubject.Namespaces(LabelSelector.ALL),
                    List.of(rule("allow-scrape", RuleAction.ALLOW, List.of(new AdminPeer.Pods(labels("team", "platform"),
                            expressions(new LabelRequirement("app", LabelRequirement.Operator.EXISTS, Set.of())))),
                            new AdminPort.Named("metrics"), new AdminPort.Numbers(Protocol.TCP, 9090, 9090))),
                    List.of());
            case PASS_SAME_TEAM -> admin(name, priority, new PolicySubject.Namespaces(labels("team", team)),
                    List.of(rule("pass-own-team", RuleAction.PASS, List.of(new AdminPeer.Namespaces(labels("team", team))))),
                    List.of());
            case EGRESS_INTERNET -> admin(name, priority, new PolicySubject.Pods(labels("team", team), labels("tier", "frontend")),
                    List.of(),
                    List.of(rule("pass-pods", RuleAction.PASS, List.of(new AdminPeer.Namespaces(LabelSelector.ALL))),
                            rule("allow-https", RuleAction.ALLOW, List.of(new AdminPeer.Networks(List.of(Cidr.of("0.0.0.0/0")))),
                                    new AdminPort.Numbers(Protocol.TCP, 443, 443)),
                            rule("deny-internet", RuleAction.DENY, List.of(new AdminPeer.Networks(List.of(Cidr.of("0.0.0.0/0")))))));
            case ALLOW_DNS -> admin(name, priority, new PolicySubject.Namespaces(labels("team", team)), List.of(),
                    List.of(rule("allow-dns", RuleAction.ALLOW, List.of(new AdminPeer.Pods(labels(Namespace.NAME_LABEL, "kube-system"),
                            labels("k8s-app", "kube-dns"))), new AdminPort.Numbers(Protocol.UDP, 53, 53),
                            new AdminPort.Numbers(Protocol.TCP, 53, 53))));
            case NODE_AGENTS -> admin(name, priority, new PolicySubject.Pods(labels("team", "platform"), LabelSelector.ALL), List.of(),
                    List.of(rule("allow-kubelet", RuleAction.ALLOW, List.of(new AdminPeer.Nodes(LabelSelector.ALL)),
                            new AdminPort.Numbers(Protocol.TCP, 10250, 10250))));
            case DENY_PROJECT -> {
                String project = pick(TopologyGenerator.PROJECTS);
                yield admin(name, priority, new PolicySubject.Namespaces(labels("project", project)),
                        List.of(rule("deny-other-projects", RuleAction.DENY, List.of(new AdminPeer.Namespaces(expressions(
                                new LabelRequirement("project", LabelRequirement.Operator.NOT_IN, Set.of(project)),
                                new LabelRequirement("project", LabelRequirement.Operator.EXISTS, Set.of())))))),
                        List.of());
            }
        };
    }

    private static AdminPolicy admin(String name, int priority, PolicySubject subject, List<AdminRule> ingress, List<AdminRule> egress) {
        return new AdminPolicy(AdminPolicy.Kind.ADMIN_NETWORK_POLICY, name, AdminPolicy.Tier.ADMIN, priority, subject, ingress, egress);
    }

    private static AdminRule rule(String name, RuleAction action, List<AdminPeer> peers, AdminPort... ports) {
        return new AdminRule(name, action, peers, List.of(ports));
    }

    private static LabelSelector labels(String key, String value) {
        return LabelSelector.of(Map.of(key, value));
    }

    private static LabelSelector expressions(LabelRequirement... requirements) {
        return new LabelSelector(Map.of(), List.of(requirements));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
