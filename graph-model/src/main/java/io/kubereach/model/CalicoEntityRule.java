package io.kubereach.model;

import io.kubereach.model.selector.CalicoSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule's {@code source} or {@code destination} (Calico's {@code EntityRule}): every field given
 * must match for the rule to match ({@code _entityrule.mdx}); a field left out matches anything.
 *
 * @param selector endpoints (pods, host endpoints, network sets) whose labels match
 * @param notSelector anything except the endpoints whose labels match — addresses outside the
 *        cluster included ({@code _entityrule.mdx} "Understanding notSelector")
 * @param namespaceSelector the namespaces whose endpoints {@code selector} picks from
 *        ({@code global()}: endpoints in no namespace)
 * @param serviceAccounts pods running as these service accounts
 * @param services the endpoints of a Kubernetes Service
 * @param nets addresses inside one of these blocks (pod addresses included)
 * @param notNets addresses inside none of these blocks
 * @param ports ports (numbers, ranges, names) of this side of the connection
 * @param notPorts ports this side must not use
 */
public record CalicoEntityRule(
        Optional<CalicoSelector> selector,
        Optional<CalicoSelector> notSelector,
        Optional<CalicoSelector> namespaceSelector,
        Optional<ServiceAccountMatch> serviceAccounts,
        Optional<ServiceMatch> services,
        List<Cidr> nets,
        List<Cidr> notNets,
        List<PortSpec> ports,
        List<PortSpec> notPorts) {

    /** The entity that matches everything: a rule with no {@code source} (or {@code destination}). */
    public static final CalicoEntityRule ANY = new CalicoEntityRule(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of());

    public CalicoEntityRule {
        nets = List.copyOf(nets);
        notNets = List.copyOf(notNets);
        ports = List.copyOf(ports);
        notPorts = List.copyOf(notPorts);
        for (PortSpec port : ports) {
            requireNumberOrName(port);
        }
        for (PortSpec port : notPorts) {
            requireNumberOrName(port);
        }
    }

    private static void requireNumberOrName(PortSpec port) {
        if (port instanceof PortSpec.AnyPort) {
            throw new IllegalArgumentException("a Calico port is a number, a range or a name");
        }
    }

    /**
     * The one selector over endpoint labels ({@link CalicoEndpointLabels}) this entity's
     * {@code selector}, {@code serviceAccounts} and {@code namespaceSelector} make, as Calico's
     * {@code getEndpointSelector} builds it; empty when they select nothing in particular (the
     * rule then matches by addresses and ports only). {@code notSelector} stays apart: it is not
     * scoped to a namespace.
     *
     * <ul>
     * <li>{@code namespaceSelector} given: its labels prefixed {@code pcns.}, {@code all()} = any
     * namespace, {@code global()} = no namespace;</li>
     * <li>otherwise in a namespaced policy: the policy's namespace; in a global policy: any
     * endpoint, network sets and host endpoints included;</li>
     * <li>the namespace part is added only when a selector, serviceAccounts, a notSelector or a
     * namespaceSelector is given.</li>
     * </ul>
     *
     * @param policyNamespace the namespace of a NetworkPolicy; empty for a GlobalNetworkPolicy
     */
    public Optional<CalicoSelector> endpointSelector(Optional<String> policyNamespace) {
        Optional<CalicoSelector> namespaces = namespaceSelector.map(CalicoScopes::ruleNamespaces)
                .or(() -> policyNamespace.map(CalicoScopes::inNamespace));
        List<CalicoSelector> parts = new ArrayList<>();
        serviceAccounts.flatMap(CalicoScopes::serviceAccounts).ifPresent(parts::add);
        selector.ifPresent(parts::add);
        Optional<CalicoSelector> endpoints = parts.isEmpty() ? Optional.empty()
                : Optional.of(parts.size() == 1 ? parts.get(0) : new CalicoSelector.And(parts));
        boolean scoped = endpoints.isPresent() || notSelector.isPresent() || namespaceSelector.isPresent();
        if (namespaces.isEmpty() || !scoped) {
            return endpoints;
        }
        return Optional.of(endpoints.map(e -> CalicoSelector.and(namespaces.get(), e)).orElse(namespaces.get()));
    }

    /** Whether this entity names endpoints by label (selector, serviceAccounts or namespaceSelector), not just addresses and ports. */
    public boolean selectsEndpoints() {
        return selector.isPresent() || serviceAccounts.isPresent() || namespaceSelector.isPresent();
    }
}
