package io.kubereach.ui.model;

import io.kubereach.whatif.PolicyEdits;

/**
 * One undoable what-if edit, as a command: what it did (for the undo and redo menu items) and
 * the edits before and after it. Executing, undoing and redoing it sets one or the other.
 *
 * @param kind what kind of edit
 * @param subject the policy it edited, as shown
 * @param editId the edited policy's id in the session (typing into one policy is one step)
 * @param before the edits before it
 * @param after the edits after it
 */
public record WhatIfStep(Kind kind, String subject, int editId, PolicyEdits before, PolicyEdits after) {

    /** The kinds of edit. */
    public enum Kind {
        ADD, COPY, EDIT, DELETE, PROPOSAL;

        /** The bundle key of its description: {@code whatIf.step.add}, … */
        public String key() {
            return switch (this) {
                case ADD -> "whatIf.step.add";
                case COPY -> "whatIf.step.copy";
                case EDIT -> "whatIf.step.edit";
                case DELETE -> "whatIf.step.delete";
                case PROPOSAL -> "whatIf.step.proposal";
            };
        }
    }

    /** The same step ending at other edits: a run of typing into one policy grows one step. */
    WhatIfStep endingAt(PolicyEdits later) {
        return new WhatIfStep(kind, subject, editId, before, later);
    }
}
