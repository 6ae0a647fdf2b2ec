package io.kubereach.graph;

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
 * Which policies isolate each pod for each direction (rule 1), and which ipBlocks those
 * policies name: what decides whether a traffic edge involves a policy at all.
 */
final class PolicyIsolation {

    private final Map<PodRef, Set<String>> ingress = new HashMap<>();
    private final Map<PodRef, Set<String>> egress = new HashMap<>();
    private final Map<PodRef, Set<IpBlock>> ingressBlocks = new HashMap<>();
    private final Map<PodRef, Set<IpBlock>> egressBlocks = new HashMap<>();

    PolicyIsolation(ClusterSnapshot snapshot) {
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
