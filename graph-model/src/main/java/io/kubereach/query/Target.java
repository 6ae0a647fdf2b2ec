package io.kubereach.query;

import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import java.util.List;

/** What one end of a reachability question names: pods, an outside address, or a Service. */
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
     * Addresses outside the cluster written as a CIDR: judged once per range of it that no
     * ipBlock can tell apart.
     *
     * @param text how the user wrote it
     * @param cidr the block
     */
    record Block(String text, io.kubereach.model.Cidr cidr) implements Target {
    }

    /**
     * A Service, judged after DNAT at each backend (rule 21).
     *
     * @param text how the user wrote it
     * @param service the Service
     */
    record ServiceTarget(String text, Service service) implements Target {
    }
}
