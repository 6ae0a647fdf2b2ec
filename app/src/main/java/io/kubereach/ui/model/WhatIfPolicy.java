package io.kubereach.ui.model;

import io.kubereach.whatif.EditedPolicy;
import io.kubereach.whatif.PolicyKey;
import io.kubereach.whatif.PolicyKind;
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

    /** The manifest the editor shows. */
    public String text() {
        return edit.map(EditedPolicy::text).orElseGet(() -> cluster.orElseThrow().manifest());
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
