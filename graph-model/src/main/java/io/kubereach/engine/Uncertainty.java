package io.kubereach.engine;

import io.kubereach.model.SourceGap;
import io.kubereach.text.Message;
import java.util.List;

/** Why an answer cannot be judged from the objects: it is unknown, never allowed. */
public sealed interface Uncertainty {

    /** The reason as a message. */
    Message message();

    /**
     * The source could not read the policies of a tier (e.g. a 403 listing them): the tier may
     * allow, deny or hand on whatever reaches it.
     *
     * @param gap what could not be read
     */
    record Unread(SourceGap gap) implements Uncertainty {
        @Override
        public Message message() {
            String kinds = plural(gap.kind());
            if (!gap.namespace().isEmpty()) {
                return Message.of("uncertain.unreadNamespace", kinds, gap.namespace(), gap.reason());
            }
            return gap.kind().equals("NetworkPolicy")
                    ? Message.of("uncertain.unreadAnyNamespace", kinds, gap.reason())
                    : Message.of("uncertain.unreadCluster", kinds, gap.reason());
        }

        private static String plural(String kind) {
            return kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ies" : kind + "s";
        }
    }

    /**
     * A rule whose peer is a list of domain names: which addresses they stand for is decided by
     * DNS at run time.
     *
     * @param policy the policy
     * @param rule the index of the rule in its egress list
     * @param ruleName the rule's name, empty when it has none
     * @param names the domain names
     */
    record DomainNames(PolicyRef policy, int rule, String ruleName, List<String> names) implements Uncertainty {
        public DomainNames {
            names = List.copyOf(names);
        }

        @Override
        public Message message() {
            return Message.of("uncertain.domainNames", policy.name(), String.valueOf(rule + 1), Message.names(names));
        }
    }

    /**
     * Policies of one tier with the same priority that disagree on the connection: their order
     * is undefined, so either may decide.
     *
     * @param tier the tier
     * @param priority their priority
     * @param policies their names
     */
    record SamePriority(TierKind tier, int priority, List<String> policies) implements Uncertainty {
        public SamePriority {
            policies = List.copyOf(policies);
        }

        @Override
        public Message message() {
            return Message.of("uncertain.samePriority", Message.names(policies), String.valueOf(priority));
        }
    }
}
