package io.kubereach.engine;

import io.kubereach.model.ContainerPort;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import java.util.Optional;

/**
 * The named container ports of a connection's destination, as port rules resolve them: a pod's
 * (literal engine), a pod class's (indexed engine), or none for an address outside the cluster.
 */
interface NamedPorts {

    /** No named port: an address outside the cluster (a named port never matches one). */
    NamedPorts NONE = new NamedPorts() {
        @Override
        public Optional<ContainerPort> any(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<Integer> of(String name, Protocol protocol) {
            return Optional.empty();
        }
    };

    /** The first container port of this name, whatever its protocol. */
    Optional<ContainerPort> any(String name);

    /** The container port of this name declared with this protocol. */
    Optional<Integer> of(String name, Protocol protocol);

    /** A pod's named ports. */
    static NamedPorts of(Pod pod) {
        return new NamedPorts() {
            @Override
            public Optional<ContainerPort> any(String name) {
                return pod.namedPort(name);
            }

            @Override
            public Optional<Integer> of(String name, Protocol protocol) {
                return pod.namedPort(name, protocol);
            }
        };
    }

    /** The destination of a connection as named ports: its pod's, or none. */
    static NamedPorts of(Peer destination) {
        return destination instanceof Peer.PodPeer p ? of(p.pod()) : NONE;
    }
}
