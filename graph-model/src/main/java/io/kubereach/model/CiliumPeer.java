package io.kubereach.model;

import java.util.List;
import java.util.Optional;

/** One peer of a Cilium rule: whom a connection may come from (ingress) or go to (egress). */
public sealed interface CiliumPeer {

    /**
     * {@code fromEndpoints}/{@code toEndpoints}: pods whose identity labels match; in a
     * namespaced policy, pods of its namespace unless the selector names a namespace.
     *
     * @param selector the selector, with the namespace requirement Cilium adds
     */
    record Endpoints(CiliumSelector selector) implements CiliumPeer {
    }

    /**
     * {@code fromEntities}/{@code toEntities}; an endpoint selector written with a {@code reserved:} key becomes one too.
     *
     * @param entity the entity
     */
    record Entity(CiliumEntity entity) implements CiliumPeer {
    }

    /**
     * {@code fromCIDR}/{@code toCIDR} (a bare address is a /32 or /128) and
     * {@code fromCIDRSet}/{@code toCIDRSet} with their {@code except}: addresses outside the
     * cluster only — never a pod, and a node only when the agent runs with
     * {@code policy-cidr-match-mode=nodes}.
     *
     * @param block the block and its exceptions
     */
    record Cidr(IpBlock block) implements CiliumPeer {
    }

    /**
     * A {@code CIDRSet} item naming CiliumCIDRGroup objects ({@code cidrGroupRef} or
     * {@code cidrGroupSelector}), whose addresses KubeReach does not read.
     *
     * @param reference the group's name or the selector, as written
     */
    record CidrGroup(String reference) implements CiliumPeer {
    }

    /**
     * {@code fromNodes}/{@code toNodes}: nodes whose labels match, and their hostNetwork pods.
     *
     * @param selector a selector over node labels
     */
    record Nodes(CiliumSelector selector) implements CiliumPeer {
    }

    /**
     * {@code toServices}: the pods behind a Service with a selector, the addresses of the
     * endpoints of a Service without one.
     *
     * @param namespace the Service's namespace as written, if any
     * @param name {@code k8sService.serviceName}, if given
     * @param selector {@code k8sServiceSelector.selector} over Service labels, if given
     */
    record Service(Optional<String> namespace, Optional<String> name, Optional<LabelSelector> selector)
            implements CiliumPeer {
        public Service {
            if (name.isPresent() == selector.isPresent()) {
                throw new IllegalArgumentException("a toServices item names a Service or selects Services, one of them");
            }
        }
    }

    /**
     * {@code toFQDNs}: destinations whose DNS names match, learnt from DNS answers at run time —
     * KubeReach cannot tell which addresses these are.
     *
     * @param patterns the {@code matchName} and {@code matchPattern} texts
     */
    record Fqdn(List<String> patterns) implements CiliumPeer {
        public Fqdn {
            patterns = List.copyOf(patterns);
        }
    }

    /**
     * {@code toGroups}: addresses of a cloud provider's groups, fetched at run time.
     *
     * @param provider the provider named ({@code aws})
     */
    record CloudGroup(String provider) implements CiliumPeer {
    }
}
