package io.kubereach.whatif;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.source.PolicyText;
import io.kubereach.text.Message;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A what-if text as read: the policy, or what is wrong with it and where. Read through the
 * sources' own reader and converter ({@link PolicyText}), so the editor accepts exactly what a
 * manifest file may hold.
 *
 * @param policy the policy, when the text reads as one
 * @param problem what is wrong, when it does not
 */
public record PolicyReading(Optional<PolicyKind.TypedPolicy> policy, Optional<PolicyText.Problem> problem) {

    /** Reads a text; {@code label} names it in messages. */
    public static PolicyReading of(String text, String label) {
        PolicyText.Outcome outcome = PolicyText.read(text, label);
        if (outcome instanceof PolicyText.Invalid invalid) {
            return new PolicyReading(Optional.empty(), Optional.of(invalid.problem()));
        }
        ClusterSnapshot read = ((PolicyText.Read) outcome).policy();
        for (PolicyKind<?> kind : PolicyKinds.all()) {
            List<PolicyKind.TypedPolicy> policies = kind.existing(read);
            if (!policies.isEmpty()) {
                return new PolicyReading(Optional.of(policies.get(0)), Optional.empty());
            }
        }
        // a policy kind the converter reads but the what-if does not list: add it to PolicyKinds
        return new PolicyReading(Optional.empty(),
                Optional.of(new PolicyText.Problem(OptionalInt.empty(), 0, Message.of("whatIf.error.onePolicy", label))));
    }

    /** Whether the text reads as a policy. */
    public boolean valid() {
        return policy.isPresent();
    }
}
