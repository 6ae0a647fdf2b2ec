package io.kubereach.diagram;

import io.kubereach.engine.TierKind;
import io.kubereach.graph.GraphEdge;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The badge of a traffic line: the kinds of policy tier that decided some of its connections, in
 * walking order, in a word each ("Admin · NP", "Cilium", "Calico · NP"); at most two words and a
 * count of the others for a line that stands for many edges. Empty when no policy decided any
 * connection (nothing isolates either end) or when what it carries cannot be judged.
 */
final class DecidedBadge {

    /** At most this many kinds are named; the others are counted. */
    static final int NAMED = 2;

    private DecidedBadge() {
    }

    /** The badge of a drawn line. */
    static String of(DrawnLine line, DiagramText text) {
        Set<TierKind> kinds = EnumSet.noneOf(TierKind.class);
        for (Connection c : line.parts()) {
            if (c.edge() instanceof GraphEdge.Traffic t) {
                kinds.addAll(t.decidingTiers());
            } else if (c.edge() instanceof GraphEdge.SummedTraffic s) {
                kinds.addAll(s.decidingTiers());
            }
        }
        return of(kinds, text);
    }

    /** The badge of some kinds of tier. */
    static String of(Set<TierKind> kinds, DiagramText text) {
        List<String> words = kinds.stream().limit(NAMED).map(k -> word(k, text)).toList();
        String named = String.join(" · ", words);
        return kinds.size() > NAMED ? text.format("badge.more", named, kinds.size() - NAMED) : named;
    }

    private static String word(TierKind kind, DiagramText text) {
        return text.get(switch (kind) {
            case UNEVALUATED -> "badge.UNEVALUATED";
            case ADMIN -> "badge.ADMIN";
            case CALICO -> "badge.CALICO";
            case CILIUM_DENY -> "badge.CILIUM_DENY";
            case NETWORK_POLICY -> "badge.NETWORK_POLICY";
            case BASELINE -> "badge.BASELINE";
        });
    }
}
