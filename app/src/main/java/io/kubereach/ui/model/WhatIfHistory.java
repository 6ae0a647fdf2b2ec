package io.kubereach.ui.model;

import io.kubereach.whatif.PolicyEdits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo stacks of a what-if session. A new step clears what could be redone;
 * typing into the same policy again extends the last step rather than adding one, so one undo
 * takes back a run of typing, as text editors do.
 */
final class WhatIfHistory {

    private final Deque<WhatIfStep> done = new ArrayDeque<>();
    private final Deque<WhatIfStep> undone = new ArrayDeque<>();
    /** Whether the next edit of the same policy starts a new step (after undo, redo, another step). */
    private boolean runClosed = true;

    /** Records a step taken; returns the edits it leads to. */
    PolicyEdits record(WhatIfStep step) {
        undone.clear();
        WhatIfStep last = done.peek();
        if (step.kind() == WhatIfStep.Kind.EDIT && !runClosed && last != null && last.kind() == WhatIfStep.Kind.EDIT
                && last.editId() == step.editId()) {
            done.pop();
            done.push(last.endingAt(step.after()));
        } else {
            done.push(step);
        }
        runClosed = step.kind() != WhatIfStep.Kind.EDIT;
        return step.after();
    }

    /** Ends a run of typing: the next edit is a step of its own. */
    void closeRun() {
        runClosed = true;
    }

    /** Takes back the last step; the edits before it, or empty when there is none. */
    Optional<WhatIfStep> undo() {
        runClosed = true;
        if (done.isEmpty()) {
            return Optional.empty();
        }
        WhatIfStep step = done.pop();
        undone.push(step);
        return Optional.of(step);
    }

    /** Takes the last step taken back again. */
    Optional<WhatIfStep> redo() {
        runClosed = true;
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        WhatIfStep step = undone.pop();
        done.push(step);
        return Optional.of(step);
    }

    /** The step undo would take back. */
    Optional<WhatIfStep> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    /** The step redo would take again. */
    Optional<WhatIfStep> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    /** Forgets every step. */
    void clear() {
        done.clear();
        undone.clear();
        runClosed = true;
    }
}
