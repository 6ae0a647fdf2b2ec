package io.kubereach.model;

import io.kubereach.model.selector.CalicoSelector;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A Calico {@code NetworkPolicy} or {@code GlobalNetworkPolicy} ({@code projectcalico.org/v3},
 * read the same from {@code crd.projectcalico.org/v1}) with its defaults filled in.
 *
 * @param kind NetworkPolicy or GlobalNetworkPolicy
 * @param namespace the namespace of a NetworkPolicy; empty for a GlobalNetworkPolicy
 * @param name its name
 * @param tier the tier it belongs to ({@code default} when it names none)
 * @param order its order in the tier, lower first; empty: after every policy with an order
 * @param selector the endpoints it applies to ({@code all()} when left out)
 * @param namespaceSelector a GlobalNetworkPolicy's selector over namespace labels, if given
 * @param serviceAccountSelector its selector over service-account labels, if given
 * @param types the directions it governs, defaulted as Calico does ({@link #defaultTypes})
 * @param typesDeclared whether the manifest listed {@code types} itself
 * @param ingress the ingress rules, in order
 * @param egress the egress rules, in order
 * @param hostOptions doNotTrack, preDNAT, applyOnForward (GlobalNetworkPolicy only)
 */
public record CalicoPolicy(
        CalicoPolicyKind kind,
        Optional<String> namespace,
        String name,
        String tier,
        OptionalDouble order,
        CalicoSelector selector,
        Optional<CalicoSelector> namespaceSelector,
        Optional<CalicoSelector> serviceAccountSelector,
        Set<Direction> types,
        boolean typesDeclared,
        List<CalicoRule> ingress,
        List<CalicoRule> egress,
        HostEndpointOptions hostOptions) {

    /** Lower order first, a missing order last, then by Felix's {@code name/namespace/kind} string. */
    public static final Comparator<CalicoPolicy> ORDER = Comparator
            .comparingDouble((CalicoPolicy p) -> p.order().orElse(Double.POSITIVE_INFINITY))
            .thenComparing(CalicoPolicy::tieBreakKey);

    public CalicoPolicy {
        types = Set.copyOf(types);
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
        if ((kind == CalicoPolicyKind.NETWORK_POLICY) != namespace.isPresent()) {
            throw new IllegalArgumentException("a NetworkPolicy has a namespace, a GlobalNetworkPolicy none");
        }
        if (kind == CalicoPolicyKind.NETWORK_POLICY && namespaceSelector.isPresent()) {
            throw new IllegalArgumentException("only a GlobalNetworkPolicy has a namespaceSelector");
        }
    }

    /**
     * The directions Calico fills in when {@code types} is left out ({@code defaultPolicyTypesField}):
     * Ingress when there are no egress rules (also with no rules at all), Egress when there are
     * egress rules but no ingress rules, both when there are both. Unlike a Kubernetes
     * NetworkPolicy, an egress-only policy does not govern ingress.
     */
    public static Set<Direction> defaultTypes(boolean hasIngressRules, boolean hasEgressRules) {
        if (!hasEgressRules) {
            return Set.of(Direction.INGRESS);
        }
        return hasIngressRules ? Set.of(Direction.INGRESS, Direction.EGRESS) : Set.of(Direction.EGRESS);
    }

    /** Whether this policy governs a direction. */
    public boolean governs(Direction direction) {
        return types.contains(direction);
    }

    /**
     * Whether this policy governs a direction of a pod's endpoint: it governs the direction and
     * is not a host-endpoint-only policy ({@link HostEndpointOptions#hostEndpointsOnly()}).
     */
    public boolean governsPods(Direction direction) {
        return governs(direction) && !hostOptions.hostEndpointsOnly();
    }

    /** The rules for a direction. */
    public List<CalicoRule> rules(Direction direction) {
        return direction == Direction.INGRESS ? ingress : egress;
    }

    /**
     * Whether the policy applies to the pod's endpoint, so that it can change a verdict of the
     * pod's connections (it never changes one between two endpoints it does not apply to):
     * its {@link #endpointSelector()} matches the pod's endpoint labels.
     *
     * @param pod the pod
     * @param namespace its namespace
     * @param serviceAccount the labels of its service account
     */
    public boolean selects(Pod pod, Namespace namespace, java.util.Map<String, String> serviceAccount) {
        return endpointSelector().matches(CalicoEndpointLabels.of(pod, namespace, serviceAccount));
    }

    /**
     * The one selector over endpoint labels ({@link CalicoEndpointLabels}) that tells which
     * endpoints this policy applies to, as Calico's update processors build it: a NetworkPolicy
     * adds its namespace; a GlobalNetworkPolicy adds its namespaceSelector ({@code pcns.}
     * labels, every {@code all()} then meaning "in a namespace"); both add the
     * serviceAccountSelector ({@code pcsa.} labels; in a global policy every {@code all()} then
     * means "with a service account").
     */
    public CalicoSelector endpointSelector() {
        CalicoSelector combined = selector;
        if (namespace.isPresent()) {
            combined = CalicoSelector.and(combined, CalicoScopes.inNamespace(namespace.get()));
        }
        if (namespaceSelector.isPresent()) {
            combined = CalicoScopes.allMeansInANamespace(
                    CalicoSelector.and(combined, CalicoScopes.namespaceLabels(namespaceSelector.get())));
        }
        if (serviceAccountSelector.isPresent()) {
            combined = CalicoSelector.and(combined, CalicoScopes.serviceAccountLabels(serviceAccountSelector.get()));
            if (kind == CalicoPolicyKind.GLOBAL_NETWORK_POLICY) {
                combined = CalicoScopes.allMeansWithAServiceAccount(combined);
            }
        }
        return combined;
    }

    /** Felix's tie-break string for equal orders: {@code name/namespace/kind}. */
    public String tieBreakKey() {
        return name + "/" + namespace.orElse("") + "/" + kind.felixKind();
    }

    /** {@code namespace/name}, or the name alone for a GlobalNetworkPolicy. */
    public String qualifiedName() {
        return namespace.map(n -> n + "/" + name).orElse(name);
    }
}
