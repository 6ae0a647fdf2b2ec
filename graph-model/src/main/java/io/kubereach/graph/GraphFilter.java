package io.kubereach.graph;

import io.kubereach.engine.TierKind;
import io.kubereach.model.LabelSelector;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a view shows: some namespaces (all when empty), the pods whose labels match (and the
 * workloads with such a pod), some layers, and the traffic lines decided by some kinds of policy
 * tier (every line when none is named).
 *
 * @param namespaces the namespaces shown; empty means every namespace
 * @param labels the pods shown by their labels; {@link LabelSelector#ALL} shows every pod
 * @param layers the layers shown
 * @param decidedBy the kinds of tier whose traffic lines are shown: a line shows when a tier of one of these kinds decided some
 *     of its connections ({@link GraphEdge.Traffic#decidingTiers}), or when some of them cannot be judged (what cannot be
 *     judged may be theirs); empty means every line, those no policy decided included
 */
public record GraphFilter(Set<String> namespaces, LabelSelector labels, Set<Layer> layers, Set<TierKind> decidedBy) {

    /** Everything. */
    public static final GraphFilter ALL = new GraphFilter(Set.of(), LabelSelector.ALL, EnumSet.allOf(Layer.class), Set.of());

    public GraphFilter {
        namespaces = Set.copyOf(namespaces);
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        decidedBy = decidedBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(decidedBy));
    }

    /** This filter showing only these namespaces (every namespace when empty). */
    public GraphFilter withNamespaces(Set<String> shown) {
        return new GraphFilter(shown, labels, layers, decidedBy);
    }

    /** This filter showing only pods whose labels match. */
    public GraphFilter withLabels(LabelSelector selector) {
        return new GraphFilter(namespaces, selector, layers, decidedBy);
    }

    /** This filter showing only the traffic lines some tier of these kinds decided (every line when empty). */
    public GraphFilter withDecidedBy(Set<TierKind> kinds) {
        return new GraphFilter(namespaces, labels, layers, kinds);
    }

    /** Whether a traffic edge's line is shown by what decided it. */
    public boolean showsDecided(GraphEdge.Traffic edge) {
        return decidedBy.isEmpty() || !edge.unknown().isEmpty() || edge.decidingTiers().stream().anyMatch(decidedBy::contains);
    }

    /** This filter with a layer shown or hidden. */
    public GraphFilter withLayer(Layer layer, boolean shown) {
        EnumSet<Layer> out = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        if (shown) {
            out.add(layer);
        } else {
            out.remove(layer);
        }
        return new GraphFilter(namespaces, labels, out, decidedBy);
    }

    /** Whether a namespace is shown. */
    public boolean showsNamespace(String namespace) {
        return namespaces.isEmpty() || namespaces.contains(namespace);
    }

    /** Whether a layer is shown. */
    public boolean shows(Layer layer) {
        return layers.contains(layer);
    }
}
