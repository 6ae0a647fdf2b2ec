package io.kubereach.model;

/** What a Cilium rule applies to. */
public sealed interface CiliumSubject {

    /**
     * {@code endpointSelector}: pods; in a namespaced policy pods of its namespace only.
     *
     * @param selector the selector, with the namespace requirement Cilium adds
     */
    record Endpoints(CiliumSelector selector) implements CiliumSubject {
    }

    /**
     * {@code nodeSelector} (clusterwide policies only): the nodes themselves, a host firewall
     * policy for traffic to and from node addresses and hostNetwork pods.
     *
     * @param selector a selector over node labels
     */
    record Nodes(CiliumSelector selector) implements CiliumSubject {
    }
}
