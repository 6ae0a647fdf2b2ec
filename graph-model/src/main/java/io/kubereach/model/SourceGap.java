package io.kubereach.model;

/**
 * Something the source could not read, so that what depends on it stays unknown rather than
 * silently allowed: e.g. NetworkPolicies of a namespace the user may not list.
 *
 * @param kind the kind that could not be read (e.g. {@code NetworkPolicy})
 * @param namespace the namespace it concerns, empty for the whole cluster
 * @param reason why, e.g. {@link GapReason#status status(403)}
 */
public record SourceGap(String kind, String namespace, GapReason reason) {

    /** Whether this gap covers a namespace (a cluster-wide gap covers every one). */
    public boolean covers(String namespaceName) {
        return namespace.isEmpty() || namespace.equals(namespaceName);
    }
}
