package io.kubereach.model;

import java.util.List;

/**
 * The sandbox ("pause") container of a pod: it holds the network namespace, and so the pod's
 * IPs, that every app container of the pod joins; they talk to each other over {@code lo}.
 *
 * @param pod the pod it belongs to
 * @param ips the pod IPs held by its network namespace
 * @param hostNetwork whether the pod uses the node's network namespace instead of its own
 */
public record PauseContainer(PodRef pod, List<IpAddress> ips, boolean hostNetwork) {

    public PauseContainer {
        ips = List.copyOf(ips);
    }
}
