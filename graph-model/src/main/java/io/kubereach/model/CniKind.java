package io.kubereach.model;

import java.util.Optional;

/**
 * The kinds of the CNIs' and meshes' own objects that may decide connections, as a live source
 * lists them and as a {@link SourceGap} names them when they cannot be read: each with what such
 * a gap leaves unknown ({@link GapEffect}). Staged Calico policies are not here: they never decide.
 */
public enum CniKind {
    CILIUM_NETWORK_POLICY("cilium.io", "v2", "CiliumNetworkPolicy", "CiliumNetworkPolicies", true, GapEffect.CILIUM_TIERS),
    CILIUM_CLUSTERWIDE_NETWORK_POLICY("cilium.io", "v2", "CiliumClusterwideNetworkPolicy", "CiliumClusterwideNetworkPolicies",
            false, GapEffect.CILIUM_TIERS),
    CALICO_NETWORK_POLICY("projectcalico.org", "v3", "NetworkPolicy", "NetworkPolicies", true, GapEffect.EVERYTHING),
    CALICO_GLOBAL_NETWORK_POLICY("projectcalico.org", "v3", "GlobalNetworkPolicy", "GlobalNetworkPolicies", false, GapEffect.EVERYTHING),
    CALICO_TIER("projectcalico.org", "v3", "Tier", "Tiers", false, GapEffect.EVERYTHING),
    CALICO_HOST_ENDPOINT("projectcalico.org", "v3", "HostEndpoint", "HostEndpoints", false, GapEffect.NODE_TRAFFIC),
    CALICO_NETWORK_SET("projectcalico.org", "v3", "NetworkSet", "NetworkSets", true, GapEffect.OUTSIDE_ADDRESSES),
    CALICO_GLOBAL_NETWORK_SET("projectcalico.org", "v3", "GlobalNetworkSet", "GlobalNetworkSets", false, GapEffect.OUTSIDE_ADDRESSES),
    ISTIO_AUTHORIZATION_POLICY("security.istio.io", "v1", "AuthorizationPolicy", "AuthorizationPolicies", true, GapEffect.INGRESS_DROP),
    ISTIO_PEER_AUTHENTICATION("security.istio.io", "v1", "PeerAuthentication", "PeerAuthentications", true, GapEffect.INGRESS_DROP),
    ANTREA_NETWORK_POLICY("crd.antrea.io", "v1beta1", "NetworkPolicy", "NetworkPolicies", true, GapEffect.EVERYTHING),
    ANTREA_CLUSTER_NETWORK_POLICY("crd.antrea.io", "v1beta1", "ClusterNetworkPolicy", "ClusterNetworkPolicies", false,
            GapEffect.EVERYTHING);

    /** Calico's CRD storage group, read when the aggregated API ({@code projectcalico.org/v3}) is not served. */
    public static final String CALICO_STORAGE_API_VERSION = "crd.projectcalico.org/v1";

    /** What the answers lose when a kind cannot be read. */
    public enum GapEffect {
        /** Cilium's tiers (deny rules, allow rules) are unread for the pods the policies may select. */
        CILIUM_TIERS,
        /** Anything may be allowed or denied for the pods the objects may cover. */
        EVERYTHING,
        /** Connections to the pods the objects may cover may be dropped (a mesh's authorisation). */
        INGRESS_DROP,
        /** Traffic to and from nodes (their addresses and hostNetwork pods) may be dropped. */
        NODE_TRAFFIC,
        /** Connections with addresses outside the pods may be allowed or denied (Calico selectors may name them). */
        OUTSIDE_ADDRESSES
    }

    private final String group;
    private final String version;
    private final String kind;
    private final String plural;
    private final boolean namespaced;
    private final GapEffect gapEffect;

    CniKind(String group, String version, String kind, String plural, boolean namespaced, GapEffect gapEffect) {
        this.group = group;
        this.version = version;
        this.kind = kind;
        this.plural = plural;
        this.namespaced = namespaced;
        this.gapEffect = gapEffect;
    }

    /** The API group. */
    public String group() {
        return group;
    }

    /** {@code group/version}. */
    public String apiVersion() {
        return group + "/" + version;
    }

    /** The kind as the API names it. */
    public String kind() {
        return kind;
    }

    /** The plural for messages. */
    public String plural() {
        return plural;
    }

    /** Whether objects of the kind live in a namespace. */
    public boolean namespaced() {
        return namespaced;
    }

    /** What a gap in this kind leaves unknown. */
    public GapEffect gapEffect() {
        return gapEffect;
    }

    /** How a {@link SourceGap} names the kind: {@code group/Kind} (a Calico and a Kubernetes NetworkPolicy share a kind). */
    public String gapKind() {
        return group + "/" + kind;
    }

    /** The kind a gap names, if it is one of these. */
    public static Optional<CniKind> ofGap(String gapKind) {
        for (CniKind k : values()) {
            if (k.gapKind().equals(gapKind)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
