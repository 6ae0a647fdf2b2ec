package io.kubereach.graph;

import io.kubereach.model.LabelSelector;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a view shows: some namespaces (all when empty), the pods whose labels match (and the
 * workloads with such a pod), and some layers.
 *
 * @param namespaces the namespaces shown; empty means every namespace
 * @param labels the pods shown by their labels; {@link LabelSelector#ALL} shows every pod
 * @param layers the layers shown
 */
public record GraphFilter(Set<String> namespaces, LabelSelector labels, Set<Layer> layers) {

    /** Everything. */
    public static final GraphFilter ALL = new GraphFilter(Set.of(), LabelSelector.ALL, EnumSet.allOf(Layer.class));

    public GraphFilter {
        namespaces = Set.copyOf(namespaces);
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
    }

    /** This filter showing only these namespaces (every namespace when empty). */
    public GraphFilter withNamespaces(Set<String> shown) {
        return new GraphFilter(shown, labels, layers);
    }

    /** This filter showing only pods whose labels match. */
    public GraphFilter withLabels(LabelSelector selector) {
        return new GraphFilter(namespaces, selector, layers);
    }

    /** This filter with a layer shown or hidden. */
    public GraphFilter withLayer(Layer layer, boolean shown) {
        EnumSet<Layer> out = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        if (shown) {
            out.add(layer);
        } else {
            out.remove(layer);
        }
        return new GraphFilter(namespaces, labels, out);
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
