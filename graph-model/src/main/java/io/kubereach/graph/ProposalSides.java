package io.kubereach.graph;

import io.kubereach.model.Direction;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two ends of a line a proposal would admit, seen from one refusing side: the pods of that
 * side ("own": the destination's for ingress, the source's for egress) and those of the other.
 *
 * @param graph the graph the line is judged in
 * @param direction the refusing side
 * @param sourceId the connecting workload vertex
 * @param targetId the accepting workload vertex
 */
record ProposalSides(NetworkGraph graph, Direction direction, String sourceId, String targetId) {

    /** The pods of the refusing side's workload. */
    List<Pod> own() {
        return pods(direction == Direction.INGRESS ? targetId : sourceId);
    }

    /** The pods of the other workload. */
    List<Pod> others() {
        return pods(direction == Direction.INGRESS ? sourceId : targetId);
    }

    String ownNamespace() {
        return own().get(0).namespace();
    }

    String otherNamespace() {
        return others().get(0).namespace();
    }

    /** The labels every pod of the refusing side has. */
    Map<String, String> ownLabels() {
        return sharedLabels(own());
    }

    /** The labels every pod of the other side has. */
    Map<String, String> otherLabels() {
        return sharedLabels(others());
    }

    /** Every pod of the cluster. */
    List<Pod> allPods() {
        return graph.snapshot().pods();
    }

    /** A namespace of the cluster (one with only its name label when it is not listed). */
    Namespace namespace(String name) {
        return graph.snapshot().namespace(name);
    }

    String sourceName() {
        return workload(sourceId).ref().name();
    }

    String targetName() {
        return workload(targetId).ref().name();
    }

    /** The other workload's name. */
    String otherName() {
        return workload(direction == Direction.INGRESS ? sourceId : targetId).ref().name();
    }

    /** A name made fit for an object: lower case, letters, digits and dashes, at most 63 characters. */
    static String dnsName(String text) {
        String name = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return name.substring(0, Math.min(name.length(), 63)).replaceAll("-+$", "");
    }

    private GraphVertex.WorkloadVertex workload(String id) {
        return (GraphVertex.WorkloadVertex) graph.vertex(id).orElseThrow();
    }

    private List<Pod> pods(String workloadId) {
        GraphVertex.WorkloadVertex w = workload(workloadId);
        return graph.snapshot().pods().stream().filter(p -> p.owner().equals(w.ref())).toList();
    }

    /** The labels every one of the pods has. */
    static Map<String, String> sharedLabels(List<Pod> pods) {
        Map<String, String> shared = new HashMap<>(pods.get(0).labels());
        pods.forEach(p -> shared.entrySet().removeIf(e -> !e.getValue().equals(p.labels().get(e.getKey()))));
        return shared;
    }
}
