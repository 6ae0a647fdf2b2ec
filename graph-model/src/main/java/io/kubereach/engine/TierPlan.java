package io.kubereach.engine;

import io.kubereach.model.CalicoAction;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoTier;
import io.kubereach.model.ClusterSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tiers one side walks, in order, for one snapshot. Shared by both engines.
 *
 * <p>Without Calico: objects not evaluated, Admin, Cilium deny, NetworkPolicy, Baseline. With
 * Calico policies or tiers, Calico's tier order ({@code felix} {@code TierLess}: lower order
 * first, ties by name) over the built-in tiers ({@code kube-admin} 1,000, {@code default}
 * 1,000,000, {@code kube-baseline} 10,000,000), the declared ones and those policies name without
 * declaring (last, default action Deny). The Admin tier walks where {@code kube-admin} is and the
 * Baseline tier where {@code kube-baseline} is (where Calico puts ClusterNetworkPolicies, and where
 * Calico 3.30 put AdminNetworkPolicies and the BaselineAdminNetworkPolicy); the NetworkPolicy tier
 * is Calico's {@code default} tier, its end the default tier's default action; Cilium's deny rules
 * walk just before it (a cluster runs one CNI: KubeReach's choice for inputs that mix both). Calico
 * policies written into {@code kube-admin} or {@code kube-baseline} walk as a Calico tier just
 * before the cluster-wide policies of that tier.
 */
final class TierPlan {

    /**
     * One tier of the walk.
     *
     * @param kind the kind of tier
     * @param name the Calico tier's name; empty without Calico (and for the cluster-wide and Cilium tiers)
     * @param denyUnmatched whether what the tier does not decide for a pod it applies to is denied
     *     (Calico default action Deny, NetworkPolicy isolation); else it goes on
     */
    record Slot(TierKind kind, String name, boolean denyUnmatched) {
    }

    private final List<Slot> slots;
    private final boolean calico;

    private TierPlan(List<Slot> slots, boolean calico) {
        this.slots = List.copyOf(slots);
        this.calico = calico;
    }

    /** The plan of a snapshot. */
    static TierPlan of(ClusterSnapshot snapshot) {
        List<CalicoPolicy> policies = snapshot.cniPolicies().calico();
        if (policies.isEmpty() && snapshot.cniPolicies().calicoTiers().isEmpty()) {
            return new TierPlan(List.of(new Slot(TierKind.UNEVALUATED, "", false), new Slot(TierKind.ADMIN, "", false),
                    new Slot(TierKind.CILIUM_DENY, "", false), new Slot(TierKind.NETWORK_POLICY, "", true),
                    new Slot(TierKind.BASELINE, "", false)), false);
        }
        List<Slot> slots = new ArrayList<>();
        slots.add(new Slot(TierKind.UNEVALUATED, "", false));
        for (CalicoTier tier : tiers(snapshot)) {
            boolean deny = tier.defaultAction() == CalicoAction.DENY;
            boolean hasPolicies = policies.stream().anyMatch(p -> p.tier().equals(tier.name()));
            switch (tier.name()) {
                case "default" -> {
                    slots.add(new Slot(TierKind.CILIUM_DENY, "", false));
                    slots.add(new Slot(TierKind.NETWORK_POLICY, tier.name(), deny));
                }
                case "kube-admin", "kube-baseline" -> {
                    if (hasPolicies) {
                        slots.add(new Slot(TierKind.CALICO, tier.name(), deny));
                    }
                    slots.add(new Slot(tier.name().equals("kube-admin") ? TierKind.ADMIN : TierKind.BASELINE, "", false));
                }
                default -> {
                    if (hasPolicies) {
                        slots.add(new Slot(TierKind.CALICO, tier.name(), deny));
                    }
                }
            }
        }
        return new TierPlan(slots, true);
    }

    /** Calico's tiers in walking order ({@link CalicoTier#inOrder}). */
    static List<CalicoTier> tiers(ClusterSnapshot snapshot) {
        return CalicoTier.inOrder(snapshot.cniPolicies().calicoTiers(), snapshot.cniPolicies().calico());
    }

    /** The tiers, in walking order. */
    List<Slot> slots() {
        return slots;
    }

    /** Whether the walk follows Calico's tiers. */
    boolean calico() {
        return calico;
    }

    /** The slot of a kind, when the plan has exactly one (every kind but {@link TierKind#CALICO}). */
    Optional<Slot> slot(TierKind kind) {
        return slots.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
