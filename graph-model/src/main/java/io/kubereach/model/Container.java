package io.kubereach.model;

import java.util.List;

/**
 * An application container of a pod; it shares the pod's network namespace with its siblings.
 *
 * @param name the container name
 * @param image the image reference, empty when unknown
 * @param ports the ports it declares
 */
public record Container(String name, String image, List<ContainerPort> ports) {

    public Container {
        ports = List.copyOf(ports);
    }
}
