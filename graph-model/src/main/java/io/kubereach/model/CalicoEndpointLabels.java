package io.kubereach.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The labels Calico's selectors see on a pod's workload endpoint: the pod's own labels, the
 * labels Calico adds ({@code workload_endpoint_default.go}), and those it inherits from the
 * namespace and service-account profiles with the {@code pcns.} and {@code pcsa.} prefixes
 * ({@code conversion.go} {@code NamespaceToProfile}, {@code ServiceAccountToProfile}). Every
 * Calico selector of a policy or a rule is evaluated against this one map.
 */
public final class CalicoEndpointLabels {

    /** The namespace of a workload endpoint, {@code projectcalico.org/namespace}. */
    public static final String NAMESPACE = "projectcalico.org/namespace";
    /** The service account of a workload endpoint, {@code projectcalico.org/serviceaccount}. */
    public static final String SERVICE_ACCOUNT = "projectcalico.org/serviceaccount";
    /** The orchestrator of a workload endpoint, {@code k8s} for pods. */
    public static final String ORCHESTRATOR = "projectcalico.org/orchestrator";
    /** The name label of a namespace or service account, as seen by namespace and service-account selectors. */
    public static final String NAME = "projectcalico.org/name";
    /** The prefix of inherited namespace labels. */
    public static final String NAMESPACE_PREFIX = "pcns.";
    /** The prefix of inherited service-account labels. */
    public static final String SERVICE_ACCOUNT_PREFIX = "pcsa.";
    /** Calico adds the service-account label only for names shorter than this. */
    static final int SERVICE_ACCOUNT_LABEL_LIMIT = 63;

    private CalicoEndpointLabels() {
    }

    /**
     * The labels of a pod's workload endpoint.
     *
     * @param pod the pod (a hostNetwork pod has no workload endpoint; the caller decides)
     * @param namespace its namespace
     * @param serviceAccount the labels of the service account it runs as; a service account no
     *        manifest declares exists in the cluster (admission requires it) with no labels
     */
    public static Map<String, String> of(Pod pod, Namespace namespace, Map<String, String> serviceAccount) {
        Map<String, String> labels = new HashMap<>(pod.labels());
        labels.put(NAMESPACE, pod.namespace());
        labels.put(ORCHESTRATOR, "k8s");
        if (pod.serviceAccount().length() < SERVICE_ACCOUNT_LABEL_LIMIT) {
            labels.put(SERVICE_ACCOUNT, pod.serviceAccount());
        }
        namespace.labels().forEach((k, v) -> labels.put(NAMESPACE_PREFIX + k, v));
        labels.put(NAMESPACE_PREFIX + NAME, pod.namespace());
        serviceAccount.forEach((k, v) -> labels.put(SERVICE_ACCOUNT_PREFIX + k, v));
        labels.put(SERVICE_ACCOUNT_PREFIX + NAME, pod.serviceAccount());
        return Map.copyOf(labels);
    }

    /** The labels of a pod's workload endpoint, its service account given as an object. */
    public static Map<String, String> of(Pod pod, Namespace namespace, ServiceAccount serviceAccount) {
        return of(pod, namespace, serviceAccount.labels());
    }
}
