package io.kubereach.cni;

import io.kubereach.model.Cidr;
import io.kubereach.text.Message;
import java.util.List;

/**
 * The pod addresses of one node.
 *
 * @param node the node's name
 * @param podCidrs its pod CIDRs, empty when none is recorded
 * @param source where they come from ({@code spec.podCIDRs}, a CNI annotation, or why none is known)
 */
public record NodePodNetwork(String node, List<Cidr> podCidrs, Message source) {

    public NodePodNetwork {
        podCidrs = List.copyOf(podCidrs);
    }
}
