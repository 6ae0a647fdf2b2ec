package io.kubereach.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The Kubernetes-derived labels of a pod's Cilium identity, which Cilium selectors read
 * ({@code pkg/k8s/apis/cilium.io/const.go}, {@code Documentation/security/policy/kubernetes.rst}):
 * the pod's labels, its namespace, the labels of its namespace, its service account and the
 * cluster's name.
 */
public final class CiliumEndpointLabels {

    /** The labels of the pod's namespace, {@code io.cilium.k8s.namespace.labels.<key>}. */
    public static final String NAMESPACE_LABEL_PREFIX = "io.cilium.k8s.namespace.labels.";
    /** The pod's service account. */
    public static final String SERVICE_ACCOUNT = "io.cilium.k8s.policy.serviceaccount";
    /** The name of the cluster the pod belongs to. */
    public static final String CLUSTER = "io.cilium.k8s.policy.cluster";
    /** The cluster name of a Cilium installation that sets none ({@code cluster-name: default}). */
    public static final String DEFAULT_CLUSTER = "default";

    private CiliumEndpointLabels() {
    }

    /** The identity labels of a pod in a cluster of the given name. */
    public static Map<String, String> of(Pod pod, Namespace namespace, String clusterName) {
        Map<String, String> labels = new HashMap<>(pod.labels());
        namespace.labels().forEach((k, v) -> labels.put(NAMESPACE_LABEL_PREFIX + k, v));
        labels.put(CiliumSelector.NAMESPACE_KEY, pod.namespace());
        labels.put(SERVICE_ACCOUNT, pod.serviceAccount());
        labels.put(CLUSTER, clusterName);
        return Map.copyOf(labels);
    }
}
