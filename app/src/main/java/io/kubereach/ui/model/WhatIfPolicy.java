package io.kubereach.ui.model;

import io.kubereach.whatif.EditedPolicy;
import io.kubereach.whatif.PolicyKey;
import io.kubereach.whatif.PolicyEdits;
import io.kubereach.whatif.PolicyKind;
import io.kubereach.whatif.PolicyKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One policy of the what-if list: one of the cluster's, as it is or edited or deleted, or one
 * added.
 *
 * @param key its name now
 * @param state how the what-if changed it
 * @param cluster the cluster's policy; empty for one added
 * @param edit its edit; empty when unchanged
 */
public record WhatIfPolicy(PolicyKey key, State state, Optional<PolicyKind.TypedPolicy> cluster, Optional<EditedPolicy> edit) {

    /** How the what-if changed a policy. */
    public enum State {
        UNCHANGED, EDITED, ADDED, DELETED;

        /** The bundle key of its mark in the list. */
        public String key() {
            return switch (this) {
                case UNCHANGED -> "whatIf.state.unchanged";
                case EDITED -> "whatIf.state.edited";
                case ADDED -> "whatIf.state.added";
                case DELETED -> "whatIf.state.deleted";
            };
        }
    }

    /**
     * Every policy of a cluster as the edits leave it (the cluster's in their order, then those
     * added), for the list; {@code existing} = the cluster's policies as {@link PolicyKinds#existing} lists them.
     */
    static List<WhatIfPolicy> listOf(List<PolicyKind.TypedPolicy> existing, PolicyEdits edits) {
        List<WhatIfPolicy> out = new ArrayList<>();
        for (PolicyKind.TypedPolicy p : existing) {
            Optional<EditedPolicy> edit = edits.editOf(p.key());
            State state = edit.isEmpty() ? State.UNCHANGED
                    : edit.get().deleted() ? State.DELETED : State.EDITED;
            out.add(new WhatIfPolicy(edit.filter(e -> !e.deleted()).map(EditedPolicy::key).orElse(p.key()), state, Optional.of(p), edit));
        }
        for (EditedPolicy e : edits.policies()) {
            boolean listed = out.stream().anyMatch(r -> r.edit().equals(Optional.of(e)));
            if (!listed) {
                out.add(new WhatIfPolicy(e.key(), e.added() ? State.ADDED : State.EDITED, Optional.empty(),
                        Optional.of(e)));
            }
        }
        return out;
    }

    /**
     * Whether this is the same policy as {@code other}, perhaps as edited since (same key, or
     * the same edit while its name is being typed).
     */
    public boolean samePolicy(WhatIfPolicy other) {
        return key.equals(other.key) || edit.isPresent() && other.edit.isPresent() && edit.get().id() == other.edit.get().id();
    }

    /** The manifest the editor shows. */
    public String text() {
        return edit.map(EditedPolicy::text).orElseGet(() -> cluster.orElseThrow().manifest());
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
