package io.kubereach.report;

import io.kubereach.model.Pod;
import io.kubereach.model.WorkloadRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pods of each workload, reduced to one pod per kind of pod that a policy could tell apart
 * (labels, declared ports, hostNetwork, and IPs where they matter): replicas of one template
 * count once. Workloads are named as netpol-analyzer names them, by the pods' direct controller
 * ({@code frontend-6d4cf56db6[ReplicaSet]}), so that the connection list and diff stay its own.
 */
final class WorkloadGroups {

    private final Map<WorkloadRef, List<Pod>> representatives;

    private WorkloadGroups(Map<WorkloadRef, List<Pod>> representatives) {
        this.representatives = representatives;
    }

    /** Groups pods by workload; {@code ipsMatter} when ipBlocks may match pod IPs, so replicas' IPs tell them apart. */
    static WorkloadGroups of(List<Pod> pods, boolean ipsMatter) {
        Map<WorkloadRef, Map<List<Object>, Pod>> byKind = new TreeMap<>();
        for (Pod pod : pods) {
            byKind.computeIfAbsent(pod.controller(), w -> new LinkedHashMap<>()).putIfAbsent(distinction(pod, ipsMatter), pod);
        }
        Map<WorkloadRef, List<Pod>> out = new LinkedHashMap<>();
        byKind.forEach((w, kinds) -> out.put(w, new ArrayList<>(kinds.values())));
        return new WorkloadGroups(out);
    }

    /**
     * What may make two pods of one workload differ under some policy: labels, declared ports
     * (named ports), hostNetwork, and the IPs when ipBlocks match pod IPs.
     */
    private static List<Object> distinction(Pod pod, boolean ipsMatter) {
        return ipsMatter
                ? List.of(pod.labels(), pod.ports(), pod.hostNetwork(), pod.ips())
                : List.of(pod.labels(), pod.ports(), pod.hostNetwork());
    }

    /** For each workload, in name order, the pods that stand for all of its pods. */
    Map<WorkloadRef, List<Pod>> representatives() {
        return representatives;
    }
}
