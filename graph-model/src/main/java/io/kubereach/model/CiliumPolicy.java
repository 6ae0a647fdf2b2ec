package io.kubereach.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code cilium.io/v2} CiliumNetworkPolicy (namespaced) or CiliumClusterwideNetworkPolicy, its
 * {@code spec} and {@code specs} as one list of rules with their defaults filled in.
 *
 * @param namespace the namespace of a CiliumNetworkPolicy; empty for a clusterwide one
 * @param name its name
 * @param rules its rules ({@code spec} first, then {@code specs})
 */
public record CiliumPolicy(Optional<String> namespace, String name, List<CiliumRule> rules) {

    /** The kind of a namespaced policy. */
    public static final String KIND = "CiliumNetworkPolicy";
    /** The kind of a clusterwide policy. */
    public static final String CLUSTERWIDE_KIND = "CiliumClusterwideNetworkPolicy";

    public CiliumPolicy {
        rules = List.copyOf(rules);
    }

    /** Whether this is a CiliumClusterwideNetworkPolicy. */
    public boolean clusterwide() {
        return namespace.isEmpty();
    }

    /** {@code CiliumNetworkPolicy} or {@code CiliumClusterwideNetworkPolicy}. */
    public String kind() {
        return clusterwide() ? CLUSTERWIDE_KIND : KIND;
    }

    /**
     * Whether one of its rules applies to the pod, so that the policy can change a verdict of the
     * pod's connections: an endpoint rule whose selector matches the pod's identity labels, or a
     * node rule whose selector matches the labels of the node a host-network pod runs on (the
     * only pods a policy judges: it never changes the verdict of a connection between two pods
     * it does not apply to). Errs towards applying (host-network pods are tested against
     * endpoint rules too).
     *
     * @param pod the pod
     * @param namespace its namespace
     * @param nodeLabels the labels of its node; empty when it has none
     */
    public boolean selects(Pod pod, Namespace namespace, Map<String, String> nodeLabels) {
        Map<String, String> identity = CiliumEndpointLabels.of(pod, namespace, CiliumEndpointLabels.DEFAULT_CLUSTER);
        for (CiliumRule rule : rules) {
            boolean applies = rule.subject() instanceof CiliumSubject.Endpoints e ? e.selector().matches(identity)
                    : pod.hostNetwork() && ((CiliumSubject.Nodes) rule.subject()).selector().matches(nodeLabels);
            if (applies) {
                return true;
            }
        }
        return false;
    }

    /** {@code namespace/name}, or the name alone for a clusterwide policy. */
    public String qualifiedName() {
        return namespace.map(n -> n + "/" + name).orElse(name);
    }
}
