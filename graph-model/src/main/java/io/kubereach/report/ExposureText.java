package io.kubereach.report;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The exposure section netpol-analyzer's {@code list --exposure} prints after the connection
 * list (txt): each workload's egress and ingress exposure to outside ranges and to
 * {@code entire-cluster} (any pod of any namespace), then the workloads no NetworkPolicy protects,
 * per direction. netpol-analyzer also lists the rule selectors that could match pods not in the
 * input ({@code [namespace with {…}]/[pod with {…}]}); this section does not.
 */
public final class ExposureText {

    /** What netpol-analyzer writes for any pod of any namespace. */
    static final String ENTIRE_CLUSTER = "entire-cluster";

    private final List<Exposure> exposures;

    public ExposureText(ClusterSnapshot snapshot, ReachabilityEngine engine, EngineOptions options) {
        this.exposures = new ExposureAnalysis(snapshot, engine)
                .of(WorkloadGroups.of(snapshot.pods(), options.ipBlocksMatchPodIps()).representatives());
    }

    /** The exposure of each workload, in name order. */
    public List<Exposure> exposures() {
        return exposures;
    }

    /** The section, starting with a blank line, as netpol-analyzer's txt output writes it. */
    public String text() {
        List<String[]> egress = new ArrayList<>();
        List<String[]> ingress = new ArrayList<>();
        List<String> unprotected = new ArrayList<>();
        for (Exposure e : exposures) {
            String name = e.workload().toString();
            e.toOutside().forEach(r -> egress.add(new String[] {name, r.range() + "[External]", r.connections().toString()}));
            if (!e.toEveryNamespace().isEmpty()) {
                egress.add(new String[] {name, ENTIRE_CLUSTER, e.toEveryNamespace().toString()});
            }
            e.fromOutside().forEach(r -> ingress.add(new String[] {name, r.range() + "[External]", r.connections().toString()}));
            if (!e.fromEveryNamespace().isEmpty()) {
                ingress.add(new String[] {name, ENTIRE_CLUSTER, e.fromEveryNamespace().toString()});
            }
            if (!e.egressProtected()) {
                unprotected.add(name + " is not protected on Egress");
            }
            if (!e.ingressProtected()) {
                unprotected.add(name + " is not protected on Ingress");
            }
        }
        int width = 0;
        for (String[] line : egress) {
            width = Math.max(width, line[0].length());
        }
        for (String[] line : ingress) {
            width = Math.max(width, line[0].length());
        }
        StringBuilder out = new StringBuilder("\nExposure Analysis Result:\n");
        out.append("Egress Exposure:\n");
        lines(egress, "=>", width, out);
        out.append("\nIngress Exposure:\n");
        lines(ingress, "<=", width, out);
        if (!unprotected.isEmpty()) {
            out.append("\nWorkloads not protected by network policies:\n");
            unprotected.forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    private static void lines(List<String[]> lines, String arrow, int width, StringBuilder out) {
        for (String[] l : lines) {
            out.append(String.format("%-" + Math.max(1, width) + "s \t%s \t%s : %s\n", l[0], arrow, l[1], l[2]));
        }
    }
}
