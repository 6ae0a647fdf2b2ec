package io.kubereach.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Calico {@code Tier}: policies grouped and ordered; an applying tier that does not decide ends
 * with its default action.
 *
 * @param name its name
 * @param order lower first; a Tier written without one has 1,000,000, like the default tier
 *        ({@code libcalico-go/lib/resources/tier.go} {@code DefaultTierFields})
 * @param defaultAction what happens at the end of a tier that applies to an endpoint but whose
 *        rules took no action: {@link CalicoAction#DENY} (the default) or {@link CalicoAction#PASS}
 * @param declared whether a Tier object declares it (false for the built-in tiers nobody wrote down)
 */
public record CalicoTier(String name, double order, CalicoAction defaultAction, boolean declared) {

    /** The order of the {@code default} tier and of every tier written without an order. */
    public static final double DEFAULT_ORDER = 1_000_000;

    /** The {@code default} tier: Kubernetes NetworkPolicies and every policy that names no tier. */
    public static final CalicoTier DEFAULT = new CalicoTier("default", DEFAULT_ORDER, CalicoAction.DENY, false);
    /** The {@code kube-admin} tier: ClusterNetworkPolicies of tier Admin. */
    public static final CalicoTier KUBE_ADMIN = new CalicoTier("kube-admin", 1_000, CalicoAction.PASS, false);
    /** The {@code kube-baseline} tier: ClusterNetworkPolicies of tier Baseline. */
    public static final CalicoTier KUBE_BASELINE = new CalicoTier("kube-baseline", 10_000_000, CalicoAction.PASS, false);

    /** The tiers Calico creates itself and protects from deletion, with their fixed orders and actions. */
    public static final List<CalicoTier> BUILT_IN = List.of(KUBE_ADMIN, DEFAULT, KUBE_BASELINE);

    public CalicoTier {
        if (defaultAction != CalicoAction.DENY && defaultAction != CalicoAction.PASS) {
            throw new IllegalArgumentException("a tier's default action is Deny or Pass, not " + defaultAction.apiName());
        }
        if (Double.isNaN(order)) {
            throw new IllegalArgumentException("a tier's order is a number");
        }
    }

    /**
     * Calico's tiers in walking order: the built-in ones, the declared ones (a declared built-in
     * tier keeps what Calico fixes), and those policies name without declaring (order +∞, Deny;
     * Felix applies such policies after every valid tier).
     */
    public static List<CalicoTier> inOrder(List<CalicoTier> declared, List<CalicoPolicy> policies) {
        Map<String, CalicoTier> byName = new LinkedHashMap<>();
        BUILT_IN.forEach(t -> byName.put(t.name(), t));
        declared.forEach(t -> byName.putIfAbsent(t.name(), t));
        for (CalicoPolicy p : policies) {
            byName.putIfAbsent(p.tier(), new CalicoTier(p.tier(), Double.POSITIVE_INFINITY, CalicoAction.DENY, false));
        }
        List<CalicoTier> out = new ArrayList<>(byName.values());
        out.sort((a, b) -> a.before(b) ? -1 : b.before(a) ? 1 : 0);
        return out;
    }

    /** Whether this tier comes before another: lower order first, equal orders by name ({@code TierLess}). */
    public boolean before(CalicoTier other) {
        return order != other.order ? order < other.order : name.compareTo(other.name) < 0;
    }
}
