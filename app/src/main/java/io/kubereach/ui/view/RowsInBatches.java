package io.kubereach.ui.view;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Rows of the details added to their box a few per frame, so a list of hundreds (a namespace's
 * hundred neighbours, a workload's peers by namespace) never holds the JavaFX thread: the first
 * rows of each list at once, the rest queued and added {@link #PER_FRAME} a pulse, all lists
 * together, each in its order. Making, styling and laying out a row of links and labels costs a
 * few milliseconds on a loaded machine at 10,000 pods, so a frame stays well under 100 ms. Rows
 * still queued for a box that has left the scene (another selection shown, the filter retyped)
 * are dropped, never made.
 */
final class RowsInBatches {

    /** Rows of each list shown with the pane itself. */
    static final int FIRST = 8;
    /** Rows added each frame after the first ones, whatever list they belong to. */
    static final int PER_FRAME = 10;

    /** The rows still to add, in order, each saying whether it added one; touched on the JavaFX thread only. */
    private static final Queue<BooleanSupplier> PENDING = new ArrayDeque<>();
    private static final AnimationTimer DRAIN = new AnimationTimer() {
        @Override
        public void handle(long frame) {
            int added = 0;
            while (added < PER_FRAME && !PENDING.isEmpty()) {
                added += PENDING.remove().getAsBoolean() ? 1 : 0;
            }
            if (PENDING.isEmpty()) {
                stop();
            }
        }
    };

    private RowsInBatches() {
    }

    /** Whether a box has been in a scene: one that was and is no longer has left it. */
    private static final class Seen {
        private boolean seen;
    }

    /**
     * Adds a row for each item to {@code into}, in order: {@link #FIRST} now, the rest a few a frame,
     * unless the box has left the scene by then (a box not yet shown gets them: it may be about to be).
     * The box should hold only these rows (anything added to it later would go among them).
     */
    static <T> void fill(Pane into, List<T> items, Function<T, Node> row) {
        int now = Math.min(items.size(), FIRST);
        items.subList(0, now).forEach(item -> into.getChildren().add(row.apply(item)));
        if (now == items.size()) {
            return;
        }
        Seen shown = new Seen();
        shown.seen = into.getScene() != null;
        into.sceneProperty().addListener((obs, was, is) -> shown.seen |= is != null);
        items.subList(now, items.size()).forEach(item -> PENDING.add(() -> {
            if (shown.seen && into.getScene() == null) {
                return false; // the box left the scene: its rows are not made
            }
            into.getChildren().add(row.apply(item));
            return true;
        }));
        DRAIN.start();
    }
}
