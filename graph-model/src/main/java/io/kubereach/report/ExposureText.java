package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The exposure section netpol-analyzer's {@code list --exposure} prints after the connection
 * list (txt): each exposed workload's egress and ingress exposure to outside ranges, to
 * {@code entire-cluster} (any pod of any namespace) and to the pods not in the input that a rule's
 * selectors name ({@code [namespace with {…}]/[pod with {…}]}), sorted as it sorts them, then the
 * workloads no NetworkPolicy protects, per direction. A workload is exposed when some direction is
 * unprotected or open to the entire cluster or to such selectors; only then are its outside ranges
 * listed, as netpol-analyzer does. A named port toward pods whose containers are unknown stays a
 * name ({@code TCP http}). Where a Cilium or Calico policy (or one not evaluated) applies to a
 * workload, its selector lines of that direction say {@code unknown} with the policy named, and one
 * more line per such policy says that the pods its rules name are not judged ({@link #unknownLines()}).
 */
public final class ExposureText {

    /** What netpol-analyzer writes for any pod of any namespace. */
    static final String ENTIRE_CLUSTER = "entire-cluster";

    /** Why a selector line is unknown. */
    private static final String NOT_INFERRED = " rules are not inferred for pods outside the input";

    private final List<Exposure> exposures;

    public ExposureText(ClusterSnapshot snapshot, ReachabilityEngine engine, EngineOptions options) {
        this(snapshot, engine, options, s -> new IndexedEngine(s, options));
    }

    /** {@code engines} makes an engine like {@code engine} for another snapshot (see {@link ExposureAnalysis}). */
    public ExposureText(ClusterSnapshot snapshot, ReachabilityEngine engine, EngineOptions options,
            java.util.function.Function<ClusterSnapshot, ReachabilityEngine> engines) {
        ExposureAnalysis analysis = new ExposureAnalysis(snapshot, engine, engines);
        this.exposures = analysis.of(WorkloadGroups.of(snapshot.pods(), options.ipBlocksMatchPodIps()).representatives());
    }

    /** The exposure of each workload, in name order. */
    public List<Exposure> exposures() {
        return exposures;
    }

    /** How many lines say {@code unknown}: selector lines of workloads a Cilium, Calico or not evaluated policy applies to. */
    public long unknownLines() {
        return exposures.stream().filter(ExposureText::exposedPeer).mapToLong(e -> unknownLines(e.toSelectors(), e.toSelectorsUnknown())
                + unknownLines(e.fromSelectors(), e.fromSelectorsUnknown())).sum();
    }

    private static long unknownLines(List<Exposure.SelectorConnections> selectors, List<Uninferred> policies) {
        return policies.isEmpty() ? 0 : selectors.size() + policies.stream().filter(Uninferred::namesPods).count();
    }

    private record Line(String workload, String other, String connections) implements Comparable<Line> {
        @Override
        public int compareTo(Line o) {
            int byWorkload = workload.compareTo(o.workload);
            return byWorkload != 0 ? byWorkload : other.compareTo(o.other);
        }
    }

    /**
     * The section as netpol-analyzer's txt output writes it, starting with a blank line that
     * separates it from the connection list (left out when that list is empty: {@code afterList} false).
     */
    public String text(boolean afterList) {
        List<Line> egress = new ArrayList<>();
        List<Line> ingress = new ArrayList<>();
        List<String> unprotected = new ArrayList<>();
        int width = 0;
        for (Exposure e : exposures) {
            if (!exposedPeer(e)) {
                continue;
            }
            String name = e.workload().toString();
            width = Math.max(width, name.length());
            lines(name, e.toOutside(), e.toSelectors(), e.toSelectorsUnknown(), e.toEveryNamespace(), egress);
            lines(name, e.fromOutside(), e.fromSelectors(), e.fromSelectorsUnknown(), e.fromEveryNamespace(), ingress);
            if (!e.egressProtected()) {
                unprotected.add(name + " is not protected on Egress");
            }
            if (!e.ingressProtected()) {
                unprotected.add(name + " is not protected on Ingress");
            }
        }
        Collections.sort(egress);
        Collections.sort(ingress);
        Collections.sort(unprotected);
        StringBuilder out = new StringBuilder(afterList ? "\nExposure Analysis Result:\n" : "Exposure Analysis Result:\n");
        if (!egress.isEmpty()) {
            out.append("Egress Exposure:\n");
            write(egress, "=>", width, out);
        }
        if (!ingress.isEmpty()) {
            out.append(egress.isEmpty() ? "" : "\n").append("Ingress Exposure:\n");
            write(ingress, "<=", width, out);
        }
        if (!unprotected.isEmpty()) {
            out.append("\nWorkloads not protected by network policies:\n");
            unprotected.forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    /** The section after a connection list that is not empty. */
    public String text() {
        return text(true);
    }

    /**
     * Whether netpol-analyzer counts the workload as exposed: some direction unprotected, or open to the entire cluster or to
     * selectors; or, beyond what it knows, some of its selector lines unknown.
     */
    private static boolean exposedPeer(Exposure e) {
        return !e.ingressProtected() || !e.egressProtected() || !e.toEveryNamespace().isEmpty() || !e.fromEveryNamespace().isEmpty()
                || !e.toSelectors().isEmpty() || !e.fromSelectors().isEmpty() || e.toSelectorsUnknown().stream().anyMatch(Uninferred::namesPods)
                || e.fromSelectorsUnknown().stream().anyMatch(Uninferred::namesPods);
    }

    private static void lines(String name, List<Exposure.RangeConnections> outside, List<Exposure.SelectorConnections> selectors,
            List<Uninferred> uninferred, PotentialConnections entireCluster, List<Line> out) {
        outside.forEach(r -> out.add(new Line(name, r.range() + "[External]", r.connections().toString())));
        String why = "unknown (" + String.join(", ", uninferred.stream().map(Uninferred::title).toList())
                + (uninferred.size() == 1 ? " also applies to it, and its" : " also apply to it, and their") + NOT_INFERRED + ")";
        selectors.forEach(s -> out.add(new Line(name, s.peer().text(), uninferred.isEmpty() ? s.connections().toString() : why)));
        uninferred.stream().filter(Uninferred::namesPods)
                .forEach(policy -> out.add(new Line(name, "[pods " + policy.title() + " names]", "unknown (its" + NOT_INFERRED + ")")));
        if (!entireCluster.isEmpty()) {
            out.add(new Line(name, ENTIRE_CLUSTER, entireCluster.toString()));
        }
    }

    private static void write(List<Line> lines, String arrow, int width, StringBuilder out) {
        for (Line l : lines) {
            out.append(String.format("%-" + Math.max(1, width) + "s \t%s \t%s : %s\n", l.workload(), arrow, l.other(), l.connections()));
        }
    }
}
