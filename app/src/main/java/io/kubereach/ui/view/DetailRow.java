package io.kubereach.ui.view;

import io.kubereach.graph.PairVerdict;
import java.util.Optional;

/**
 * One row of a long list in the details (a namespace's neighbours, a workload's peers, the pairs
 * between two namespaces): the pair's verdict as a chip (unknown in grey), a name that leads
 * somewhere, and a muted note under it (counts, ports), empty when there is none.
 *
 * @param verdict the verdict chip, none for a row that has no verdict (a policy)
 * @param text the name shown as a link
 * @param note the muted line under it; empty for none
 * @param follow what choosing the row does (the link clicked, Enter or a double click on the row)
 */
record DetailRow(Optional<PairVerdict> verdict, String text, String note, Runnable follow) {

    /** A row with a verdict. */
    static DetailRow of(PairVerdict verdict, String text, String note, Runnable follow) {
        return new DetailRow(Optional.of(verdict), text, note, follow);
    }

    /** A row without a verdict and without a note: a name that leads somewhere. */
    static DetailRow link(String text, Runnable follow) {
        return new DetailRow(Optional.empty(), text, "", follow);
    }

    /** The row as plain text, as it is copied: the verdict's word, the name, the note. */
    String plain() {
        String word = verdict.map(v -> Words.pairVerdict(v) + "  ").orElse("");
        return word + text + (note.isEmpty() ? "" : "  " + note);
    }
}
