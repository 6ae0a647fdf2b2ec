package io.kubereach.engine;

import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;

/** One end of a connection: a pod of the cluster, or an address outside it. */
public sealed interface Peer {

    /**
     * A pod.
     *
     * @param pod the pod
     */
    record PodPeer(Pod pod) implements Peer {
        @Override
        public String toString() {
            return pod.ref().toString();
        }
    }

    /**
     * An address outside the cluster; it has no policy side of its own (rule 5).
     *
     * @param address the address
     */
    record External(IpAddress address) implements Peer {
        @Override
        public String toString() {
            return address.toString();
        }
    }

    static Peer of(Pod pod) {
        return new PodPeer(pod);
    }

    static Peer of(IpAddress address) {
        return new External(address);
    }
}
