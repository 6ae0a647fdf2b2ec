package io.kubereach.graph;

import io.kubereach.engine.Answer;
import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.Peer;
import io.kubereach.engine.PortSet;
import io.kubereach.engine.SideVerdict;
import io.kubereach.engine.StepResult;
import io.kubereach.engine.TierStep;
import io.kubereach.engine.Verdict;
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

/**
 * "What would allow it": the smallest edit that admits exactly one blocked line, from one
 * workload to another on the ports its destination serves and does not admit now. Each side
 * that refuses because NetworkPolicies isolate it gets one new rule in its first isolating
 * policy (by name), naming exactly the other workload's pods (all the labels they share, and
 * their namespace by its name label) and the ports refused. A side refused by a cluster-wide
 * policy's rule, or that cannot be judged, gets no proposal: the reason says why.
 *
 * @param edited the policies with their new rule, each replacing the policy of its name, or new
 * @param refusal why no edit is proposed; empty when one is
 */
public record AdmitProposal(List<NetworkPolicy> edited, Optional<Message> refusal) {

    public AdmitProposal {
        edited = List.copyOf(edited);
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
        // a side needs a rule when it refuses one of the wanted ports (the other may refuse others)
        Map<Direction, SideVerdict> refusing = new java.util.EnumMap<>(Direction.class);
        for (Probe probe : Probe.of(wanted)) {
            Verdict verdict = graph.engine().verdict(s, d, probe.protocol(), probe.port());
            for (SideVerdict side : List.of(verdict.egress(), verdict.ingress())) {
                if (!side.allows()) {
                    refusing.putIfAbsent(side.direction(), side);
                }
            }
        }
        Map<String, NetworkPolicy> byName = new HashMap<>();
        graph.snapshot().policies().forEach(p -> byName.put(p.qualifiedName(), p));
        List<NetworkPolicy> edited = new ArrayList<>();
        for (SideVerdict side : refusing.values()) {
            if (side.answer() == Answer.UNKNOWN) {
                return refused(Message.of("whatIf.propose.unknown"));
            }
            Optional<TierStep> clusterDenial = side.steps().stream()
                    .filter(t -> t.tier().clusterWide() && t.result() == StepResult.DENIED).findFirst();
            if (clusterDenial.isPresent() || side.status() != SideVerdict.Status.ISOLATED || side.isolatingPolicies().isEmpty()) {
                String by = clusterDenial.flatMap(t -> t.policies().stream().findFirst()).map(p -> p.kind() + " " + p.name()).orElse("?");
                return refused(Message.of("whatIf.propose.clusterTier", by));
            }
            boolean ingress = side.direction() == Direction.INGRESS;
            List<Pod> own = pods(graph, ingress ? targetId : sourceId);
            List<Pod> others = pods(graph, ingress ? sourceId : targetId);
            // a policy that selects no pod but these: a rule in it admits for them alone
            Optional<NetworkPolicy> alone = side.isolatingPolicies().stream().map(byName::get)
                    .filter(p -> graph.snapshot().pods().stream().filter(p::selects).allMatch(own::contains)).findFirst();
            String namespace = own.get(0).namespace();
            PolicyPeer.Selectors peer = peer(namespace, others);
            LabelSelector ownSelector = LabelSelector.of(sharedLabels(own));
            boolean exact = graph.snapshot().pods().stream().filter(p -> peer.matches(namespace,
                    graph.snapshot().namespace(p.namespace()), p.labels())).allMatch(others::contains)
                    && (alone.isPresent() || graph.snapshot().pods().stream()
                            .filter(p -> p.namespace().equals(namespace) && ownSelector.matches(p.labels())).allMatch(own::contains));
            if (!exact) {
                return refused(Message.of("whatIf.propose.notExact"));
            }
            PolicyRule rule = new PolicyRule(List.of(peer), ports(wanted));
            edited.add(alone.map(p -> withRule(p, side.direction(), rule))
                    .orElseGet(() -> newPolicy(namespace, name(graph, sourceId, targetId, side.direction()), ownSelector, side.direction(), rule)));
        }
        return new AdmitProposal(edited, Optional.empty());
    }

    /** Whether an edit is proposed. */
    public boolean proposes() {
        return refusal.isEmpty();
    }

    private static AdmitProposal refused(Message why) {
        return new AdmitProposal(List.of(), Optional.of(why));
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

    private static List<Pod> pods(NetworkGraph graph, String workloadId) {
        GraphVertex.WorkloadVertex w = (GraphVertex.WorkloadVertex) graph.vertex(workloadId).orElseThrow();
        return graph.snapshot().pods().stream().filter(p -> p.owner().equals(w.ref())).toList();
    }

    /** The labels every one of the pods has. */
    private static Map<String, String> sharedLabels(List<Pod> pods) {
        Map<String, String> shared = new HashMap<>(pods.get(0).labels());
        pods.forEach(p -> shared.entrySet().removeIf(e -> !e.getValue().equals(p.labels().get(e.getKey()))));
        return shared;
    }

    /** A peer naming the pods of one workload by the labels they share (and their namespace, when it is not the policy's). */
    private static PolicyPeer.Selectors peer(String policyNamespace, List<Pod> pods) {
        String namespace = pods.get(0).namespace();
        Optional<LabelSelector> namespaces = namespace.equals(policyNamespace) ? Optional.empty()
                : Optional.of(LabelSelector.of(Map.of(Namespace.NAME_LABEL, namespace)));
        return new PolicyPeer.Selectors(Optional.of(LabelSelector.of(sharedLabels(pods))), namespaces);
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
