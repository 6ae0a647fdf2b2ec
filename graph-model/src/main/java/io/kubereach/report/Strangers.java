package io.kubereach.report;

import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.WorkloadRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pods that stand for "any pod of any namespace" in an exposure question. A pod with no
 * labels in a namespace no cluster has fails every selector that asks for a label, but not one
 * that only forbids one ({@code NotIn}, {@code DoesNotExist}): for each such requirement a
 * second stranger carries the forbidden label, so that only what every stranger gets is what the
 * entire cluster gets. Strangers whose namespace has labels need an engine that knows those
 * namespaces, made on demand from the snapshot with them added.
 */
final class Strangers {

    /** The strangers' namespace: no cluster has it. */
    static final String NOWHERE = "kubereach-any-namespace";

    /** The stranger with no labels, whom only a rule admitting every namespace and every pod admits. */
    static final Pod PLAIN = stranger(NOWHERE, Map.of());

    private final List<Peer> peers;
    private final ReachabilityEngine engine;

    Strangers(ClusterSnapshot snapshot, ReachabilityEngine engine, Function<ClusterSnapshot, ReachabilityEngine> engines) {
        Map<Map<String, String>, Peer> byPodLabel = new LinkedHashMap<>(Map.of(Map.of(), Peer.of(PLAIN)));
        Map<Map<String, String>, Namespace> namespaces = new LinkedHashMap<>();
        for (NetworkPolicy policy : snapshot.policies()) {
            for (PolicyRule rule : rules(policy)) {
                for (PolicyPeer peer : rule.peers()) {
                    if (peer instanceof PolicyPeer.Selectors s) {
                        forbidden(s.podSelector()).forEach(label -> byPodLabel.computeIfAbsent(label, l -> Peer.of(stranger(NOWHERE, l))));
                        for (Map<String, String> label : forbidden(s.namespaceSelector())) {
                            String name = NOWHERE + "-" + (namespaces.size() + 1);
                            Map<String, String> labels = new LinkedHashMap<>(label);
                            labels.put(Namespace.NAME_LABEL, name);
                            namespaces.putIfAbsent(label, new Namespace(name, labels));
                        }
                    }
                }
            }
        }
        List<Peer> out = new ArrayList<>(byPodLabel.values());
        namespaces.values().forEach(n -> out.add(Peer.of(stranger(n.name(), Map.of()))));
        this.peers = List.copyOf(out);
        this.engine = namespaces.isEmpty() ? engine : engines.apply(withNamespaces(snapshot, namespaces.values()));
    }

    /** The strangers to ask about, the plain one first. */
    List<Peer> peers() {
        return peers;
    }

    /** The engine that knows the strangers' namespaces. */
    ReachabilityEngine engine() {
        return engine;
    }

    private static List<PolicyRule> rules(NetworkPolicy policy) {
        List<PolicyRule> all = new ArrayList<>(policy.ingress());
        all.addAll(policy.egress());
        return all;
    }

    /** One label per requirement that forbids a label: a value {@code NotIn} excludes, or any value of a key that must not exist. */
    private static List<Map<String, String>> forbidden(Optional<LabelSelector> selector) {
        List<Map<String, String>> out = new ArrayList<>();
        for (LabelRequirement r : selector.map(LabelSelector::requirements).orElse(List.of())) {
            if (r.operator() == LabelRequirement.Operator.NOT_IN) {
                out.add(Map.of(r.key(), r.values().iterator().next()));
            } else if (r.operator() == LabelRequirement.Operator.DOES_NOT_EXIST) {
                out.add(Map.of(r.key(), "any"));
            }
        }
        return out;
    }

    private static Pod stranger(String namespace, Map<String, String> labels) {
        return new Pod(namespace, "any-pod", labels, List.of(), Optional.empty(), new WorkloadRef(namespace, "Pod", "any-pod"), false,
                List.of(), true);
    }

    private static ClusterSnapshot withNamespaces(ClusterSnapshot s, java.util.Collection<Namespace> extra) {
        List<Namespace> namespaces = new ArrayList<>(s.namespaces());
        namespaces.addAll(extra);
        return new ClusterSnapshot(s.source(), namespaces, s.nodes(), s.pods(), s.workloads(), s.services(), s.endpoints(),
                s.ingresses(), s.policies(), s.adminPolicies(), s.warningMessages(), s.kubeProxy(), s.gaps(), s.cniPolicies());
    }
}
