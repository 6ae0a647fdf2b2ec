package io.kubereach.ui.model;

import io.kubereach.engine.RuleAdmission;
import io.kubereach.engine.RuleHit;
import io.kubereach.engine.SideVerdict;
import io.kubereach.engine.StepResult;
import io.kubereach.engine.TierStep;
import io.kubereach.graph.EdgeExplanation;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.PortVerdict;
import io.kubereach.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One traffic line of a what-if, before and after the edits: its verdict on each side (unknown
 * as an answer of its own) with the engine's explanation, and the rules that admit it after.
 *
 * @param sourceId the connecting vertex
 * @param targetId the accepting vertex
 * @param before the verdict before the edits; empty when an end does not exist there
 * @param after the verdict after them
 * @param beforeReasons the explanation before, one line per port
 * @param afterReasons the explanation after, one line per port
 * @param admittedBy the rules that admit the line after the edits, as words; empty when none does
 */
public record WhatIfLine(String sourceId, String targetId, Optional<PairVerdict> before, Optional<PairVerdict> after,
        List<String> beforeReasons, List<String> afterReasons, List<String> admittedBy) {

    /** At most this many ports are explained on each side. */
    private static final int MAX_REASONS = 6;

    public WhatIfLine {
        beforeReasons = List.copyOf(beforeReasons);
        afterReasons = List.copyOf(afterReasons);
        admittedBy = List.copyOf(admittedBy);
    }

    /** The line between two vertices, judged in both graphs. */
    public static WhatIfLine of(NetworkGraph before, NetworkGraph after, String sourceId, String targetId) {
        Optional<GraphEdge.Traffic> was = before.traffic(sourceId, targetId);
        Optional<GraphEdge.Traffic> is = after.traffic(sourceId, targetId);
        Optional<EdgeExplanation> wasWhy = was.map(before::explain);
        Optional<EdgeExplanation> isWhy = is.map(after::explain);
        return new WhatIfLine(sourceId, targetId, was.map(before::verdictOf), is.map(after::verdictOf), reasons(wasWhy), reasons(isWhy),
                isWhy.map(WhatIfLine::admitting).orElse(List.of()));
    }

    /** Whether the line is blocked (in part) after the edits, so that a proposal may admit it. */
    public boolean blockedAfter() {
        return after.filter(v -> v == PairVerdict.BLOCKED || v == PairVerdict.PARTIAL).isPresent();
    }

    private static List<String> reasons(Optional<EdgeExplanation> why) {
        List<String> out = new ArrayList<>();
        for (PortVerdict p : why.map(EdgeExplanation::ports).orElse(List.of())) {
            if (out.size() >= MAX_REASONS) {
                break;
            }
            String sentences = String.join(" ", p.explanation().stream().map(Messages::text).toList());
            out.add(p.port() + ": " + sentences);
        }
        return out;
    }

    /** The NetworkPolicy rules and cluster-wide Allow rules that admit an allowed port of the line. */
    private static List<String> admitting(EdgeExplanation why) {
        Set<String> out = new LinkedHashSet<>();
        for (PortVerdict p : why.ports()) {
            if (!p.allowed()) {
                continue;
            }
            for (SideVerdict side : List.of(p.egress(), p.ingress())) {
                String direction = Messages.text(side.direction() == io.kubereach.model.Direction.INGRESS
                        ? "whatIf.direction.INGRESS" : "whatIf.direction.EGRESS");
                for (RuleAdmission a : side.admittedBy()) {
                    out.add(Messages.text("whatIf.rule", a.policy(), direction, a.rule() + 1));
                }
                for (TierStep step : side.steps()) {
                    if (step.tier().clusterWide() && step.result() == StepResult.ALLOWED) {
                        for (RuleHit hit : step.hits()) {
                            out.add(Messages.text("whatIf.rule", hit.policy().kind() + " " + hit.policy().name(), direction, hit.rule() + 1));
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
