package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.ExternalRanges;
import io.kubereach.model.WorkloadRef;
import java.util.List;

/**
 * How exposed one workload is, as netpol-analyzer's exposure analysis asks: what it may open to
 * and accept from outside the cluster (range by range), what it may open to and accept from any
 * pod of any namespace (one that does not exist yet, with no labels, stands for all), and which
 * directions no NetworkPolicy protects at all. What cannot be judged counts as no exposure here
 * and is flagged: it is never shown as allowed.
 *
 * @param workload the workload
 * @param toOutside what it may open to each outside range, ranges with nothing left out
 * @param fromOutside what each outside range may open to it, ranges with nothing left out
 * @param toSelectors what it may open to pods not in the input that a rule's selectors name (netpol-analyzer's representative peers)
 * @param fromSelectors what such pods may open to it
 * @param toEveryNamespace what it may open to any pod of any namespace (empty: nothing); named ports its rules give stay names
 * @param fromEveryNamespace what any pod of any namespace may open to it (empty: nothing)
 * @param ingressProtected whether a NetworkPolicy isolates its pods for ingress
 * @param egressProtected whether a NetworkPolicy isolates its pods for egress
 * @param unknown whether some of it could not be judged
 * @param toSelectorsUnknown the policies (Cilium, Calico, not evaluated) that apply to it for egress, whose rules are not
 *     inferred for pods not in the input: its egress selector lines are unknown (empty: they are stated exactly)
 * @param fromSelectorsUnknown the same for ingress
 */
public record Exposure(WorkloadRef workload, List<RangeConnections> toOutside, List<RangeConnections> fromOutside,
        List<SelectorConnections> toSelectors, List<SelectorConnections> fromSelectors, PotentialConnections toEveryNamespace,
        PotentialConnections fromEveryNamespace, boolean ingressProtected, boolean egressProtected,
        boolean unknown, List<Uninferred> toSelectorsUnknown, List<Uninferred> fromSelectorsUnknown) {

    public Exposure {
        toSelectorsUnknown = List.copyOf(toSelectorsUnknown);
        fromSelectorsUnknown = List.copyOf(fromSelectorsUnknown);
        toOutside = List.copyOf(toOutside);
        fromOutside = List.copyOf(fromOutside);
        toSelectors = List.copyOf(toSelectors);
        fromSelectors = List.copyOf(fromSelectors);
    }

    /**
     * What may pass between a workload and one outside range.
     *
     * @param range the range
     * @param connections what may pass, never empty
     */
    public record RangeConnections(ExternalRanges.Range range, ConnectionSet connections) {
    }

    /**
     * What may pass between a workload and the pods one rule's selectors name that are not in the input.
     *
     * @param peer who stands for those pods
     * @param connections what may pass; empty only where the entire cluster gets more (a Deny rule names these pods)
     */
    public record SelectorConnections(RepresentativePeer peer, PotentialConnections connections) {
    }

    /** Whether anything outside the cluster may open a connection to it. */
    public boolean reachableFromOutside() {
        return !fromOutside.isEmpty();
    }

    /** Whether any pod of any namespace may open a connection to it. */
    public boolean reachableFromEveryNamespace() {
        return !fromEveryNamespace.isEmpty();
    }

    /** Whether no NetworkPolicy isolates it for ingress nor for egress. */
    public boolean notIsolated() {
        return !ingressProtected && !egressProtected;
    }

    /** Whether it is exposed in some way worth marking: from outside, from every namespace, or not isolated for ingress. */
    public boolean exposed() {
        return reachableFromOutside() || reachableFromEveryNamespace() || !ingressProtected;
    }
}
