package io.kubereach.describe;

import io.kubereach.engine.Answer;
import io.kubereach.engine.PolicyLanguage;
import io.kubereach.engine.PolicyRef;
import io.kubereach.engine.RuleAdmission;
import io.kubereach.engine.RuleHit;
import io.kubereach.engine.SideVerdict;
import io.kubereach.engine.StepResult;
import io.kubereach.engine.TierKind;
import io.kubereach.engine.TierStep;
import io.kubereach.engine.Uncertainty;
import io.kubereach.model.Direction;
import io.kubereach.model.RuleAction;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The tier walk of one side as one sentence, e.g. "egress at A: admin policy `deny-egress`
 * (priority 3) rule 2 `deny-to-slytherin` denies 80/TCP", "ingress at B: CiliumNetworkPolicy
 * `shop/lockdown` ingressDeny rule 1 denies 80/TCP" or "ingress at B: tier `security`: Calico
 * GlobalNetworkPolicy `ops` (order 10) rule 1 passes; tier `default`: Calico NetworkPolicy
 * `shop/db` (order 100) rule 2 allows 5432/TCP".
 */
final class TierStepText {

    private TierStepText() {
    }

    /**
     * Whether a side needs the tier walk to be told: a tier other than the NetworkPolicies took
     * part, a policy of another language, a Calico tier, or something that cannot be judged.
     */
    static boolean needed(SideVerdict side) {
        return side.steps().stream().anyMatch(s -> s.tier() != TierKind.NETWORK_POLICY || s.result() == StepResult.UNKNOWN
                || !s.name().isEmpty() || s.policies().stream().anyMatch(p -> p.language() != PolicyLanguage.KUBERNETES)
                || s.hits().stream().anyMatch(h -> h.policy().language() != PolicyLanguage.KUBERNETES));
    }

    /**
     * The side's walk as one message.
     *
     * @param direction the direction's word
     * @param at the judged end
     * @param connection the connection, e.g. {@code 80/TCP}
     * @param admission how a NetworkPolicy admission is told
     */
    static Message of(SideVerdict side, Message direction, String at, String connection, Function<RuleAdmission, Message> admission) {
        List<Message> steps = new ArrayList<>();
        for (TierStep step : side.steps()) {
            steps.add(step(step, connection, side, admission));
        }
        TierStep last = side.steps().get(side.steps().size() - 1);
        if (last.result().goesOn() || last.tier() == TierKind.UNEVALUATED) {
            steps.add(Message.of(side.answer() == Answer.UNKNOWN ? "explain.step.defaultUnknown" : "explain.step.defaultAllow"));
        } else if (side.answer() == Answer.UNKNOWN && last.result() != StepResult.UNKNOWN) {
            steps.add(Message.of("explain.step.sideUnknown"));
        }
        Message chain = steps.get(0);
        for (int i = 1; i < steps.size(); i++) {
            chain = Message.of("explain.stepJoin", chain, steps.get(i));
        }
        return Message.of("explain.side", direction, at, chain);
    }

    private static Message step(TierStep step, String connection, SideVerdict side, Function<RuleAdmission, Message> admission) {
        Message told;
        if (step.tier() == TierKind.UNEVALUATED) {
            List<Message> why = step.uncertainties().stream().map(Uncertainty::message).toList();
            told = Message.of("explain.step.unevaluated", Message.series(why));
        } else if (step.result() == StepResult.UNKNOWN) {
            List<Message> why = step.uncertainties().stream().map(Uncertainty::message).toList();
            told = Message.of("explain.step.unknown", tier(step.tier()), connection, Message.series(why));
        } else if (step.tier() == TierKind.NETWORK_POLICY && step.policies().stream().noneMatch(p -> p.language() == PolicyLanguage.CALICO)) {
            told = step.policies().stream().allMatch(p -> p.language() == PolicyLanguage.KUBERNETES)
                    && step.hits().stream().allMatch(h -> h.policy().language() == PolicyLanguage.KUBERNETES)
                    ? networkPolicy(step, connection, side, admission) : union(step, connection, side, admission);
        } else {
            told = ordered(step, connection, side.direction());
        }
        return step.name().isEmpty() ? told : Message.of("explain.step.inTier", step.name(), told);
    }

    /** An ordered tier: the rule that decided, or that none matched. */
    private static Message ordered(TierStep step, String connection, Direction direction) {
        RuleHit decided = null;
        for (RuleHit hit : step.hits()) {
            if (hit.certain()) {
                decided = hit;
            }
        }
        if (step.result() == StepResult.NO_MATCH || decided == null) {
            Message policies = series(step.policies(), step.tier());
            return step.result() == StepResult.DENIED ? Message.of("explain.step.tierDefaultDeny", policies, connection)
                    : Message.of("explain.step.noMatch", policies);
        }
        Message policy = policy(step.tier(), decided.policy());
        Message rule = rule(decided, direction);
        return switch (step.result()) {
            case ALLOWED -> Message.of("explain.step.allows", policy, rule, connection);
            case DENIED -> Message.of("explain.step.denies", policy, rule, connection);
            default -> Message.of("explain.step.passes", policy, rule);
        };
    }

    private static Message networkPolicy(TierStep step, String connection, SideVerdict side, Function<RuleAdmission, Message> admission) {
        if (step.result() == StepResult.NOT_APPLIED) {
            return Message.of("explain.step.npNotIsolated");
        }
        Message policies = Message.series(side.isolatingPolicies().stream().map(Message::verbatim).toList());
        if (step.result() == StepResult.DENIED) {
            return Message.of("explain.step.npDenied", policies, connection);
        }
        return Message.of("explain.step.npAdmitted", policies, Message.series(side.admittedBy().stream().map(admission).toList()));
    }

    /** NetworkPolicies and Cilium's allow rules: who isolates, and every rule that admits. */
    private static Message union(TierStep step, String connection, SideVerdict side, Function<RuleAdmission, Message> admission) {
        if (step.result() == StepResult.NOT_APPLIED) {
            return Message.of("explain.step.npNotIsolated");
        }
        Message policies = series(step.policies(), step.tier());
        if (step.result() == StepResult.DENIED) {
            return Message.of("explain.step.unionDenied", policies, connection);
        }
        if (step.result() != StepResult.ALLOWED) {
            return Message.of("explain.step.unionPassed", policies, connection);
        }
        List<Message> admitting = new ArrayList<>();
        for (RuleHit hit : step.hits()) {
            if (hit.policy().language() == PolicyLanguage.KUBERNETES) {
                admitting.add(admission.apply(new RuleAdmission(hit.policy().name(), hit.rule(), hit.peer(), hit.port())));
            } else if (hit.certain()) {
                admitting.add(Message.of("explain.ruleOf", policy(step.tier(), hit.policy()), rule(hit, side.direction())));
            }
        }
        return Message.of("explain.step.npAdmitted", policies, Message.series(admitting));
    }

    private static Message series(List<PolicyRef> refs, TierKind tier) {
        return Message.series(refs.stream().map(p -> policy(tier, p)).toList());
    }

    /** How a policy of a tier is named: "admin policy `x` (priority 3)", "CiliumNetworkPolicy `ns/x`", "Calico NetworkPolicy `ns/x` (order 100)". */
    static Message policy(TierKind tier, PolicyRef ref) {
        return switch (ref.language()) {
            case KUBERNETES -> Message.of("explain.k8sPolicy", ref.name());
            case CILIUM -> ref.part() > 0 ? Message.of("explain.ciliumPolicyPart", ref.kind(), ref.name(), String.valueOf(ref.part() + 1))
                    : Message.of("explain.ciliumPolicy", ref.kind(), ref.name());
            case CALICO -> ref.order().isEmpty() ? Message.of("explain.calicoPolicyNoOrder", ref.kind(), ref.name())
                    : Message.of("explain.calicoPolicy", ref.kind(), ref.name(), ref.order());
            case UNEVALUATED -> Message.of("explain.unevaluatedObject", ref.kind(), ref.name());
            case CLUSTER_WIDE -> clusterWide(tier, ref);
        };
    }

    private static Message clusterWide(TierKind tier, PolicyRef ref) {
        if (ref.priority().isEmpty()) {
            return Message.of("explain.baselineAdmin", ref.name());
        }
        String priority = String.valueOf(ref.priority().getAsInt());
        return Message.of(tier == TierKind.ADMIN ? "explain.adminPolicy" : "explain.baselinePolicy", ref.name(), priority);
    }

    /** A rule: "rule 2 `name`", or for Cilium the list it is in, "ingressDeny rule 1". */
    private static Message rule(RuleHit hit, Direction direction) {
        String number = String.valueOf(hit.rule() + 1);
        if (hit.policy().language() == PolicyLanguage.CILIUM) {
            String list = direction.apiName().toLowerCase(java.util.Locale.ROOT) + (hit.action() == RuleAction.DENY ? "Deny" : "");
            return Message.of("explain.ciliumRule", list, number);
        }
        return hit.ruleName().isEmpty() ? Message.of("explain.ruleNumber", number) : Message.of("explain.ruleNamed", number, hit.ruleName());
    }

    private static Message tier(TierKind tier) {
        return Message.of(switch (tier) {
            case ADMIN -> "tier.admin";
            case NETWORK_POLICY -> "tier.networkPolicy";
            case BASELINE -> "tier.baseline";
            case CALICO -> "tier.calico";
            case CILIUM_DENY -> "tier.ciliumDeny";
            case UNEVALUATED -> "tier.unevaluated";
        });
    }
}
