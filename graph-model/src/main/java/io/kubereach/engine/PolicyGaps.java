package io.kubereach.engine;

import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.CniKind;
import io.kubereach.model.Pod;
import io.kubereach.model.SourceGap;
import java.util.List;
import java.util.Optional;

/**
 * What the source could not read, by tier: a tier that could not be read for a pod may allow,
 * deny or hand on anything that reaches it. NetworkPolicies are read per namespace; the
 * cluster-wide kinds for the whole cluster. A kind the cluster does not serve (404) is no gap.
 * Cilium's policies that could not be read leave Cilium's deny tier and the NetworkPolicy tier
 * (which holds Cilium's allow rules) unread for the pods they could select; the other CNI kinds
 * are left to {@link Unjudged}.
 */
final class PolicyGaps {

    /** The kind of a NetworkPolicy gap. */
    static final String NETWORK_POLICY = "NetworkPolicy";

    private final List<SourceGap> networkPolicies;
    private final Optional<SourceGap> admin;
    private final Optional<SourceGap> baseline;
    private final List<SourceGap> cilium;

    PolicyGaps(ClusterSnapshot snapshot) {
        this.networkPolicies = snapshot.gaps().stream().filter(g -> g.kind().equals(NETWORK_POLICY)).toList();
        String anp = AdminPolicy.Kind.ADMIN_NETWORK_POLICY.kindName();
        String banp = AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY.kindName();
        String cnp = AdminPolicy.Kind.CLUSTER_NETWORK_POLICY.kindName();
        this.admin = snapshot.gaps().stream().filter(g -> g.kind().equals(anp) || g.kind().equals(cnp)).findFirst();
        this.baseline = snapshot.gaps().stream().filter(g -> g.kind().equals(banp) || g.kind().equals(cnp)).findFirst();
        this.cilium = snapshot.gaps().stream()
                .filter(g -> CniKind.ofGap(g.kind()).filter(k -> k.gapEffect() == CniKind.GapEffect.CILIUM_TIERS).isPresent())
                .toList();
    }

    /**
     * The gap that leaves a tier unread for a pod, if any. Cluster-wide policies never select a
     * host-network pod, so what they could not read does not concern its side.
     */
    Optional<SourceGap> of(TierKind tier, Pod pod) {
        return of(tier, pod.namespace(), pod.hostNetwork());
    }

    /** The gap that leaves a tier unread for pods of a namespace that do or do not use the host network. */
    Optional<SourceGap> of(TierKind tier, String namespace, boolean hostNetwork) {
        return switch (tier) {
            case ADMIN -> hostNetwork ? Optional.empty() : admin;
            case BASELINE -> hostNetwork ? Optional.empty() : baseline;
            case NETWORK_POLICY -> ofNetworkPolicies(namespace).or(() -> ofCilium(namespace, hostNetwork));
            case CILIUM_DENY -> ofCilium(namespace, hostNetwork);
            case UNEVALUATED, CALICO -> Optional.empty();
        };
    }

    /** The gap that leaves Cilium's policies unread for pods of a namespace; Cilium never selects a host-network pod. */
    private Optional<SourceGap> ofCilium(String namespace, boolean hostNetwork) {
        return hostNetwork ? Optional.empty() : cilium.stream().filter(g -> g.covers(namespace)).findFirst();
    }

    /** The gap that leaves the NetworkPolicies of a namespace unread, if any. */
    Optional<SourceGap> ofNetworkPolicies(String namespace) {
        return networkPolicies.stream().filter(g -> g.covers(namespace)).findFirst();
    }

    /** Whether the source read every policy. */
    boolean isEmpty() {
        return networkPolicies.isEmpty() && admin.isEmpty() && baseline.isEmpty() && cilium.isEmpty();
    }
}
