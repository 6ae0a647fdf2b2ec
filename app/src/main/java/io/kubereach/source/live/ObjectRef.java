package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Names one object of the cluster, as a change event reports it: a view finds the vertex to
 * recolour by it ({@code Pod shop/web-1}, {@code NetworkPolicy shop/deny-all}).
 *
 * @param kind the kind ({@code Pod}, {@code NetworkPolicy}, …)
 * @param namespace its namespace, empty for a cluster-scoped object
 * @param name its name
 */
public record ObjectRef(String kind, String namespace, String name) implements Comparable<ObjectRef> {

    /** The reference of an object of a known kind. */
    static ObjectRef of(ResourceKind kind, HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return new ObjectRef(kind.kind(), namespace == null ? "" : namespace, object.getMetadata().getName());
    }

    @Override
    public int compareTo(ObjectRef o) {
        return toString().compareTo(o.toString());
    }

    /** {@code Kind namespace/name}. */
    @Override
    public String toString() {
        return kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
