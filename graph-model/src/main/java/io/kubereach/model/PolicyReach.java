package io.kubereach.model;

import java.util.List;
import java.util.Optional;

/**
 * Which connections an object KubeReach does not evaluate might decide: pods (as source or
 * destination), node traffic, or addresses. When an object's reach cannot be told from the
 * manifest, it is {@link AllPods}.
 */
public sealed interface PolicyReach {

    /** Whether a connection to or from this pod might be decided by the object. */
    boolean coversPod(Pod pod, Namespace namespace);

    /** Whether a connection to or from this address (outside the pods) might be decided by the object. */
    default boolean coversAddress(IpAddress address) {
        return false;
    }

    /** Every pod of the cluster. */
    record AllPods() implements PolicyReach {
        @Override
        public boolean coversPod(Pod pod, Namespace namespace) {
            return true;
        }
    }

    /**
     * Pods of one namespace that match a selector.
     *
     * @param namespace the namespace
     * @param podSelector the pods of it
     */
    record PodsIn(String namespace, LabelSelector podSelector) implements PolicyReach {
        @Override
        public boolean coversPod(Pod pod, Namespace podNamespace) {
            return pod.namespace().equals(namespace) && podSelector.matches(pod.labels());
        }
    }

    /**
     * Pods that match a selector in namespaces that match another.
     *
     * @param namespaceSelector the namespaces
     * @param podSelector the pods in them
     */
    record PodsWhere(LabelSelector namespaceSelector, LabelSelector podSelector) implements PolicyReach {
        @Override
        public boolean coversPod(Pod pod, Namespace podNamespace) {
            return namespaceSelector.matches(podNamespace.labels()) && podSelector.matches(pod.labels());
        }
    }

    /**
     * Traffic to and from a node itself: its addresses and its hostNetwork pods.
     *
     * @param node the node's name; empty: every node
     */
    record NodeTraffic(Optional<String> node) implements PolicyReach {
        @Override
        public boolean coversPod(Pod pod, Namespace namespace) {
            return pod.hostNetwork() && (node.isEmpty() || pod.node().equals(node));
        }
    }

    /**
     * Connections to or from addresses in these blocks.
     *
     * @param blocks the blocks
     */
    record Addresses(List<Cidr> blocks) implements PolicyReach {
        public Addresses {
            blocks = List.copyOf(blocks);
        }

        @Override
        public boolean coversPod(Pod pod, Namespace namespace) {
            return pod.ips().stream().anyMatch(this::coversAddress);
        }

        @Override
        public boolean coversAddress(IpAddress address) {
            return blocks.stream().anyMatch(b -> b.contains(address));
        }
    }
}
