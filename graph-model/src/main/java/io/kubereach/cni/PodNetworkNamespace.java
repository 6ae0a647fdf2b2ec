package io.kubereach.cni;

import io.kubereach.model.ContainerPort;
import io.kubereach.model.PauseContainer;
import io.kubereach.model.PodRef;
import io.kubereach.model.PortProtocol;
import io.kubereach.text.Message;
import java.util.List;

/**
 * The network namespace of one pod: held by its pause container, joined by every app container,
 * which all share its IPs, its ports and its {@code lo}.
 *
 * @param pod the pod
 * @param holder the pause container that holds the namespace
 * @param containers the app containers that join it, in declaration order
 * @param ports every port a container declares, with the container
 * @param conflicts the ports that more than one container declares: only one of them can bind it
 */
public record PodNetworkNamespace(PodRef pod, PauseContainer holder, List<String> containers, List<BoundPort> ports,
        List<PortConflict> conflicts) {

    public PodNetworkNamespace {
        containers = List.copyOf(containers);
        ports = List.copyOf(ports);
        conflicts = List.copyOf(conflicts);
    }

    /** Whether the pod uses the node's network namespace instead of its own (rule 20). */
    public boolean hostNetwork() {
        return holder.hostNetwork();
    }

    /**
     * A port a container declares.
     *
     * @param container the container's name
     * @param port the port
     */
    public record BoundPort(String container, ContainerPort port) {
    }

    /**
     * A port and protocol that several containers of one pod declare.
     *
     * @param port the port and its protocol
     * @param containers the containers that declare it, two or more
     */
    public record PortConflict(PortProtocol port, List<String> containers) {

        public PortConflict {
            containers = List.copyOf(containers);
        }

        /** The conflict in words, for a pod or workload named by {@code owner}. */
        public Message message(Message owner) {
            Message names = Message.verbatim(containers.get(0));
            for (String c : containers.subList(1, containers.size())) {
                names = Message.of("cni.and", names, c);
            }
            return Message.of("cni.portConflict", owner, names, port.toString());
        }
    }
}
