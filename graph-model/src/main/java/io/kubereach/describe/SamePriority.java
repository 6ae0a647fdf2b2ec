package io.kubereach.describe;

import io.kubereach.model.AdminPolicy;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cluster-wide policies of one tier with the same priority: their order is undefined ("the
 * implementation can apply any of the matching policies"), so where they disagree on a
 * connection the engine answers unknown. A finding to warn about.
 */
public final class SamePriority {

    private SamePriority() {
    }

    /**
     * The policies of one tier and priority, when there are several.
     *
     * @param tier the tier
     * @param priority their priority
     * @param names their names, sorted
     */
    public record Group(AdminPolicy.Tier tier, int priority, List<String> names) {
        public Group {
            names = List.copyOf(names);
        }

        /** The group as a warning. */
        public Message message() {
            return Message.of(tier == AdminPolicy.Tier.ADMIN ? "finding.samePriorityAdmin" : "finding.samePriorityBaseline",
                    Message.names(names), String.valueOf(priority));
        }
    }

    /** Every group of two or more policies of one tier and priority, admin tier first, by priority. */
    public static List<Group> groups(List<AdminPolicy> policies) {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (AdminPolicy p : policies) {
            String key = p.tier().ordinal() + "/" + String.format("%05d", p.priority());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p.name());
        }
        List<Group> out = new ArrayList<>();
        byKey.forEach((key, names) -> {
            if (names.size() > 1) {
                AdminPolicy.Tier tier = AdminPolicy.Tier.values()[Integer.parseInt(key.substring(0, key.indexOf('/')))];
                int priority = Integer.parseInt(key.substring(key.indexOf('/') + 1));
                out.add(new Group(tier, priority, names.stream().sorted().toList()));
            }
        });
        return out;
    }

    /** The other policies that share a policy's tier and priority, sorted. */
    public static List<String> peersOf(AdminPolicy policy, List<AdminPolicy> policies) {
        return policies.stream().filter(p -> p != policy && p.tier() == policy.tier() && p.priority() == policy.priority()
                && !p.name().equals(policy.name())).map(AdminPolicy::name).sorted().toList();
    }
}
