package io.kubereach.report;

import io.kubereach.engine.ExternalRanges;
import io.kubereach.model.WorkloadRef;
import java.util.Optional;

/**
 * One end of a listed connection, as netpol-analyzer names its peers: a workload, a range of
 * addresses outside the cluster, or the ingress controller. Its text is the peer's name in the
 * connlist and diff outputs.
 */
public sealed interface ConnectionEnd permits ConnectionEnd.Workload, ConnectionEnd.External, ConnectionEnd.IngressController {

    /** The workload this end is, if it is one. */
    default Optional<WorkloadRef> workload() {
        return this instanceof Workload w ? Optional.of(w.ref()) : Optional.empty();
    }

    /**
     * A workload: its pods, judged together.
     *
     * @param ref the workload
     */
    record Workload(WorkloadRef ref) implements ConnectionEnd {
        /** {@code namespace/name[Kind]}. */
        @Override
        public String toString() {
            return ref.toString();
        }
    }

    /**
     * A range of addresses outside the cluster that no policy tells apart.
     *
     * @param range the addresses, first to last
     */
    record External(ExternalRanges.Range range) implements ConnectionEnd {
        /** {@code first-last[External]}. */
        @Override
        public String toString() {
            return range + "[External]";
        }
    }

    /**
     * The ingress controller, standing for the traffic that Ingresses and Routes bring in; netpol-analyzer
     * lists its connections after all the others.
     */
    record IngressController() implements ConnectionEnd {
        /** {@code {ingress-controller}}. */
        @Override
        public String toString() {
            return "{ingress-controller}";
        }
    }
}
