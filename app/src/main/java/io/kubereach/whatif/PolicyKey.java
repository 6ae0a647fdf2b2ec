package io.kubereach.whatif;

/**
 * Names one policy in a cluster: its kind and, for namespaced kinds, its namespace.
 *
 * @param kind the manifest kind ({@code NetworkPolicy}, {@code AdminNetworkPolicy}, …)
 * @param namespace its namespace; empty for cluster-scoped kinds
 * @param name its name
 */
public record PolicyKey(String kind, String namespace, String name) implements Comparable<PolicyKey> {

    /** {@code Kind namespace/name}, or {@code Kind name} for cluster-scoped kinds. */
    @Override
    public String toString() {
        return kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }

    /** A file name for the policy's manifest: {@code kind-namespace-name.yaml}, lower case. */
    public String fileName() {
        String base = kind.toLowerCase(java.util.Locale.ROOT) + "-" + (namespace.isEmpty() ? "" : namespace + "-") + name;
        return base.replaceAll("[^a-z0-9._-]", "_") + ".yaml";
    }

    @Override
    public int compareTo(PolicyKey o) {
        return toString().compareTo(o.toString());
    }
}
