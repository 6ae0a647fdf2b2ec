package io.kubereach.source;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubereach.text.Message;
import io.kubereach.model.Cidr;
import io.kubereach.model.Direction;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.PolicyReach;
import io.kubereach.model.UnevaluatedPolicy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names the objects KubeReach recognises but does not evaluate, with what they might decide:
 * Istio's AuthorizationPolicy and PeerAuthentication, Antrea's policies, Calico's staged
 * policies (never enforced), host endpoints and network sets. See
 * {@code /work/notes/cnipol-semantics.md} part C for the sources.
 */
final class UnevaluatedObjects {

    /** Istio's default root namespace ({@code meshConfig.rootNamespace}): a policy there applies to the whole mesh. */
    static final String ISTIO_ROOT_NAMESPACE = "istio-system";

    private static final Set<Direction> BOTH = Set.of(Direction.INGRESS, Direction.EGRESS);

    private UnevaluatedObjects() {
    }

    static UnevaluatedPolicy convert(GenericKubernetesResource resource, CniPolicyKinds kind, ObjectOrigin origin)
            throws ManifestException {
        Object specValue = resource.getAdditionalProperties().get("spec");
        SpecFields spec = specValue == null ? new SpecFields(Map.of(), Message.verbatim("spec"), origin)
                : SpecFields.of(specValue, Message.verbatim("spec"), origin);
        Optional<String> namespace = kind.namespaced() ? Optional.of(origin.namespace()) : Optional.empty();
        return switch (kind) {
            case ISTIO_AUTHORIZATION_POLICY -> {
                String action = spec.text("action").orElse("ALLOW");
                // the mesh's proxies authorise requests to the workload: its ingress side only
                yield object(resource, namespace, origin, istioReach(spec, origin), Set.of(Direction.INGRESS),
                        !action.equals("AUDIT"), false, Message.of("unevaluated.istioAuthorizationPolicy", action));
            }
            case ISTIO_PEER_AUTHENTICATION -> object(resource, namespace, origin, istioReach(spec, origin), Set.of(Direction.INGRESS),
                    strict(spec), false, Message.of("unevaluated.istioPeerAuthentication"));
            case ANTREA_NETWORK_POLICY, ANTREA_CLUSTER_NETWORK_POLICY -> object(resource, namespace, origin,
                    antreaReach(spec, namespace), antreaDirections(spec), true, true, Message.of("unevaluated.antrea", kind.kind()));
            case CALICO_STAGED_NETWORK_POLICY, CALICO_STAGED_GLOBAL_NETWORK_POLICY, CALICO_STAGED_KUBERNETES_NETWORK_POLICY ->
                    object(resource, namespace, origin, List.of(), Set.of(), false, false,
                            Message.of("unevaluated.calicoStaged", kind.kind()));
            case CALICO_HOST_ENDPOINT -> object(resource, namespace, origin, hostEndpointReach(spec), BOTH, true, false,
                    Message.of("unevaluated.calicoHostEndpoint"));
            case CALICO_NETWORK_SET, CALICO_GLOBAL_NETWORK_SET -> object(resource, namespace, origin,
                    List.of(new PolicyReach.Addresses(spec.blocks("nets"))), BOTH, true, true,
                    Message.of("unevaluated.calicoNetworkSet", kind.kind()));
            default -> throw new IllegalArgumentException(kind + " is evaluated");
        };
    }

    /**
     * An object that failed to read: it might decide every connection of its namespace (or of
     * the cluster), either way.
     */
    static UnevaluatedPolicy invalid(String apiVersion, CniPolicyKinds kind, ObjectOrigin origin, Message problem) {
        Optional<String> namespace = kind.namespaced() ? Optional.of(origin.namespace()) : Optional.empty();
        PolicyReach reach = namespace.<PolicyReach>map(n -> new PolicyReach.PodsIn(n, LabelSelector.ALL))
                .orElse(new PolicyReach.AllPods());
        return new UnevaluatedPolicy(apiVersion, kind.kind(), namespace, origin.name(), List.of(reach), BOTH, true, true,
                Message.of("unevaluated.invalid", problem));
    }

    private static UnevaluatedPolicy object(GenericKubernetesResource resource, Optional<String> namespace, ObjectOrigin origin,
            List<PolicyReach> reaches, Set<Direction> directions, boolean canDrop, boolean canAllow, Message reason) {
        return new UnevaluatedPolicy(String.valueOf(resource.getApiVersion()), origin.kind(), namespace, origin.name(), reaches,
                directions, canDrop, canAllow, reason);
    }

    /** The directions an Antrea policy has rules for; both when it has none (nothing to tell from). */
    private static Set<Direction> antreaDirections(SpecFields spec) throws ManifestException {
        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        if (!spec.maps("ingress").isEmpty()) {
            directions.add(Direction.INGRESS);
        }
        if (!spec.maps("egress").isEmpty()) {
            directions.add(Direction.EGRESS);
        }
        return directions.isEmpty() ? BOTH : directions;
    }

    /** A workload selector picks pods of the namespace; none: the namespace, or the mesh from the root namespace. */
    private static List<PolicyReach> istioReach(SpecFields spec, ObjectOrigin origin) throws ManifestException {
        Optional<SpecFields> selector = spec.optionalMap("selector");
        if (selector.isPresent()) {
            LabelSelector pods = LabelSelector.of(selector.get().optionalMap("matchLabels")
                    .map(m -> origin.labels(stringMap(m), Message.verbatim("spec.selector.matchLabels"))).orElse(Map.of()));
            return List.of(new PolicyReach.PodsIn(origin.namespace(), pods));
        }
        if (origin.namespace().equals(ISTIO_ROOT_NAMESPACE) && !spec.has("targetRef") && !spec.has("targetRefs")) {
            return List.of(new PolicyReach.AllPods());
        }
        return List.of(new PolicyReach.PodsIn(origin.namespace(), LabelSelector.ALL));
    }

    /** Whether a PeerAuthentication refuses plain text: mode STRICT for the workload or for a port. */
    private static boolean strict(SpecFields spec) throws ManifestException {
        Optional<SpecFields> mtls = spec.optionalMap("mtls");
        if (mtls.isPresent() && mtls.get().text("mode").map("STRICT"::equals).orElse(false)) {
            return true;
        }
        Optional<SpecFields> ports = spec.optionalMap("portLevelMtls");
        if (ports.isPresent()) {
            for (String port : ports.get().fields().keySet()) {
                if (ports.get().map(port).text("mode").map("STRICT"::equals).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The pods an Antrea policy applies to: its {@code appliedTo} (or its rules') when made of pod
     * and namespace selectors; every pod (of its namespace) when a group, service account,
     * Service, node or external entity is named.
     */
    private static List<PolicyReach> antreaReach(SpecFields spec, Optional<String> namespace) throws ManifestException {
        List<SpecFields> appliedTo = new ArrayList<>(spec.maps("appliedTo"));
        if (appliedTo.isEmpty()) {
            for (String direction : List.of("ingress", "egress")) {
                for (SpecFields rule : spec.maps(direction)) {
                    appliedTo.addAll(rule.maps("appliedTo"));
                }
            }
        }
        PolicyReach everything = namespace.<PolicyReach>map(n -> new PolicyReach.PodsIn(n, LabelSelector.ALL))
                .orElse(new PolicyReach.AllPods());
        if (appliedTo.isEmpty()) {
            return List.of(everything);
        }
        List<PolicyReach> reaches = new ArrayList<>();
        for (SpecFields target : appliedTo) {
            boolean onlySelectors = target.fields().keySet().stream()
                    .allMatch(k -> k.equals("podSelector") || k.equals("namespaceSelector"));
            if (!onlySelectors || target.fields().isEmpty()) {
                return List.of(everything);
            }
            LabelSelector pods = target.has("podSelector") ? target.map("podSelector").asLabelSelector() : LabelSelector.ALL;
            if (namespace.isPresent()) {
                reaches.add(new PolicyReach.PodsIn(namespace.get(), pods));
            } else {
                LabelSelector namespaces = target.has("namespaceSelector")
                        ? target.map("namespaceSelector").asLabelSelector() : LabelSelector.ALL;
                reaches.add(new PolicyReach.PodsWhere(namespaces, pods));
            }
        }
        return reaches;
    }

    /** A host endpoint guards its node's interfaces: traffic to the node's addresses and its hostNetwork pods. */
    private static List<PolicyReach> hostEndpointReach(SpecFields spec) throws ManifestException {
        List<PolicyReach> reaches = new ArrayList<>();
        reaches.add(new PolicyReach.NodeTraffic(spec.text("node").filter(n -> !n.isBlank())));
        List<Cidr> expected = spec.blocks("expectedIPs");
        if (!expected.isEmpty()) {
            reaches.add(new PolicyReach.Addresses(expected));
        }
        return reaches;
    }

    private static Map<String, String> stringMap(SpecFields map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.fields().forEach((k, v) -> out.put(k, v == null ? null : String.valueOf(v)));
        return out;
    }
}
