package io.kubereach.query;

import io.kubereach.model.Cidr;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import java.util.List;

/**
 * What one end of a reachability question names: pods, an outside address or range, a Service,
 * or an address of the cluster's pod network that no pod of the source has.
 */
public sealed interface Target {

    /** How the user wrote it. */
    String text();

    /**
     * A pod, or a workload meaning all of its pods.
     *
     * @param text how the user wrote it
     * @param pods the pods it stands for, never empty
     */
    record Pods(String text, List<Pod> pods) implements Target {
        public Pods {
            pods = List.copyOf(pods);
        }
    }

    /**
     * An address outside the cluster.
     *
     * @param text how the user wrote it
     * @param address the address
     */
    record Address(String text, IpAddress address) implements Target {
    }

    /**
     * A Service, judged after DNAT at each backend (rule 21).
     *
     * @param text how the user wrote it
     * @param service the Service
     */
    record ServiceTarget(String text, Service service) implements Target {
    }

    /**
     * A range of addresses outside the cluster, judged as a whole: every part of it that the
     * policies tell apart.
     *
     * @param text how the user wrote it
     * @param cidr the range
     */
    record Range(String text, Cidr cidr) implements Target {
    }

    /**
     * An address in a node's pod CIDR that no pod of the source has: a cluster address, but of
     * no pod that could be judged.
     *
     * @param text how the user wrote it
     * @param address the address
     * @param node the node whose pod CIDR holds it
     * @param podCidr that pod CIDR
     */
    record PodNetworkAddress(String text, IpAddress address, String node, Cidr podCidr) implements Target {
    }
}
