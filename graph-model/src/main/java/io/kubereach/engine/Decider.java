package io.kubereach.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who decided a connection: a kind of tier and the language of the policies in it that decided.
 * Most tiers hold one language; the NetworkPolicy tier holds Kubernetes NetworkPolicies, Cilium's
 * allow rules and, with Calico, the policies of Calico's {@code default} tier, so the language
 * tells which of them decided (what the app's badge on a line names).
 *
 * @param tier the kind of tier
 * @param language the language of the deciding policies
 */
public record Decider(TierKind tier, PolicyLanguage language) implements Comparable<Decider> {

    /** Walking order: by tier, then by language. */
    private static final Comparator<Decider> ORDER = Comparator.comparing(Decider::tier).thenComparing(Decider::language);

    /** Every decider there can be, in walking order. */
    public static final List<Decider> ALL = every();

    /**
     * The decider of a tier kind whose policies are all of one language; for the NetworkPolicy
     * tier, its Kubernetes NetworkPolicies.
     */
    public static Decider of(TierKind tier) {
        return new Decider(tier, switch (tier) {
            case UNEVALUATED -> PolicyLanguage.UNEVALUATED;
            case ADMIN, BASELINE -> PolicyLanguage.CLUSTER_WIDE;
            case CALICO -> PolicyLanguage.CALICO;
            case CILIUM_DENY -> PolicyLanguage.CILIUM;
            case NETWORK_POLICY -> PolicyLanguage.KUBERNETES;
        });
    }

    private static List<Decider> every() {
        List<Decider> out = new ArrayList<>();
        for (TierKind tier : TierKind.values()) {
            if (tier == TierKind.NETWORK_POLICY) {
                List.of(PolicyLanguage.KUBERNETES, PolicyLanguage.CILIUM, PolicyLanguage.CALICO).forEach(l -> out.add(new Decider(tier, l)));
            } else {
                out.add(of(tier));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public int compareTo(Decider o) {
        return ORDER.compare(this, o);
    }
}
