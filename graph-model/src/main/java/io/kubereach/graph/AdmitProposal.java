package io.kubereach.graph;

import io.kubereach.engine.Answer;
import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.Peer;
import io.kubereach.engine.RuleHit;
import io.kubereach.engine.PortSet;
import io.kubereach.engine.SideVerdict;
import io.kubereach.engine.StepResult;
import io.kubereach.engine.Verdict;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.Direction;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * "What would allow it": the smallest edit that admits exactly one blocked line, from one
 * workload to another on the ports its destination serves and does not admit now. Each side
 * that refuses because NetworkPolicies isolate it gets one new rule in its first isolating
 * policy (by name), naming exactly the other workload's pods (all the labels they share, and
 * their namespace by its name label) and the ports refused. A side refused by an Admin-tier Deny
 * (AdminNetworkPolicy, Admin-tier ClusterNetworkPolicy), which no NetworkPolicy can override,
 * gets a new policy of that kind tried before the deciding one that allows exactly this traffic
 * ({@link TierProposal}); a side refused at the Baseline gets a NetworkPolicy (which the
 * Baseline yields to) when that changes no other line, else the same Admin-tier Allow. Every
 * proposal is judged before it is made: it must turn that line, and only it, allowed. A side
 * that cannot be judged, or refused by another language's rule, gets no proposal: the reason
 * says why.
 *
 * @param edited the NetworkPolicies with their new rule, each replacing the policy of its name, or new
 * @param admin the new cluster-wide policies
 * @param note why the proposal is of the kind it is, when a cluster-wide tier decides; empty otherwise
 * @param refusal why no edit is proposed; empty when one is
 */
public record AdmitProposal(List<NetworkPolicy> edited, List<AdminPolicy> admin, Optional<Message> note, Optional<Message> refusal) {

    public AdmitProposal {
        edited = List.copyOf(edited);
        admin = List.copyOf(admin);
    }

    /** The proposal for the line from one workload vertex to another in a graph. */
    public static AdmitProposal forLine(NetworkGraph graph, String sourceId, String targetId) {
        Optional<TrafficEnd> src = graph.end(sourceId).filter(e -> graph.vertex(sourceId).orElseThrow() instanceof GraphVertex.WorkloadVertex);
        Optional<TrafficEnd> dst = graph.end(targetId).filter(e -> graph.vertex(targetId).orElseThrow() instanceof GraphVertex.WorkloadVertex);
        if (src.isEmpty() || dst.isEmpty() || sourceId.equals(targetId)) {
            return refused(Message.of("whatIf.propose.notWorkloads"));
        }
        GraphEdge.Traffic line = graph.judge().judge(src.get(), dst.get());
        ConnectionSet wanted = dst.get().served().minus(line.common());
        if (wanted.isEmpty()) {
            return refused(Message.of("whatIf.propose.alreadyAllowed"));
        }
        Peer s = src.get().peers().get(0);
        Peer d = dst.get().peers().get(0);
        // a side needs an edit when it refuses one of the wanted ports (the other may refuse others)
        Map<Direction, List<SideVerdict>> refusing = new java.util.EnumMap<>(Direction.class);
        for (Probe probe : Probe.of(wanted)) {
            Verdict verdict = graph.engine().verdict(s, d, probe.protocol(), probe.port());
            for (SideVerdict side : List.of(verdict.egress(), verdict.ingress())) {
                if (!side.allows()) {
                    if (side.answer() == Answer.UNKNOWN) {
                        return refused(Message.of("whatIf.propose.unknown"));
                    }
                    refusing.computeIfAbsent(side.direction(), k -> new ArrayList<>()).add(side);
                }
            }
        }
        AdmitProposal proposal = propose(graph, sourceId, targetId, wanted, refusing, true);
        if (!proposal.proposes() || ProposalCheck.admitsExactly(graph, proposal, sourceId, targetId)) {
            return proposal;
        }
        boolean baseline = refusing.values().stream()
                .anyMatch(v -> TierProposal.adminDenial(v).isEmpty() && TierProposal.baselineDenial(v).isPresent());
        if (baseline) {
            // a NetworkPolicy would isolate the pods and block what the baseline lets in: an Admin-tier Allow instead
            AdmitProposal admitted = propose(graph, sourceId, targetId, wanted, refusing, false);
            if (admitted.proposes() && ProposalCheck.admitsExactly(graph, admitted, sourceId, targetId)) {
                return admitted;
            }
        }
        return refused(Message.of("whatIf.propose.notExact"));
    }

    private static AdmitProposal propose(NetworkGraph graph, String sourceId, String targetId, ConnectionSet wanted,
            Map<Direction, List<SideVerdict>> refusing, boolean baselineByNetworkPolicy) {
        Map<String, NetworkPolicy> byName = new HashMap<>();
        graph.snapshot().policies().forEach(p -> byName.put(p.qualifiedName(), p));
        List<AdminPolicy> clusterWide = new ArrayList<>(graph.snapshot().adminPolicies());
        List<NetworkPolicy> edited = new ArrayList<>();
        List<AdminPolicy> admin = new ArrayList<>();
        Optional<Message> note = Optional.empty();
        for (Map.Entry<Direction, List<SideVerdict>> e : refusing.entrySet()) {
            List<SideVerdict> verdicts = e.getValue();
            ProposalSides sides = new ProposalSides(graph, e.getKey(), sourceId, targetId);
            Optional<RuleHit> adminDeny = TierProposal.adminDenial(verdicts);
            Optional<RuleHit> baselineDeny = adminDeny.isPresent() ? Optional.empty() : TierProposal.baselineDenial(verdicts);
            if (adminDeny.isPresent() || baselineDeny.isPresent() && !baselineByNetworkPolicy) {
                RuleHit by = adminDeny.orElseGet(baselineDeny::get);
                AdminPolicy.Kind kind = adminDeny.isPresent() && by.policy().kind().equals(AdminPolicy.Kind.CLUSTER_NETWORK_POLICY.kindName())
                        ? AdminPolicy.Kind.CLUSTER_NETWORK_POLICY : AdminPolicy.Kind.ADMIN_NETWORK_POLICY;
                OptionalInt priority = TierProposal.priorityBefore(verdicts, clusterWide);
                if (priority.isEmpty()) {
                    return refused(Message.of("whatIf.propose.noPriority", nameOf(by)));
                }
                Optional<AdminPolicy> allow = TierProposal.allowing(sides, kind, TierProposal.name(sides, kind, clusterWide),
                        priority.getAsInt(), wanted);
                if (allow.isEmpty()) {
                    return refused(Message.of("whatIf.propose.notExact"));
                }
                admin.add(allow.get());
                clusterWide.add(allow.get());
                note = Optional.of(Message.of(adminDeny.isPresent() ? "whatIf.propose.adminAllow" : "whatIf.propose.baselineAdmin",
                        nameOf(by), kind.kindName() + " " + allow.get().name(), allow.get().priority()));
                continue;
            }
            SideVerdict side = verdicts.get(0);
            if (baselineDeny.isPresent()) {
                note = Optional.of(Message.of("whatIf.propose.baselineNetworkPolicy", nameOf(baselineDeny.get())));
            } else if (side.status() != SideVerdict.Status.ISOLATED || side.isolatingPolicies().isEmpty()) {
                String by = side.steps().stream().filter(t -> t.result() == StepResult.DENIED)
                        .flatMap(t -> t.policies().stream()).findFirst().map(p -> p.kind() + " " + p.name()).orElse("?");
                return refused(Message.of("whatIf.propose.clusterTier", by));
            }
            Optional<NetworkPolicy> rule = networkPolicyRule(graph, sides, baselineDeny.isPresent() ? List.of() : side.isolatingPolicies(),
                    byName, wanted);
            if (rule.isEmpty()) {
                return refused(Message.of("whatIf.propose.notExact"));
            }
            edited.add(rule.get());
        }
        return new AdmitProposal(edited, admin, note, Optional.empty());
    }

    /**
     * A NetworkPolicy rule admitting the other side's pods into (or out of) the refusing side's:
     * in an isolating policy that selects no other pod, else in a new policy selecting exactly
     * those pods; empty when no selector names either set of pods apart from the rest.
     */
    private static Optional<NetworkPolicy> networkPolicyRule(NetworkGraph graph, ProposalSides sides, List<String> isolating,
            Map<String, NetworkPolicy> byName, ConnectionSet wanted) {
        List<Pod> own = sides.own();
        List<Pod> others = sides.others();
        // a policy that selects no pod but these: a rule in it admits for them alone
        Optional<NetworkPolicy> alone = isolating.stream().map(byName::get)
                .filter(p -> graph.snapshot().pods().stream().filter(p::selects).allMatch(own::contains)).findFirst();
        String namespace = sides.ownNamespace();
        PolicyPeer.Selectors peer = peer(namespace, others);
        LabelSelector ownSelector = LabelSelector.of(sides.ownLabels());
        boolean exact = graph.snapshot().pods().stream().filter(p -> peer.matches(namespace,
                graph.snapshot().namespace(p.namespace()), p.labels())).allMatch(others::contains)
                && (alone.isPresent() || graph.snapshot().pods().stream()
                        .filter(p -> p.namespace().equals(namespace) && ownSelector.matches(p.labels())).allMatch(own::contains));
        if (!exact) {
            return Optional.empty();
        }
        PolicyRule rule = new PolicyRule(List.of(peer), ports(wanted));
        return Optional.of(alone.map(p -> withRule(p, sides.direction(), rule))
                .orElseGet(() -> newPolicy(namespace, name(graph, sides.sourceId(), sides.targetId(), sides.direction()), ownSelector,
                        sides.direction(), rule)));
    }

    private static String nameOf(RuleHit hit) {
        return hit.policy().kind() + " " + hit.policy().name();
    }

    /** Whether an edit is proposed. */
    public boolean proposes() {
        return refusal.isEmpty();
    }

    private static AdmitProposal refused(Message why) {
        return new AdmitProposal(List.of(), List.of(), Optional.empty(), Optional.of(why));
    }

    /** One port of one protocol. */
    private record Probe(Protocol protocol, int port) {

        /** At most this many ports are tried. */
        private static final int MAX = 64;

        /** The ports of a set, the first of each range and at most {@link #MAX}. */
        static List<Probe> of(ConnectionSet set) {
            List<Probe> out = new ArrayList<>();
            for (Map.Entry<Protocol, PortSet> e : set.byProtocol().entrySet()) {
                for (int[] interval : e.getValue().intervals()) {
                    for (int port = interval[0]; port <= interval[1] && out.size() < MAX; port++) {
                        out.add(new Probe(e.getKey(), port));
                        if (interval[1] - interval[0] > MAX) {
                            break; // a wide range: its first port stands for it
                        }
                    }
                }
            }
            return out;
        }
    }

    /** A peer naming the pods of one workload by the labels they share (and their namespace, when it is not the policy's). */
    private static PolicyPeer.Selectors peer(String policyNamespace, List<Pod> pods) {
        String namespace = pods.get(0).namespace();
        Optional<LabelSelector> namespaces = namespace.equals(policyNamespace) ? Optional.empty()
                : Optional.of(LabelSelector.of(Map.of(Namespace.NAME_LABEL, namespace)));
        return new PolicyPeer.Selectors(Optional.of(LabelSelector.of(ProposalSides.sharedLabels(pods))), namespaces);
    }

    /**
     * {@code allow-<source>-to-<destination>} ({@code -egress} appended for the source's side),
     * within the 63 characters of a name and unused in the namespace of the policy.
     */
    private static String name(NetworkGraph graph, String sourceId, String targetId, Direction direction) {
        GraphVertex.WorkloadVertex from = (GraphVertex.WorkloadVertex) graph.vertex(sourceId).orElseThrow();
        GraphVertex.WorkloadVertex to = (GraphVertex.WorkloadVertex) graph.vertex(targetId).orElseThrow();
        String namespace = (direction == Direction.INGRESS ? to : from).ref().namespace();
        String suffix = direction == Direction.EGRESS ? "-egress" : "";
        String base = ("allow-" + from.ref().name() + "-to-" + to.ref().name()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        base = base.substring(0, Math.min(base.length(), 63 - suffix.length() - 3)).replaceAll("-+$", "");
        java.util.Set<String> used = new java.util.HashSet<>();
        graph.snapshot().policies().stream().filter(p -> p.namespace().equals(namespace)).forEach(p -> used.add(p.name()));
        String name = base + suffix;
        for (int n = 2; used.contains(name); n++) {
            name = base + "-" + n + suffix;
        }
        return name;
    }

    private static NetworkPolicy newPolicy(String namespace, String name, LabelSelector pods, Direction direction, PolicyRule rule) {
        return new NetworkPolicy(namespace, name, pods, java.util.Set.of(direction), true,
                direction == Direction.INGRESS ? List.of(rule) : List.of(), direction == Direction.EGRESS ? List.of(rule) : List.of());
    }

    /** The ports as policy port entries: every port when every port is wanted, else one entry per range. */
    private static List<PolicyPort> ports(ConnectionSet wanted) {
        if (wanted.isAll()) {
            return List.of();
        }
        List<PolicyPort> out = new ArrayList<>();
        for (Map.Entry<Protocol, PortSet> e : wanted.byProtocol().entrySet()) {
            if (e.getValue().isAll()) {
                out.add(new PolicyPort(e.getKey(), new PortSpec.AnyPort()));
                continue;
            }
            for (int[] interval : e.getValue().intervals()) {
                out.add(new PolicyPort(e.getKey(), new PortSpec.Range(Math.max(1, interval[0]), interval[1])));
            }
        }
        return out;
    }

    private static NetworkPolicy withRule(NetworkPolicy policy, Direction direction, PolicyRule rule) {
        List<PolicyRule> ingress = new ArrayList<>(policy.ingress());
        List<PolicyRule> egress = new ArrayList<>(policy.egress());
        (direction == Direction.INGRESS ? ingress : egress).add(rule);
        return new NetworkPolicy(policy.namespace(), policy.name(), policy.podSelector(), policy.policyTypes(), policy.policyTypesDeclared(),
                ingress, egress);
    }
}
