package io.kubereach.model;

import java.util.Map;

/**
 * A Kubernetes ServiceAccount, for its labels: Calico policies select pods by the labels of the
 * service account they run as.
 *
 * @param namespace its namespace
 * @param name its name
 * @param labels its labels
 */
public record ServiceAccount(String namespace, String name, Map<String, String> labels) {

    public ServiceAccount {
        labels = Map.copyOf(labels);
    }
}
