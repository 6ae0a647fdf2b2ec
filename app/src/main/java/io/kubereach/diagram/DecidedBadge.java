package io.kubereach.diagram;

import io.kubereach.engine.Decider;
import io.kubereach.engine.TierKind;
import io.kubereach.graph.GraphEdge;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The badge of a traffic line: who decided some of its connections, in walking order, in a word
 * each ("Admin · NP", "Cilium", "Calico · NP"): the cluster-wide tiers by their tier, every other
 * policy by its language, so a Cilium allow rule or a policy of Calico's {@code default} tier is
 * named as such although it shares the NetworkPolicy tier. At most two words and a count of the
 * others for a line that stands for many edges. Empty when no policy decided any connection
 * (nothing isolates either end) or when what it carries cannot be judged.
 */
final class DecidedBadge {

    /** At most this many words are shown; the others are counted. */
    static final int NAMED = 2;

    private DecidedBadge() {
    }

    /** The badge of a drawn line. */
    static String of(DrawnLine line, DiagramText text) {
        SortedSet<Decider> deciders = new TreeSet<>();
        for (Connection c : line.parts()) {
            if (c.edge() instanceof GraphEdge.Traffic t) {
                deciders.addAll(t.decidedBy().keySet());
            } else if (c.edge() instanceof GraphEdge.SummedTraffic s) {
                deciders.addAll(s.deciders());
            }
        }
        return of(deciders, text);
    }

    /** The badge of some deciders: their words in walking order, each word once. */
    static String of(Collection<Decider> deciders, DiagramText text) {
        List<String> words = deciders.stream().sorted().map(d -> word(d, text)).distinct().toList();
        String named = String.join(" · ", words.subList(0, Math.min(NAMED, words.size())));
        return words.size() > NAMED ? text.format("badge.more", named, words.size() - NAMED) : named;
    }

    private static String word(Decider decider, DiagramText text) {
        return text.get(switch (decider.language()) {
            case UNEVALUATED -> "badge.UNEVALUATED";
            case CLUSTER_WIDE -> decider.tier() == TierKind.BASELINE ? "badge.BASELINE" : "badge.ADMIN";
            case CALICO -> "badge.CALICO";
            case CILIUM -> "badge.CILIUM";
            case KUBERNETES -> "badge.NETWORK_POLICY";
        });
    }
}
