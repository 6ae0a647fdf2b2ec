package io.kubereach.engine;

import io.kubereach.model.SourceGap;
import io.kubereach.model.UnevaluatedPolicy;
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
                return Message.of("uncertain.unreadNamespace", kinds, gap.namespace(), gap.reason().message());
            }
            return gap.kind().equals("NetworkPolicy")
                    ? Message.of("uncertain.unreadAnyNamespace", kinds, gap.reason().message())
                    : Message.of("uncertain.unreadCluster", kinds, gap.reason().message());
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

    /**
     * An object that may decide the connection but that KubeReach does not evaluate (an Istio
     * AuthorizationPolicy, an Antrea policy, a Calico host endpoint, a policy that could not be read).
     *
     * @param title its kind and name, {@code AuthorizationPolicy shop/deny-from-test}
     * @param reason why it is not evaluated
     * @param canDrop whether it may drop what the policies allow
     * @param canAllow whether it may allow what the policies deny
     */
    record Unevaluated(String title, Message reason, boolean canDrop, boolean canAllow) implements Uncertainty {
        /** The uncertainty an object leaves. */
        static Unevaluated of(UnevaluatedPolicy object) {
            return new Unevaluated(object.title(), object.reason(), object.canDrop(), object.canAllow());
        }

        @Override
        public Message message() {
            String key = canDrop && canAllow ? "uncertain.unevaluated" : canDrop ? "uncertain.unevaluatedDrop" : "uncertain.unevaluatedAllow";
            return Message.of(key, title, reason);
        }
    }

    /**
     * A rule whose match cannot be judged from the objects: a peer learnt at run time (a Cilium
     * CIDR group or cloud group, the API server's unknown addresses), a source port (which the
     * client picks), a deprecated requirement that is not evaluated.
     *
     * @param policy the policy
     * @param rule the index of the rule in its list
     * @param what what cannot be judged
     */
    record RuleNotJudged(PolicyRef policy, int rule, Message what) implements Uncertainty {
        @Override
        public Message message() {
            return Message.of("uncertain.ruleNotJudged", policy.kind(), policy.name(), String.valueOf(rule + 1), what);
        }
    }
}
