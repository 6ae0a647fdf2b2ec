package io.kubereach.engine;

import io.kubereach.model.AdminPolicy;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The order of the cluster-wide policies within their tier: ascending priority (lower first);
 * policies of one priority have no defined order, so they are listed by kind and name only to
 * keep explanations stable, and evaluated as one group.
 */
final class AdminOrder {

    /** Priority first, then kind and name for a stable listing of ties. */
    static final Comparator<AdminPolicy> ORDER = AdminPolicy.WALK_ORDER; // within one tier: by priority, then kind and name

    private AdminOrder() {
    }

    /** The tier a policy's tier is walked as. */
    static TierKind tier(AdminPolicy policy) {
        return policy.tier() == AdminPolicy.Tier.ADMIN ? TierKind.ADMIN : TierKind.BASELINE;
    }

    /** The policies of one tier, in walking order. */
    static List<AdminPolicy> of(List<AdminPolicy> policies, TierKind tier) {
        return policies.stream().filter(p -> tier(p) == tier).sorted(ORDER).toList();
    }

    /** How explanations name a policy. */
    static PolicyRef ref(AdminPolicy policy) {
        return new PolicyRef(policy.kind().kindName(), policy.name(),
                policy.hasPriority() ? OptionalInt.of(policy.priority()) : OptionalInt.empty());
    }
}
