package io.kubereach.ui.view;

import java.util.ArrayDeque;
import java.util.Queue;
import javafx.animation.AnimationTimer;

/**
 * Work for the JavaFX thread done one piece a frame, in the order it was asked: a details pane with
 * three lists fills one list a frame, so no frame styles and lays out every list's cells at once (at
 * 10,000 pods a namespace's details held one frame over 100 ms that way). Used on the JavaFX thread only.
 */
final class OnePerPulse {

    private static final Queue<Runnable> WAITING = new ArrayDeque<>();
    private static final AnimationTimer TIMER = new AnimationTimer() {
        @Override
        public void handle(long now) {
            Runnable next = WAITING.poll();
            if (next != null) {
                next.run();
            }
            if (WAITING.isEmpty()) {
                stop();
            }
        }
    };

    private OnePerPulse() {
    }

    /** Runs {@code piece} on a coming frame, after the pieces asked for before it, one a frame. */
    static void later(Runnable piece) {
        WAITING.add(piece);
        TIMER.start();
    }
}
