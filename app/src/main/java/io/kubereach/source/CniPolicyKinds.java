package io.kubereach.source;

import java.util.Optional;
import java.util.Set;

/**
 * The policy kinds of CNIs and meshes that KubeReach recognises, read as generic objects: those
 * it turns into policies (Cilium, Calico) and those it only names (Istio, Antrea, Calico's staged
 * policies, host endpoints and network sets), which make the answers they might change unknown.
 */
enum CniPolicyKinds {
    CILIUM_NETWORK_POLICY(Set.of("cilium.io"), "CiliumNetworkPolicy", true),
    CILIUM_CLUSTERWIDE_NETWORK_POLICY(Set.of("cilium.io"), "CiliumClusterwideNetworkPolicy", false),
    CALICO_NETWORK_POLICY(Calico.GROUPS, "NetworkPolicy", true),
    CALICO_GLOBAL_NETWORK_POLICY(Calico.GROUPS, "GlobalNetworkPolicy", false),
    CALICO_TIER(Calico.GROUPS, "Tier", false),
    CALICO_STAGED_NETWORK_POLICY(Calico.GROUPS, "StagedNetworkPolicy", true),
    CALICO_STAGED_GLOBAL_NETWORK_POLICY(Calico.GROUPS, "StagedGlobalNetworkPolicy", false),
    CALICO_STAGED_KUBERNETES_NETWORK_POLICY(Calico.GROUPS, "StagedKubernetesNetworkPolicy", true),
    CALICO_HOST_ENDPOINT(Calico.GROUPS, "HostEndpoint", false),
    CALICO_NETWORK_SET(Calico.GROUPS, "NetworkSet", true),
    CALICO_GLOBAL_NETWORK_SET(Calico.GROUPS, "GlobalNetworkSet", false),
    ISTIO_AUTHORIZATION_POLICY(Set.of("security.istio.io"), "AuthorizationPolicy", true),
    ISTIO_PEER_AUTHENTICATION(Set.of("security.istio.io"), "PeerAuthentication", true),
    ANTREA_NETWORK_POLICY(Set.of("crd.antrea.io"), "NetworkPolicy", true),
    ANTREA_CLUSTER_NETWORK_POLICY(Set.of("crd.antrea.io"), "ClusterNetworkPolicy", false);

    /** Calico's two groups: the API and its CRD storage form. */
    private static final class Calico {
        static final Set<String> GROUPS = Set.of(CalicoPolicyConverter.GROUP, CalicoPolicyConverter.STORAGE_GROUP);
    }

    private final Set<String> groups;
    private final String kind;
    private final boolean namespaced;

    CniPolicyKinds(Set<String> groups, String kind, boolean namespaced) {
        this.groups = groups;
        this.kind = kind;
        this.namespaced = namespaced;
    }

    /** The kind of an object of this apiVersion and kind, when it is one of these. */
    static Optional<CniPolicyKinds> of(String apiVersion, String kind) {
        String group = ManifestKinds.group(apiVersion);
        for (CniPolicyKinds k : values()) {
            if (k.kind.equals(kind) && k.groups.contains(group)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kind's name. */
    String kind() {
        return kind;
    }

    /** Whether objects of the kind live in a namespace. */
    boolean namespaced() {
        return namespaced;
    }

    /** Whether KubeReach turns the kind into a policy of its model (Cilium and Calico policies, tiers). */
    boolean evaluated() {
        return switch (this) {
            case CILIUM_NETWORK_POLICY, CILIUM_CLUSTERWIDE_NETWORK_POLICY, CALICO_NETWORK_POLICY,
                    CALICO_GLOBAL_NETWORK_POLICY, CALICO_TIER -> true;
            default -> false;
        };
    }
}
