package io.kubereach.model;

/**
 * The identity of a pod.
 *
 * @param namespace its namespace
 * @param name its name
 */
public record PodRef(String namespace, String name) implements Comparable<PodRef> {

    @Override
    public int compareTo(PodRef o) {
        int c = namespace.compareTo(o.namespace);
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return namespace + "/" + name;
    }
}
