package io.kubereach.whatif;

import java.util.Optional;

/**
 * One policy of a what-if: added, edited or deleted. Only texts that read as a policy become an
 * edited policy; a text being typed that does not read yet stays in the editor.
 *
 * @param id names the edit for as long as the session lasts, whatever the policy's name becomes
 * @param replaces the cluster's policy it edits or deletes; empty for a policy added
 * @param text the manifest as written
 * @param policy the manifest as read
 * @param deleted whether the policy is deleted (then {@code replaces} names it)
 */
public record EditedPolicy(int id, Optional<PolicyKey> replaces, String text, PolicyKind.TypedPolicy policy, boolean deleted) {

    /** The policy's name now. */
    public PolicyKey key() {
        return policy.key();
    }

    /** The same edit with another text, read as {@code read}. */
    public EditedPolicy withText(String newText, PolicyKind.TypedPolicy read) {
        return new EditedPolicy(id, replaces, newText, read, false);
    }

    /** Whether the policy is new, not one of the cluster's. */
    public boolean added() {
        return replaces.isEmpty();
    }
}
