package io.kubereach.source.live;

/**
 * One context of the kubeconfig, as offered to the user: which cluster, as which user, in which
 * default namespace. It holds no credential.
 *
 * @param name the context name
 * @param cluster the cluster name it refers to
 * @param user the user name it refers to
 * @param namespace its default namespace, empty when it names none
 * @param server the cluster's API server URL, empty when the cluster is not defined
 */
public record KubeContext(String name, String cluster, String user, String namespace, String server) {
}
