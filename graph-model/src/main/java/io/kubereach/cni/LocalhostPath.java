package io.kubereach.cni;

import io.kubereach.model.PodRef;
import io.kubereach.model.Protocol;
import java.util.List;

/**
 * A connection from one container of a pod to {@code localhost} on a port: it never leaves the
 * pod's network namespace, so NetworkPolicy never judges it (rule 18).
 *
 * @param pod the pod
 * @param from the connecting container
 * @param port the port
 * @param protocol the protocol
 * @param listeners the containers that declare the port (the one that binds it takes the connection), possibly none
 * @param reason why it is allowed and who takes it, in words
 */
public record LocalhostPath(PodRef pod, String from, int port, Protocol protocol, List<String> listeners, String reason) {

    public LocalhostPath {
        listeners = List.copyOf(listeners);
    }
}
