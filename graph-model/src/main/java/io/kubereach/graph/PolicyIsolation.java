package io.kubereach.graph;

import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which policies isolate each pod for each direction (rule 1; Cilium's default-deny rules, Calico
 * policies of a tier that denies by default, named by kind), which ipBlocks and CIDRs those
 * policies name, and which pods a cluster-wide policy (admin or baseline), a Cilium or Calico
 * policy, an object not evaluated or an unread policy kind has a say on: what decides whether a
 * traffic edge involves a policy at all.
 */
final class PolicyIsolation {

    private final Map<PodRef, Set<String>> ingress = new HashMap<>();
    private final Map<PodRef, Set<String>> egress = new HashMap<>();
    private final Map<PodRef, Set<IpBlock>> ingressBlocks = new HashMap<>();
    private final Map<PodRef, Set<IpBlock>> egressBlocks = new HashMap<>();
    private final Set<PodRef> ingressGoverned = new java.util.HashSet<>();
    private final Set<PodRef> egressGoverned = new java.util.HashSet<>();

    PolicyIsolation(ClusterSnapshot snapshot) {
        Map<String, io.kubereach.model.Namespace> namespaces = snapshot.namespacesByName();
        for (AdminPolicy policy : snapshot.adminPolicies()) {
            for (Pod pod : snapshot.pods()) {
                if (policy.subject().selects(pod, namespaces.getOrDefault(pod.namespace(), io.kubereach.model.Namespace.implied(pod.namespace())))) {
                    if (!policy.ingress().isEmpty()) {
                        ingressGoverned.add(pod.ref());
                    }
                    if (!policy.egress().isEmpty()) {
                        egressGoverned.add(pod.ref());
                    }
                }
            }
        }
        new CniGovernance(snapshot).apply(new CniGovernance.Sink() {
            @Override
            public void isolatedBy(Pod pod, Direction direction, String policy) {
                policies(direction).computeIfAbsent(pod.ref(), p -> new TreeSet<>()).add(policy);
            }

            @Override
            public void governed(Pod pod, Direction direction) {
                (direction == Direction.INGRESS ? ingressGoverned : egressGoverned).add(pod.ref());
            }

            @Override
            public void names(Pod pod, Direction direction, IpBlock block) {
                blocks(direction).computeIfAbsent(pod.ref(), p -> new java.util.LinkedHashSet<>()).add(block);
            }
        });
        for (NetworkPolicy policy : snapshot.policies()) {
            for (Pod pod : snapshot.pods()) {
                if (!policy.selects(pod)) {
                    continue;
                }
                for (Direction direction : Direction.values()) {
                    if (policy.isolates(direction)) {
                        policies(direction).computeIfAbsent(pod.ref(), p -> new TreeSet<>()).add(policy.qualifiedName());
                        Set<IpBlock> named = blocks(direction).computeIfAbsent(pod.ref(), p -> new java.util.LinkedHashSet<>());
                        for (PolicyRule rule : policy.rules(direction)) {
                            for (PolicyPeer peer : rule.peers()) {
                                if (peer instanceof PolicyPeer.Addresses a) {
                                    named.add(a.block());
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** The policies that isolate a pod for a direction, in name order; empty when it is not isolated. */
    Set<String> isolating(PodRef pod, Direction direction) {
        return policies(direction).getOrDefault(pod, Set.of());
    }

    /**
     * Whether some policy has a say on the pod's side of a direction: a NetworkPolicy isolates it,
     * or a cluster-wide policy applies to it.
     */
    boolean governed(PodRef pod, Direction direction) {
        return !isolating(pod, direction).isEmpty() || (direction == Direction.INGRESS ? ingressGoverned : egressGoverned).contains(pod);
    }

    /** The ipBlocks named by the rules of a direction of the policies that isolate the pod. */
    Set<IpBlock> namedBlocks(PodRef pod, Direction direction) {
        return blocks(direction).getOrDefault(pod, Set.of());
    }

    /** The isolating policies of any of the pods, in name order. */
    Set<String> isolating(List<Pod> pods, Direction direction) {
        Set<String> out = new TreeSet<>();
        pods.forEach(p -> out.addAll(isolating(p.ref(), direction)));
        return out;
    }

    private Map<PodRef, Set<String>> policies(Direction direction) {
        return direction == Direction.INGRESS ? ingress : egress;
    }

    private Map<PodRef, Set<IpBlock>> blocks(Direction direction) {
        return direction == Direction.INGRESS ? ingressBlocks : egressBlocks;
    }
}
