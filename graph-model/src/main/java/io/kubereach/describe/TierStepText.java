package io.kubereach.describe;

import io.kubereach.engine.Answer;
import io.kubereach.engine.PolicyRef;
import io.kubereach.engine.RuleAdmission;
import io.kubereach.engine.RuleHit;
import io.kubereach.engine.SideVerdict;
import io.kubereach.engine.StepResult;
import io.kubereach.engine.TierKind;
import io.kubereach.engine.TierStep;
import io.kubereach.engine.Uncertainty;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The tier walk of one side as one sentence, e.g. "egress at A: admin policy `deny-egress`
 * (priority 3) rule 2 `deny-to-slytherin` denies 80/TCP" or "ingress at B: admin policy `pass-all`
 * (priority 1) rule 1 passes; not isolated by any NetworkPolicy; baseline `default` rule 1 allows
 * 80/TCP".
 */
final class TierStepText {

    private TierStepText() {
    }

    /** Whether a side needs the tier walk to be told: a cluster-wide tier took part, or something cannot be judged. */
    static boolean needed(SideVerdict side) {
        return side.steps().stream().anyMatch(s -> s.tier().clusterWide() || s.result() == StepResult.UNKNOWN);
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
        if (!side.steps().isEmpty() && side.steps().get(side.steps().size() - 1).result().goesOn()) {
            steps.add(Message.of(side.answer() == Answer.UNKNOWN ? "explain.step.defaultUnknown" : "explain.step.defaultAllow"));
        } else if (side.answer() == Answer.UNKNOWN && side.steps().get(side.steps().size() - 1).result() != StepResult.UNKNOWN) {
            steps.add(Message.of("explain.step.sideUnknown"));
        }
        Message chain = steps.get(0);
        for (int i = 1; i < steps.size(); i++) {
            chain = Message.of("explain.stepJoin", chain, steps.get(i));
        }
        return Message.of("explain.side", direction, at, chain);
    }

    private static Message step(TierStep step, String connection, SideVerdict side, Function<RuleAdmission, Message> admission) {
        if (step.result() == StepResult.UNKNOWN) {
            List<Message> why = step.uncertainties().stream().map(Uncertainty::message).toList();
            return Message.of("explain.step.unknown", tier(step.tier()), connection, Message.series(why));
        }
        if (step.tier() == TierKind.NETWORK_POLICY) {
            return networkPolicy(step, connection, side, admission);
        }
        if (step.result() == StepResult.NO_MATCH) {
            return Message.of("explain.step.noMatch", Message.series(step.policies().stream().map(p -> policy(step.tier(), p)).toList()));
        }
        RuleHit hit = step.hits().get(step.hits().size() - 1);
        Message policy = policy(step.tier(), hit.policy());
        Message rule = hit.ruleName().isEmpty() ? Message.of("explain.ruleNumber", String.valueOf(hit.rule() + 1))
                : Message.of("explain.ruleNamed", String.valueOf(hit.rule() + 1), hit.ruleName());
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

    /** How a policy of a tier is named: "admin policy `x` (priority 3)", "baseline `default`". */
    static Message policy(TierKind tier, PolicyRef ref) {
        if (ref.priority().isEmpty()) {
            return Message.of("explain.baselineAdmin", ref.name());
        }
        String priority = String.valueOf(ref.priority().getAsInt());
        return Message.of(tier == TierKind.ADMIN ? "explain.adminPolicy" : "explain.baselinePolicy", ref.name(), priority);
    }

    private static Message tier(TierKind tier) {
        return Message.of(switch (tier) {
            case ADMIN -> "tier.admin";
            case NETWORK_POLICY -> "tier.networkPolicy";
            case BASELINE -> "tier.baseline";
        });
    }
}
