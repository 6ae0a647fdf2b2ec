package io.kubereach.ui.model;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.whatif.WhatIfJudgement;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pictures a what-if shows: a layout with a judgement's changes marked on it
 * ({@link DiagramLayout#withChanges}), remembered for the last layout and judgement. Made on the
 * background thread that judged the edits, with the picture prepared for the screen there too, so
 * showing the judgement finds it made (10,000 pods: a copy of 350,000 lines and their index, which
 * held the JavaFX thread 0.3–2 s at each edit when it was made there). Safe to use from any thread.
 */
final class MarkedPictures {

    /** A layout, a judgement, and the layout with its changes marked. */
    private record Marked(DiagramLayout layout, WhatIfJudgement judgement, DiagramLayout shown) {
    }

    private volatile Optional<Marked> last = Optional.empty();

    /** The layout with the judgement's changes marked: the one made already when it is for both, else made now. */
    DiagramLayout of(DiagramLayout layout, WhatIfJudgement judgement) {
        Optional<Marked> known = last.filter(m -> m.layout() == layout && m.judgement() == judgement);
        if (known.isPresent()) {
            return known.get().shown();
        }
        DiagramLayout shown = layout.withChanges(judgement.changes());
        last = Optional.of(new Marked(layout, judgement, shown));
        return shown;
    }

    /**
     * Makes the picture of a layout with a judgement's changes ahead of its showing, on the
     * calling (background) thread, and has it prepared for the screen there ({@code forScreen}).
     */
    void makeAhead(DiagramLayout layout, WhatIfJudgement judgement, Consumer<DiagramLayout> forScreen) {
        if (layout.width() <= 0) {
            return;
        }
        forScreen.accept(of(layout, judgement));
    }

    /** Whether the picture of this layout and judgement is made already, so showing it costs nothing. */
    boolean made(DiagramLayout layout, WhatIfJudgement judgement) {
        return last.filter(m -> m.layout() == layout && m.judgement() == judgement).isPresent();
    }
}
