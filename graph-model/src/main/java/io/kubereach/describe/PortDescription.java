package io.kubereach.describe;

import io.kubereach.model.PodRef;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PortSpec;
import java.util.List;

/**
 * One port entry of a rule; a named port comes with how it resolves on each destination pod
 * in scope (rule 16: the destination's container ports, by name and protocol).
 *
 * @param port the entry as the model holds it (protocol defaulted to TCP)
 * @param resolutions for a named port: the numbers it resolves to and on which pods; empty otherwise
 * @param undeclared for a named port: the pods in scope that declare no such port; empty otherwise
 */
public record PortDescription(PolicyPort port, List<Resolution> resolutions, List<PodRef> undeclared) {

    public PortDescription {
        resolutions = List.copyOf(resolutions);
        undeclared = List.copyOf(undeclared);
    }

    /** A numbered or protocol-wide entry, which needs no resolving. */
    public static PortDescription plain(PolicyPort port) {
        return new PortDescription(port, List.of(), List.of());
    }

    /** Whether the entry is a named port. */
    public boolean named() {
        return port.port() instanceof PortSpec.Named;
    }

    /**
     * A number a named port resolves to and the pods it resolves to it on.
     *
     * @param number the container port
     * @param pods the pods that declare it under the name, sorted
     */
    public record Resolution(int number, List<PodRef> pods) {
        public Resolution {
            pods = List.copyOf(pods);
        }
    }
}
