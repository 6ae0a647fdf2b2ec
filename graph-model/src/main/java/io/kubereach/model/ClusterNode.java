package io.kubereach.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cluster node (named so to keep it apart from graph vertices).
 *
 * @param name the node name
 * @param labels its labels
 * @param annotations its annotations (CNIs leave their marks here)
 * @param podCidrs the pod address blocks assigned to it
 * @param addresses its internal and external addresses
 */
public record ClusterNode(String name, Map<String, String> labels, Map<String, String> annotations, List<Cidr> podCidrs,
        List<IpAddress> addresses) {

    public ClusterNode {
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
        podCidrs = List.copyOf(podCidrs);
        addresses = List.copyOf(addresses);
    }

    /** A node without annotations. */
    public ClusterNode(String name, Map<String, String> labels, List<Cidr> podCidrs, List<IpAddress> addresses) {
        this(name, labels, Map.of(), podCidrs, addresses);
    }

    /** The first pod CIDR, if any. */
    public Optional<Cidr> podCidr() {
        return podCidrs.stream().findFirst();
    }
}
